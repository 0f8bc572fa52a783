import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { INTEGRATION_DIRECTIONS, integrationRuleErrors } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../../gql/graphql';
import { apiErrorMessage, apiFieldErrors } from '../../../ui/error-message';
import { PayloadFields, type Payload } from '../../../ui/PayloadFields';
import { useRuleErrorTexts } from '../../../ui/useRuleMessage';
import { CreateIntegrationDocument, SystemDetailDocument } from '../graphql/systems.documents';

export interface AddIntegrationFormProps {
  usageId: string;
  usages: readonly { id: string; name: string }[];
  /** The interface catalogue to choose from. */
  interfaces?: readonly { id: string; name: string }[];
  /** Records data flowing into this system (from the chosen one) instead of out of it. */
  incoming?: boolean;
}

/** Records an integration between this system and another of the organisation's systems, either way. */
export function AddIntegrationForm({
  usageId,
  usages,
  interfaces = [],
  incoming = false,
}: AddIntegrationFormProps) {
  const { t } = useTranslation('systems');
  const [create, { loading }] = useMutation(CreateIntegrationDocument, {
    // A new edge joins the usage's lists and changes its server-computed cost and conflicts.
    refetchQueries: [SystemDetailDocument],
    awaitRefetchQueries: true,
  });
  const [otherUsageId, setOtherUsageId] = useState<string | null>(null);
  const [interfaceId, setInterfaceId] = useState<string | null>(null);
  const [data, setData] = useState('');
  const [direction, setDirection] = useState<Direction>('ONE_WAY');
  const [payload, setPayload] = useState<Payload>({ dataTypes: [], registerFamilies: [] });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const ruleErrorTexts = useRuleErrorTexts();
  // The API names the ends from and to; this form's "other system" is one of them.
  const otherField = incoming ? 'fromUsageId' : 'toUsageId';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const input = {
      ...(incoming
        ? { fromUsageId: otherUsageId, toUsageId: usageId }
        : { fromUsageId: usageId, toUsageId: otherUsageId }),
      interfaceId,
      data,
      direction,
      ...payload,
    };
    // The shared rules (`@overblik/domain`) the API checks again; a loop shows at the other system.
    const local = ruleErrorTexts(integrationRuleErrors(input), { toUsageId: otherField });
    setErrors(local);
    if (Object.keys(local).length || !input.fromUsageId || !input.toUsageId) return;
    try {
      await create({
        variables: { input: { ...input, fromUsageId: input.fromUsageId, toUsageId: input.toUsageId } },
      });
      setPayload({ dataTypes: [], registerFamilies: [] });
      setOtherUsageId(null);
      setInterfaceId(null);
      setData('');
    } catch (error) {
      setErrors(apiFieldErrors(error));
      setFormError(apiErrorMessage(error) ?? t('form.failed'));
    }
  };

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={incoming ? t('edges.addIntegrationIn') : t('edges.addIntegration')}
    >
      <Stack gap="xs">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Group align="flex-start" gap="sm" wrap="wrap">
          <Select
            label={incoming ? t('detail.fromSystem') : t('detail.toSystem')}
            data={usages.filter((u) => u.id !== usageId).map((u) => ({ value: u.id, label: u.name }))}
            value={otherUsageId}
            onChange={setOtherUsageId}
            searchable
            required
            error={errors[otherField]}
            w={300}
          />
          <Select
            label={t('detail.interface')}
            data={interfaces.map((i) => ({ value: i.id, label: i.name }))}
            value={interfaceId}
            onChange={setInterfaceId}
            searchable
            clearable
            error={errors.interfaceId}
            w={260}
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
            data={INTEGRATION_DIRECTIONS.map((d) => ({
              value: d,
              label: t(`detail.directionValue.${d}`),
            }))}
            value={direction}
            allowDeselect={false}
            onChange={(v) => v && setDirection(v)}
            w={160}
          />
        </Group>
        <PayloadFields value={payload} onChange={setPayload} errors={errors} />
        {/* After every field, the payload included, so the keyboard reaches the button last. */}
        <Group>
          <Button type="submit" loading={loading}>
            {t('edges.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
