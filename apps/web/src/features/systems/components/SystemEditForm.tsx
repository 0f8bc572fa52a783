import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  MultiSelect,
  Switch,
  TagsInput,
  TextInput,
  Textarea,
} from '@mantine/core';
import { HOSTINGS, LIFECYCLES, systemUsageRuleErrors } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import type { Hosting, Lifecycle, SystemEditForm_UsageFragment } from '../../../gql/graphql';
import { apiErrorMessage, apiFieldErrors } from '../../../ui/error-message';
import { ruleErrorsByField, useRuleMessage } from '../../../ui/useRuleMessage';
import { SystemEditOptionsDocument, UpdateSystemUsageDocument } from '../graphql/systems.documents';
import { capabilityOptions } from '../capability-options';
import { useFormatters } from '../../../ui/useFormatters';

export const SystemEditForm_usage = graphql(`
  fragment SystemEditForm_usage on SystemUsage {
    id
    version
    localName
    lifecycle
    owner {
      id
    }
    custodian {
      id
    }
    responsibleUnit {
      id
    }
    inUseFrom
    inUseUntil
    userCount
    migrationMonths
    capabilityIds
    infrastructure {
      id
    }
    hosting
    taskAreas
    usesServicePlatform
    usesSupportSystems
    standardsMet
    switchingCost
    architectureFitNote
    asIs
    toBe
    workflows
  }
`);

type Usage = SystemEditForm_UsageFragment;

interface Values {
  localName: string;
  lifecycle: Lifecycle;
  ownerUserId: string | null;
  custodianUserId: string | null;
  responsibleUnitId: string | null;
  inUseFrom: string;
  inUseUntil: string;
  userCount: number | string;
  migrationMonths: number | string;
  capabilityIds: string[];
  infrastructureIds: string[];
  hosting: Hosting;
  taskAreas: string[];
  usesServicePlatform: boolean;
  usesSupportSystems: boolean;
  standardsMet: string[];
  switchingCost: number | string;
  architectureFitNote: string;
  asIs: string;
  toBe: string;
  workflows: string;
}

const initialValues = (u: Usage): Values => ({
  localName: u.localName ?? '',
  lifecycle: u.lifecycle,
  ownerUserId: u.owner?.id ?? null,
  custodianUserId: u.custodian?.id ?? null,
  responsibleUnitId: u.responsibleUnit?.id ?? null,
  inUseFrom: u.inUseFrom ?? '',
  inUseUntil: u.inUseUntil ?? '',
  userCount: u.userCount ?? '',
  migrationMonths: u.migrationMonths ?? '',
  capabilityIds: u.capabilityIds,
  infrastructureIds: u.infrastructure.map((c) => c.id),
  hosting: u.hosting,
  taskAreas: u.taskAreas,
  usesServicePlatform: u.usesServicePlatform,
  usesSupportSystems: u.usesSupportSystems,
  standardsMet: u.standardsMet,
  switchingCost: u.switchingCost,
  architectureFitNote: u.architectureFitNote,
  asIs: u.asIs,
  toBe: u.toBe,
  workflows: u.workflows,
});

const listField = (field: string) => field.replace(/\.\d+$/, '');

/** Edits a usage's local facts; checks what it can before sending, shows the API's field errors after. */
export function SystemEditForm({
  usage: ref,
  onDone,
}: {
  usage: FragmentType<typeof SystemEditForm_usage>;
  onDone: () => void;
}) {
  const usage = getFragmentData(SystemEditForm_usage, ref);
  const { numberInput } = useFormatters();
  const { t } = useTranslation('systems');
  const options = useQuery(SystemEditOptionsDocument);
  // The usage comes back with every view's fragment, so the page and the table update from the cache.
  const [update, { loading }] = useMutation(UpdateSystemUsageDocument);
  const [values, setValues] = useState(() => initialValues(usage));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const set = <K extends keyof Values>(key: K, value: Values[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const ruleMessage = useRuleMessage();
  const input = {
    localName: values.localName.trim() || null,
    lifecycle: values.lifecycle,
    ownerUserId: values.ownerUserId,
    custodianUserId: values.custodianUserId,
    responsibleUnitId: values.responsibleUnitId,
    inUseFrom: values.inUseFrom || null,
    inUseUntil: values.inUseUntil || null,
    userCount: values.userCount === '' ? null : Number(values.userCount),
    migrationMonths: values.migrationMonths === '' ? null : Number(values.migrationMonths),
    capabilityIds: values.capabilityIds,
    infrastructureIds: values.infrastructureIds,
    hosting: values.hosting,
    taskAreas: values.taskAreas,
    usesServicePlatform: values.usesServicePlatform,
    usesSupportSystems: values.usesSupportSystems,
    standardsMet: values.standardsMet,
    switchingCost: values.switchingCost === '' ? 0 : Number(values.switchingCost),
    architectureFitNote: values.architectureFitNote,
    asIs: values.asIs,
    toBe: values.toBe,
    workflows: values.workflows,
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The shared rules (`@overblik/domain`) the API checks again.
    // A bad list item (`taskAreas.1`) shows at its list's field.
    const local = Object.fromEntries(
      Object.entries(ruleErrorsByField(systemUsageRuleErrors(input))).map(([field, e]) => [
        listField(field),
        ruleMessage(e),
      ]),
    );
    setErrors(local);
    setFormError(null);
    if (Object.keys(local).length) return;
    try {
      await update({ variables: { input: { ...input, id: usage.id, version: usage.version } } });
      onDone();
    } catch (error) {
      setErrors(Object.fromEntries(Object.entries(apiFieldErrors(error)).map(([f, m]) => [listField(f), m])));
      setFormError(apiErrorMessage(error) ?? t('form.failed'));
    }
  };

  const people = (options.data?.members ?? []).map((m) => ({ value: m.user.id, label: m.user.name }));
  const units = (options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }));
  const capabilities = capabilityOptions(options.data?.capabilities ?? [], values.capabilityIds);
  const infrastructure = (options.data?.infrastructureComponents.items ?? []).map((c) => ({
    value: c.id,
    label: c.name,
  }));

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('form.title')}>
      <Stack gap="sm">
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('form.localName')}
            value={values.localName}
            error={errors.localName}
            onChange={(e) => set('localName', e.currentTarget.value)}
          />
          <Select
            label={t('columns.lifecycle')}
            data={LIFECYCLES.map((l) => ({ value: l, label: t(`lifecycle.${l}`) }))}
            value={values.lifecycle}
            allowDeselect={false}
            error={errors.lifecycle}
            onChange={(v) => v && set('lifecycle', v)}
          />
          <Select
            label={t('columns.owner')}
            data={people}
            value={values.ownerUserId}
            clearable
            searchable
            error={errors.ownerUserId}
            onChange={(v) => set('ownerUserId', v)}
          />
          <Select
            label={t('detail.custodian')}
            data={people}
            value={values.custodianUserId}
            clearable
            searchable
            error={errors.custodianUserId}
            onChange={(v) => set('custodianUserId', v)}
          />
          <Select
            label={t('columns.responsibleUnit')}
            data={units}
            value={values.responsibleUnitId}
            clearable
            searchable
            error={errors.responsibleUnitId}
            onChange={(v) => set('responsibleUnitId', v)}
          />
          <NumberInput
            label={t('columns.userCount')}
            value={values.userCount}
            min={0}
            allowDecimal={false}
            error={errors.userCount}
            onChange={(v) => set('userCount', v)}
          />
          <NumberInput
            label={t('form.migrationMonths')}
            description={t('form.migrationMonthsHint')}
            value={values.migrationMonths}
            min={0}
            max={60}
            clampBehavior="none"
            allowDecimal={false}
            error={errors.migrationMonths}
            onChange={(v) => set('migrationMonths', v)}
          />
          <NumberInput
            label={t('form.switchingCost')}
            description={t('form.switchingCostHint')}
            value={values.switchingCost}
            min={0}
            {...numberInput}
            error={errors.switchingCost}
            onChange={(v) => set('switchingCost', v)}
          />
          <Select
            label={t('columns.hosting')}
            data={HOSTINGS.map((h) => ({ value: h, label: t(`hosting.${h}`) }))}
            value={values.hosting}
            allowDeselect={false}
            error={errors.hosting}
            onChange={(v) => v && set('hosting', v)}
          />
          <TextInput
            type="date"
            label={t('detail.inUseFrom')}
            value={values.inUseFrom}
            error={errors.inUseFrom}
            onChange={(e) => set('inUseFrom', e.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('columns.inUseUntil')}
            value={values.inUseUntil}
            error={errors.inUseUntil}
            onChange={(e) => set('inUseUntil', e.currentTarget.value)}
          />
        </SimpleGrid>
        <MultiSelect
          label={t('columns.capabilities')}
          description={t('form.capabilitiesHint')}
          data={capabilities}
          value={values.capabilityIds}
          searchable
          error={errors.capabilityIds}
          onChange={(v) => set('capabilityIds', v)}
        />
        <MultiSelect
          label={t('detail.infrastructure')}
          description={t('form.infrastructureHint')}
          data={infrastructure}
          value={values.infrastructureIds}
          searchable
          error={errors.infrastructureIds}
          onChange={(v) => set('infrastructureIds', v)}
        />
        <TagsInput
          label={t('columns.taskAreas')}
          description={t('form.taskAreasHint')}
          value={values.taskAreas}
          error={errors.taskAreas}
          onChange={(v) => set('taskAreas', v)}
        />
        <TagsInput
          label={t('detail.standardsMet')}
          description={t('form.standardsHint')}
          value={values.standardsMet}
          error={errors.standardsMet}
          onChange={(v) => set('standardsMet', v)}
        />
        <Group gap="xl">
          <Switch
            label={t('detail.usesServicePlatform')}
            checked={values.usesServicePlatform}
            onChange={(e) => set('usesServicePlatform', e.currentTarget.checked)}
          />
          <Switch
            label={t('detail.usesSupportSystems')}
            checked={values.usesSupportSystems}
            onChange={(e) => set('usesSupportSystems', e.currentTarget.checked)}
          />
        </Group>
        <Textarea
          label={t('detail.architectureFit')}
          autosize
          minRows={2}
          value={values.architectureFitNote}
          error={errors.architectureFitNote}
          onChange={(e) => set('architectureFitNote', e.currentTarget.value)}
        />
        <Textarea
          label={t('detail.asIs')}
          autosize
          minRows={2}
          value={values.asIs}
          error={errors.asIs}
          onChange={(e) => set('asIs', e.currentTarget.value)}
        />
        <Textarea
          label={t('detail.toBe')}
          autosize
          minRows={2}
          value={values.toBe}
          error={errors.toBe}
          onChange={(e) => set('toBe', e.currentTarget.value)}
        />
        <Textarea
          label={t('form.workflows')}
          description={t('form.markdownHint')}
          autosize
          minRows={4}
          value={values.workflows}
          error={errors.workflows}
          onChange={(e) => set('workflows', e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
