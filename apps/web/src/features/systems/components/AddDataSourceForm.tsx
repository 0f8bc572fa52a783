import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, NumberInput, Select, Stack } from '@mantine/core';
import { CHANNELS, usageDataSourceRuleErrors } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel } from '../../../gql/graphql';
import { apiErrorMessage, apiFieldErrors } from '../../../ui/error-message';
import { PayloadFields, type Payload } from '../../../ui/PayloadFields';
import { useRuleErrorTexts } from '../../../ui/useRuleMessage';
import { CreateUsageDataSourceDocument, SystemDetailDocument } from '../graphql/systems.documents';
import { useFormatters } from '../../../ui/useFormatters';

export interface AddDataSourceFormProps {
  usageId: string;
  dataSources: readonly { id: string; name: string }[];
}

/** Records that the system uses a data source: which, through which channel, at what yearly cost. */
export function AddDataSourceForm({ usageId, dataSources }: AddDataSourceFormProps) {
  const { numberInput } = useFormatters();
  const { t } = useTranslation(['systems', 'dataSources']);
  const [create, { loading }] = useMutation(CreateUsageDataSourceDocument, {
    // A new edge joins the usage's lists and changes its server-computed cost and conflicts.
    refetchQueries: [SystemDetailDocument],
    awaitRefetchQueries: true,
  });
  const [dataSourceId, setDataSourceId] = useState<string | null>(null);
  const [channel, setChannel] = useState<Channel>('SERVICEPLATFORMEN');
  const [yearlyCost, setYearlyCost] = useState<number | string>(0);
  const [authoritative, setAuthoritative] = useState(true);
  const [payload, setPayload] = useState<Payload>({ dataTypes: [], registerFamilies: [] });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const ruleErrorTexts = useRuleErrorTexts();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      usageId,
      dataSourceId,
      channel,
      yearlyCost: yearlyCost === '' ? null : Number(yearlyCost),
      authoritative,
      ...payload,
    };
    // The shared rules (`@overblik/domain`) the API checks again: a source, a cost of 0 or more.
    const local = ruleErrorTexts(usageDataSourceRuleErrors(input));
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length || !dataSourceId) return;
    try {
      await create({
        variables: { input: { ...input, dataSourceId, yearlyCost: Number(yearlyCost) } },
      });
      setDataSourceId(null);
      setYearlyCost(0);
      setPayload({ dataTypes: [], registerFamilies: [] });
    } catch (error) {
      setErrors(apiFieldErrors(error));
      setFormError(apiErrorMessage(error) ?? t('form.failed'));
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('edges.addDataSource')}>
      <Stack gap="xs">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Group align="flex-start" gap="sm" wrap="wrap">
          <Select
            label={t('detail.dataSource')}
            data={dataSources.map((d) => ({ value: d.id, label: d.name }))}
            value={dataSourceId}
            onChange={setDataSourceId}
            searchable
            required
            error={errors.dataSourceId}
            w={300}
          />
          <Select
            label={t('detail.channel')}
            data={CHANNELS.map((c) => ({ value: c, label: t(`dataSources:channel.${c}`) }))}
            value={channel}
            allowDeselect={false}
            onChange={(v) => v && setChannel(v)}
            error={errors.channel}
            w={200}
          />
          <NumberInput
            label={t('columns.dataYearlyCost')}
            value={yearlyCost}
            min={0}
            {...numberInput}
            onChange={setYearlyCost}
            error={errors.yearlyCost}
            w={180}
          />
          <Checkbox
            mt={30}
            label={t('detail.authoritativeYes')}
            checked={authoritative}
            onChange={(e) => setAuthoritative(e.currentTarget.checked)}
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
