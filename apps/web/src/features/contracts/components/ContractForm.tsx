import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  CRITICALITIES,
  NOTICE_RULES,
  parentCandidates,
  PURCHASE_FORMS,
  successorCandidates,
} from '@overblik/domain';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractCreateInput } from '../../../gql/graphql';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleMessage } from '../../../ui/useRuleMessage';
import { draftToInput, validateDraft, type ContractDraft } from '../contract-form-model';
import { CHOICES_LIMIT, ContractFormChoicesDocument } from '../graphql/contracts.documents';
import { EconomyLinesEditor, OptionsEditor } from './ContractListsEditor';

const num = (value: string | number) => (typeof value === 'number' ? value : null);

/**
 * The full term model, in sections: basics, term, notice, options, service levels, economy, roles
 * and coverage. Checks what it can before sending; the API's field errors are shown at the fields.
 */
export function ContractForm({
  initial,
  selfId,
  submitLabel,
  saving,
  error,
  onSubmit,
  onCancel,
}: {
  initial: ContractDraft;
  /** The contract being edited; left out when creating. */
  selfId: string | null;
  submitLabel: string;
  saving: boolean;
  error: unknown;
  onSubmit: (input: ContractCreateInput) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('contracts');
  const describeError = useErrorMessage();
  const ruleMessage = useRuleMessage();
  const [v, setV] = useState<ContractDraft>(initial);
  const [checked, setChecked] = useState(false);
  const choices = useQuery(ContractFormChoicesDocument, { variables: { limit: CHOICES_LIMIT } }).data;
  const set = (patch: Partial<ContractDraft>) => setV((current) => ({ ...current, ...patch }));

  const clientErrors = checked ? validateDraft(v) : {};
  const apiErrors = apiFieldErrors(error);
  const errors: Record<string, string | undefined> = { ...apiErrors };
  for (const [field, rule] of Object.entries(clientErrors)) errors[field] = ruleMessage(rule);

  const people = (choices?.members ?? []).map((m) => ({ value: m.user.id, label: m.user.name }));
  const contracts = useMemo(() => choices?.contracts.items ?? [], [choices]);
  const parents = useMemo(
    () => parentCandidates(contracts, selfId).map((c) => ({ value: c.id, label: c.name })),
    [contracts, selfId],
  );
  const successors = useMemo(
    () => successorCandidates(contracts, selfId).map((c) => ({ value: c.id, label: c.name })),
    [contracts, selfId],
  );
  const usages = (choices?.systemUsages.items ?? []).map((u) => ({ value: u.id, label: u.name }));
  const usagesLimited = (choices?.systemUsages.totalCount ?? 0) > usages.length;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    if (Object.keys(validateDraft(v)).length > 0) return;
    onSubmit(draftToInput(v));
  };

  const text = (
    key: 'name' | 'reference' | 'contractType' | 'template' | 'invoiceRecipient',
    label: string,
  ) => (
    <TextInput
      label={label}
      required={key === 'name'}
      value={v[key]}
      error={errors[key]}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
    />
  );
  const date = (key: 'startDate' | 'endDate' | 'irrevocableUntil' | 'terminatedOn') => (
    <TextInput
      type="date"
      label={t(`detail.${key}`)}
      required={key === 'startDate'}
      value={v[key]}
      error={errors[key]}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
    />
  );
  const longText = (key: 'availability' | 'changeHandling' | 'documentationDuties' | 'retenderPlan') => (
    <Textarea
      label={t(`detail.${key}`)}
      autosize
      minRows={2}
      value={v[key]}
      error={errors[key]}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
    />
  );
  const hasClientErrors = Object.keys(clientErrors).length > 0;

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="md">
        {hasClientErrors && (
          <Alert color="red" role="alert">
            {t('form.invalid')}
          </Alert>
        )}
        {!hasClientErrors && error != null && (
          <Alert color="red" role="alert">
            {describeError(error)}
          </Alert>
        )}
        <Fieldset legend={t('form.sections.basics')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {text('name', t('columns.name'))}
            {text('reference', t('detail.reference'))}
            <Select
              label={t('edit.supplier')}
              value={v.supplierId}
              clearable
              searchable
              data={(choices?.suppliers.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
              error={errors.supplierId}
              onChange={(id) => set({ supplierId: id })}
            />
            <Select
              label={t('detail.purchaseForm')}
              value={v.purchaseForm}
              allowDeselect={false}
              data={PURCHASE_FORMS.map((p) => ({ value: p, label: t(`purchaseForm.${p}`) }))}
              onChange={(p) => p && set({ purchaseForm: p })}
            />
            {text('contractType', t('detail.contractType'))}
            {text('template', t('detail.template'))}
            <Select
              label={t('detail.criticality')}
              value={v.criticality}
              allowDeselect={false}
              data={CRITICALITIES.map((p) => ({ value: p, label: t(`criticality.${p}`) }))}
              onChange={(p) => p && set({ criticality: p })}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('form.sections.term')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {date('startDate')}
            {date('endDate')}
            <NumberInput
              label={t('detail.durationMonths')}
              description={t('form.durationHint')}
              min={1}
              allowDecimal={false}
              value={v.durationMonths ?? ''}
              error={errors.durationMonths}
              onChange={(n) => set({ durationMonths: num(n) })}
            />
            {date('irrevocableUntil')}
            <Checkbox
              label={t('detail.ongoing')}
              checked={v.ongoing}
              onChange={(e) => set({ ongoing: e.currentTarget.checked })}
            />
            {date('terminatedOn')}
            <Select
              label={t('detail.parent')}
              description={t('form.parentHint')}
              value={v.parentId}
              clearable
              searchable
              nothingFoundMessage={t('form.nothingFound')}
              data={parents}
              error={errors.parentId}
              onChange={(id) => set({ parentId: id })}
            />
            <Select
              label={t('detail.successor')}
              description={t('form.successorHint')}
              value={v.successorId}
              clearable
              searchable
              nothingFoundMessage={t('form.nothingFound')}
              data={successors}
              error={errors.successorId}
              onChange={(id) => set({ successorId: id })}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('form.sections.notice')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput
              label={t('detail.noticePeriodMonths')}
              min={0}
              allowDecimal={false}
              value={v.noticePeriodMonths ?? ''}
              error={errors.noticePeriodMonths}
              onChange={(n) => set({ noticePeriodMonths: num(n) })}
            />
            <Select
              label={t('detail.noticeRule')}
              value={v.noticeRule}
              allowDeselect={false}
              data={NOTICE_RULES.map((p) => ({ value: p, label: t(`noticeRule.${p}`) }))}
              onChange={(p) => p && set({ noticeRule: p })}
            />
          </SimpleGrid>
          <Stack mt="sm">{longText('retenderPlan')}</Stack>
        </Fieldset>

        <Fieldset legend={t('form.sections.options')}>
          <OptionsEditor options={v.options} onOptions={(options) => set({ options })} errors={errors} />
        </Fieldset>

        <Fieldset legend={t('form.sections.service')}>
          <Stack gap="sm">
            <NumberInput
              label={t('detail.uptimePercent')}
              decimalScale={3}
              min={0}
              max={100}
              value={v.uptimePercent ?? ''}
              error={errors.uptimePercent}
              onChange={(n) => set({ uptimePercent: num(n) })}
              w={{ base: '100%', sm: 240 }}
            />
            {longText('availability')}
            {longText('changeHandling')}
            {longText('documentationDuties')}
          </Stack>
        </Fieldset>

        <Fieldset legend={t('form.sections.economy')}>
          <Stack gap="sm">
            <EconomyLinesEditor
              lines={v.economyLines}
              onLines={(economyLines) => set({ economyLines })}
              units={choices?.units ?? []}
              errors={errors}
            />
            <NumberInput
              label={t('detail.indexationPercent')}
              decimalScale={3}
              value={v.indexationPercent}
              error={errors.indexationPercent}
              onChange={(n) => set({ indexationPercent: num(n) ?? 0 })}
              w={{ base: '100%', sm: 240 }}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend={t('form.sections.roles')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('edit.owner')}
              value={v.ownerUserId}
              clearable
              searchable
              data={people}
              error={errors.ownerUserId}
              onChange={(id) => set({ ownerUserId: id })}
            />
            <Select
              label={t('edit.manager')}
              value={v.managerUserId}
              clearable
              searchable
              data={people}
              error={errors.managerUserId}
              onChange={(id) => set({ managerUserId: id })}
            />
            {text('invoiceRecipient', t('detail.invoiceRecipient'))}
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend={t('form.sections.coverage')}>
          <MultiSelect
            label={t('form.coverage')}
            description={
              usagesLimited
                ? t('form.coverageLimited', { shown: usages.length, total: choices?.systemUsages.totalCount })
                : t('form.coverageHint')
            }
            placeholder={v.coveredUsageIds.length ? undefined : t('form.coveragePlaceholder')}
            searchable
            clearable
            hidePickedOptions
            nothingFoundMessage={t('form.nothingFound')}
            data={usages}
            value={v.coveredUsageIds}
            error={errors.coveredUsageIds}
            onChange={(coveredUsageIds) => set({ coveredUsageIds })}
          />
        </Fieldset>

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('detail.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
