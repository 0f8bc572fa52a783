import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { ACCESSES, CHANNELS, usageDataSourceRuleErrors } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { Access, Channel } from '../../../gql/graphql';
import { apiErrorMessage, apiFieldErrors } from '../../../ui/error-message';
import { PayloadFields, type Payload } from '../../../ui/PayloadFields';
import { useRuleErrorTexts } from '../../../ui/useRuleMessage';
import { UpdateUsageDataSourceDocument } from '../graphql/edge-edit.documents';
import { SystemDetailDocument } from '../graphql/systems.documents';
import { useFormatters } from '../../../ui/useFormatters';

export const EditDataSourceEdgeForm_edge = graphql(`
  fragment EditDataSourceEdgeForm_edge on UsageDataSource {
    id
    version
    dataSourceId
    dataSourceName
    purpose
    access
    volume
    switchingCost
    channel
    yearlyCost
    authoritative
    plannedTargetSourceId
    plannedSwitchDate
    dataTypes
    registerFamilies
  }
`);

interface Props {
  edge: FragmentType<typeof EditDataSourceEdgeForm_edge>;
  dataSources: readonly { id: string; name: string }[];
  onDone: () => void;
}

/** Edits how a system uses a data source, including a planned switch to another source. */
export function EditDataSourceEdgeForm({ edge: ref, dataSources, onDone }: Props) {
  const edge = getFragmentData(EditDataSourceEdgeForm_edge, ref);
  const { numberInput } = useFormatters();
  const { t } = useTranslation(['systems', 'dataSources']);
  // The edge comes back with the views' fragments, so the detail page updates from the cache.
  const [update, { loading }] = useMutation(UpdateUsageDataSourceDocument);
  const [purpose, setPurpose] = useState(edge.purpose);
  const [channel, setChannel] = useState<Channel>(edge.channel);
  const [access, setAccess] = useState<Access>(edge.access);
  const [volume, setVolume] = useState(edge.volume);
  const [switchingCost, setSwitchingCost] = useState<number | string>(edge.switchingCost);
  const [yearlyCost, setYearlyCost] = useState<number | string>(edge.yearlyCost);
  const [authoritative, setAuthoritative] = useState(edge.authoritative);
  const [target, setTarget] = useState<string | null>(edge.plannedTargetSourceId ?? null);
  const [switchDate, setSwitchDate] = useState(edge.plannedSwitchDate ?? '');
  const [payload, setPayload] = useState<Payload>({
    dataTypes: edge.dataTypes,
    registerFamilies: edge.registerFamilies,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const ruleErrorTexts = useRuleErrorTexts();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const fields = {
      purpose,
      access,
      volume,
      channel,
      yearlyCost: yearlyCost === '' ? 0 : Number(yearlyCost),
      switchingCost: switchingCost === '' ? 0 : Number(switchingCost),
      authoritative,
      plannedTargetSourceId: target,
      plannedSwitchDate: switchDate || null,
      ...payload,
    };
    // The shared rules (`@overblik/domain`) the API checks again; the source used is for the switch rules.
    const local = ruleErrorTexts(usageDataSourceRuleErrors({ ...fields, dataSourceId: edge.dataSourceId }));
    setErrors(local);
    if (Object.keys(local).length) return;
    try {
      await update({
        // The usage's data cost is a sum the server computes: only a changed cost re-reads it.
        refetchQueries: fields.yearlyCost !== edge.yearlyCost ? [SystemDetailDocument] : [],
        awaitRefetchQueries: true,
        variables: { input: { ...fields, id: edge.id, version: edge.version } },
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
      aria-label={t('edges.editNamed', { name: edge.dataSourceName })}
    >
      <Stack gap="sm">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <Textarea
          label={t('edges.purpose')}
          value={purpose}
          onChange={(e) => setPurpose(e.currentTarget.value)}
          error={errors.purpose}
        />
        <PayloadFields value={payload} onChange={setPayload} errors={errors} />
        <Group grow align="flex-start">
          <Select
            label={t('detail.access')}
            data={ACCESSES.map((a) => ({ value: a, label: t(`dataSources:access.${a}`) }))}
            value={access}
            allowDeselect={false}
            onChange={(v) => v && setAccess(v)}
            error={errors.access}
          />
          <TextInput
            label={t('edges.volume')}
            description={t('edges.volumeHint')}
            value={volume}
            onChange={(e) => setVolume(e.currentTarget.value)}
            error={errors.volume}
          />
        </Group>
        <Group grow align="flex-start">
          <Select
            label={t('detail.channel')}
            data={CHANNELS.map((c) => ({ value: c, label: t(`dataSources:channel.${c}`) }))}
            value={channel}
            allowDeselect={false}
            onChange={(v) => v && setChannel(v)}
            error={errors.channel}
          />
          <NumberInput
            label={t('columns.dataYearlyCost')}
            value={yearlyCost}
            min={0}
            {...numberInput}
            onChange={setYearlyCost}
            error={errors.yearlyCost}
          />
        </Group>
        <Checkbox
          label={t('detail.authoritativeYes')}
          checked={authoritative}
          onChange={(e) => setAuthoritative(e.currentTarget.checked)}
        />
        <Group grow align="flex-start">
          <Select
            label={t('edges.plannedTarget')}
            data={dataSources
              .filter((d) => d.id !== edge.dataSourceId)
              .map((d) => ({ value: d.id, label: d.name }))}
            value={target}
            onChange={setTarget}
            searchable
            clearable
            error={errors.plannedTargetSourceId}
          />
          <TextInput
            type="date"
            label={t('edges.plannedSwitchDate')}
            value={switchDate}
            onChange={(e) => setSwitchDate(e.currentTarget.value)}
            error={errors.plannedSwitchDate}
          />
          <NumberInput
            label={t('edges.switchingCost')}
            description={t('edges.switchingCostHint')}
            value={switchingCost}
            min={0}
            {...numberInput}
            onChange={setSwitchingCost}
            error={errors.switchingCost}
          />
        </Group>
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
