import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { INTEGRATION_DIRECTIONS, integrationRuleErrors } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { Direction } from '../../../gql/graphql';
import { apiErrorMessage, apiFieldErrors } from '../../../ui/error-message';
import { PayloadFields, usePayloadText, type Payload } from '../../../ui/PayloadFields';
import { useRuleErrorTexts } from '../../../ui/useRuleMessage';
import { UpdateIntegrationDocument } from '../graphql/edge-edit.documents';
import { SystemDetailDocument } from '../graphql/systems.documents';

/** An outgoing or an incoming integration of the usage: the fields this form edits. */
export const EditIntegrationForm_integration = graphql(`
  fragment EditIntegrationForm_integration on Integration {
    id
    version
    interfaceId
    contractId
    data
    direction
    frequency
    migrationMonths
    dataTypes
    registerFamilies
    interfaceDataTypes
    interfaceRegisterFamilies
  }
`);

interface Props {
  integration: FragmentType<typeof EditIntegrationForm_integration>;
  /** The system at the other end, for the form's name. */
  counterpartName: string;
  interfaces: readonly { id: string; name: string }[];
  /** The organisation's contracts, for the one the integration is delivered under. */
  contracts: readonly { id: string; name: string }[];
  onDone: () => void;
}

/** Edits an integration out or in: what data, which direction, how often, over which interface. */
export function EditIntegrationForm({
  integration: ref,
  counterpartName,
  interfaces,
  contracts,
  onDone,
}: Props) {
  const integration = getFragmentData(EditIntegrationForm_integration, ref);
  const { t } = useTranslation(['systems', 'common']);
  const payloadText = usePayloadText();
  // The integration comes back with the views' fragments, so both ends' pages update from the cache.
  const [update, { loading }] = useMutation(UpdateIntegrationDocument);
  const [data, setData] = useState(integration.data);
  const [direction, setDirection] = useState<Direction>(integration.direction);
  const [frequency, setFrequency] = useState(integration.frequency);
  const [interfaceId, setInterfaceId] = useState<string | null>(integration.interfaceId ?? null);
  const [contractId, setContractId] = useState<string | null>(integration.contractId ?? null);
  const [migrationMonths, setMigrationMonths] = useState<number | string>(integration.migrationMonths ?? '');
  const [payload, setPayload] = useState<Payload>({
    dataTypes: integration.dataTypes,
    registerFamilies: integration.registerFamilies,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const ruleErrorTexts = useRuleErrorTexts();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const fields = {
      data,
      direction,
      frequency,
      interfaceId,
      contractId,
      migrationMonths: migrationMonths === '' ? null : Number(migrationMonths),
      ...payload,
    };
    // The shared rules (`@overblik/domain`) the API checks again.
    const local = ruleErrorTexts(integrationRuleErrors(fields));
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      await update({
        // Which end depends on which follows the direction; the server computes lifecycle conflicts.
        refetchQueries: direction !== integration.direction ? [SystemDetailDocument] : [],
        awaitRefetchQueries: true,
        variables: { input: { ...fields, id: integration.id, version: integration.version } },
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
      aria-label={t('edges.editNamed', { name: counterpartName })}
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
            data={INTEGRATION_DIRECTIONS.map((d) => ({ value: d, label: t(`detail.directionValue.${d}`) }))}
            value={direction}
            allowDeselect={false}
            onChange={(v) => v && setDirection(v)}
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
        <Select
          label={t('edges.contract')}
          description={t('edges.contractHint')}
          data={contracts.map((c) => ({ value: c.id, label: c.name }))}
          value={contractId}
          onChange={setContractId}
          searchable
          clearable
          error={errors.contractId}
        />
        <PayloadFields
          value={payload}
          onChange={setPayload}
          errors={errors}
          description={
            // The interface's declaration applies while the integration declares none of its own.
            integration.interfaceDataTypes.length && interfaceId === integration.interfaceId
              ? t('common:payload.inheritedHint', {
                  value: payloadText({
                    dataTypes: integration.interfaceDataTypes,
                    registerFamilies: integration.interfaceRegisterFamilies,
                  }),
                })
              : undefined
          }
        />
        <NumberInput
          label={t('form.migrationMonths')}
          description={t('form.migrationMonthsHint')}
          value={migrationMonths}
          min={0}
          max={60}
          clampBehavior="none"
          allowDecimal={false}
          error={errors.migrationMonths}
          onChange={setMigrationMonths}
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
