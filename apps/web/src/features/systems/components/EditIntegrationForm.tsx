import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Direction, SystemDetailQuery } from '../../../gql/graphql';
import { apiErrorMessage, apiFieldErrors } from '../../../ui/error-message';
import { UpdateIntegrationDocument } from '../graphql/edge-edit.documents';
import { SystemDetailDocument } from '../graphql/systems.documents';

const DIRECTIONS: readonly Direction[] = ['ONE_WAY', 'BIDIRECTIONAL'];

type Integration = SystemDetailQuery['systemUsage']['integrationsOut'][number];

interface Props {
  usageId: string;
  integration: Integration;
  interfaces: readonly { id: string; name: string }[];
  onDone: () => void;
}

/** Edits an outgoing integration: what data, which direction, how often, over which interface. */
export function EditIntegrationForm({ usageId, integration, interfaces, onDone }: Props) {
  const { t } = useTranslation('systems');
  const [update, { loading }] = useMutation(UpdateIntegrationDocument, {
    refetchQueries: [{ query: SystemDetailDocument, variables: { id: usageId } }],
    awaitRefetchQueries: true,
  });
  const [data, setData] = useState(integration.data);
  const [direction, setDirection] = useState<Direction>(integration.direction);
  const [frequency, setFrequency] = useState(integration.frequency);
  const [interfaceId, setInterfaceId] = useState<string | null>(integration.interfaceId ?? null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    try {
      await update({
        variables: {
          input: {
            id: integration.id,
            version: integration.version,
            data,
            direction,
            frequency,
            interfaceId,
          },
        },
      });
      onDone();
    } catch (error) {
      setErrors(apiFieldErrors(error));
      setFormError(apiErrorMessage(error) ?? t('form.failed'));
    }
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('edges.editNamed', { name: integration.toUsageName })}
    >
      <Stack gap="sm">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput
          label={t('detail.data')}
          value={data}
          onChange={(e) => setData(e.currentTarget.value)}
          error={errors.data}
        />
        <Group grow align="flex-start">
          <Select
            label={t('detail.direction')}
            data={DIRECTIONS.map((d) => ({ value: d, label: t(`detail.directionValue.${d}`) }))}
            value={direction}
            allowDeselect={false}
            onChange={(v) => v && setDirection(v as Direction)}
            error={errors.direction}
          />
          <TextInput
            label={t('edges.frequency')}
            value={frequency}
            onChange={(e) => setFrequency(e.currentTarget.value)}
            error={errors.frequency}
          />
        </Group>
        <Select
          label={t('detail.interface')}
          data={interfaces.map((i) => ({ value: i.id, label: i.name }))}
          value={interfaceId}
          onChange={setInterfaceId}
          searchable
          clearable
          error={errors.interfaceId}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('edges.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('edges.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
