import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../../gql/graphql';
import { apiErrorMessage, apiFieldErrors } from '../../../ui/error-message';
import { CreateIntegrationDocument, SystemDetailDocument } from '../graphql/systems.documents';

export interface AddIntegrationFormProps {
  usageId: string;
  usages: readonly { id: string; name: string }[];
}

/** Records an integration from this system to another of the organisation's systems. */
export function AddIntegrationForm({ usageId, usages }: AddIntegrationFormProps) {
  const { t } = useTranslation('systems');
  const [create, { loading }] = useMutation(CreateIntegrationDocument, {
    refetchQueries: [{ query: SystemDetailDocument, variables: { id: usageId } }],
    awaitRefetchQueries: true,
  });
  const [toUsageId, setToUsageId] = useState<string | null>(null);
  const [data, setData] = useState('');
  const [direction, setDirection] = useState<Direction>('ONE_WAY');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!toUsageId) {
      setErrors({ toUsageId: t('form.required') });
      return;
    }
    setErrors({});
    try {
      await create({ variables: { input: { fromUsageId: usageId, toUsageId, data, direction } } });
      setToUsageId(null);
      setData('');
    } catch (error) {
      setErrors(apiFieldErrors(error));
      setFormError(apiErrorMessage(error) ?? t('form.failed'));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('edges.addIntegration')}>
      <Stack gap="xs">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Group align="flex-start" gap="sm" wrap="wrap">
          <Select
            label={t('detail.toSystem')}
            data={usages.filter((u) => u.id !== usageId).map((u) => ({ value: u.id, label: u.name }))}
            value={toUsageId}
            onChange={setToUsageId}
            searchable
            required
            error={errors.toUsageId}
            w={300}
          />
          <TextInput
            label={t('detail.data')}
            value={data}
            onChange={(e) => setData(e.currentTarget.value)}
            error={errors.data}
            w={220}
          />
          <Select
            label={t('detail.direction')}
            data={(['ONE_WAY', 'BIDIRECTIONAL'] as const).map((d) => ({
              value: d,
              label: t(`detail.directionValue.${d}`),
            }))}
            value={direction}
            allowDeselect={false}
            onChange={(v) => v && setDirection(v as Direction)}
            w={160}
          />
          <Button type="submit" loading={loading} mt={24}>
            {t('edges.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
