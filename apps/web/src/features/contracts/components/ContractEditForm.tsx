import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import type { ContractDetail } from '../contract-types';
import { ContractFormChoicesDocument, UpdateContractDocument } from '../graphql/contracts.documents';
import { ContractListsEditor, type EconomyDraft, type OptionDraft } from './ContractListsEditor';

const PURCHASE_FORMS = ['EU_TENDER', 'MINI_TENDER', 'DIRECT_AWARD', 'FRAMEWORK_CALL_OFF', 'OTHER'] as const;
const CRITICALITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
const NOTICE_RULES = ['RUNNING', 'END_OF_MONTH', 'END_OF_QUARTER', 'END_OF_YEAR'] as const;
const TEXTS = [
  'name',
  'reference',
  'availability',
  'changeHandling',
  'documentationDuties',
  'invoiceRecipient',
] as const;
const DATES = ['startDate', 'endDate', 'irrevocableUntil', 'terminatedOn'] as const;

/** Edits the term model; options, economy lines and coverage are kept as they are. */
export function ContractEditForm({ contract: c, onDone }: { contract: ContractDetail; onDone: () => void }) {
  const { t } = useTranslation('contracts');
  const describeError = useErrorMessage();
  const [v, setV] = useState({
    ...c,
    reference: c.reference ?? '',
    endDate: c.endDate ?? '',
    irrevocableUntil: c.irrevocableUntil ?? '',
    terminatedOn: c.terminatedOn ?? '',
  });
  const [options, setOptions] = useState<OptionDraft[]>(() =>
    c.options.map((o) => ({ months: o.months, exercisedOn: o.exercisedOn ?? '' })),
  );
  const [lines, setLines] = useState<EconomyDraft[]>(() =>
    c.economyLines.map((l) => ({ kind: l.kind, amount: l.amount, unitId: l.unitId ?? null, note: l.note })),
  );
  const choices = useQuery(ContractFormChoicesDocument).data;
  const people = (choices?.members ?? []).map((m) => ({ value: m.user.id, label: m.user.name }));
  const [save, { loading, error }] = useMutation(UpdateContractDocument);
  const errors = apiFieldErrors(error);
  const set = (patch: Partial<typeof v>) => setV({ ...v, ...patch });
  const orNull = (s: string) => (s.trim() === '' ? null : s);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await save({
      variables: {
        input: {
          id: c.id,
          version: c.version,
          name: v.name,
          reference: orNull(v.reference),
          supplierId: v.supplierId,
          parentId: c.parentId,
          ownerUserId: v.ownerUserId,
          managerUserId: v.managerUserId,
          contractType: c.contractType,
          template: c.template,
          purchaseForm: v.purchaseForm,
          criticality: v.criticality,
          startDate: v.startDate,
          endDate: orNull(v.endDate),
          durationMonths: v.durationMonths,
          ongoing: v.ongoing,
          irrevocableUntil: orNull(v.irrevocableUntil),
          noticePeriodMonths: v.noticePeriodMonths,
          noticeRule: v.noticeRule,
          terminatedOn: orNull(v.terminatedOn),
          retenderPlan: v.retenderPlan,
          uptimePercent: v.uptimePercent,
          availability: v.availability,
          changeHandling: v.changeHandling,
          documentationDuties: v.documentationDuties,
          invoiceRecipient: v.invoiceRecipient,
          indexationPercent: v.indexationPercent,
          // Options are numbered in the order shown. A blank number is sent as an invalid value, so the
          // API refuses it with a field error instead of the form guessing one.
          options: options.map((o, i) => ({
            ordinal: i + 1,
            months: o.months ?? 0,
            exercisedOn: orNull(o.exercisedOn),
          })),
          economyLines: lines.map((l) => ({
            kind: l.kind,
            amount: l.amount ?? -1,
            unitId: l.unitId,
            note: l.note,
          })),
        },
      },
      refetchQueries: ['ContractDetail'],
      awaitRefetchQueries: true,
    }).catch(() => null);
    if (result?.data) onDone();
  };

  const num = (value: string | number) => (typeof value === 'number' ? value : null);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="sm">
        {error && (
          <Alert color="red" role="alert">
            {describeError(error)}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {TEXTS.map((key) => (
            <TextInput
              key={key}
              label={t(key === 'name' ? 'columns.name' : `detail.${key}`)}
              required={key === 'name'}
              value={v[key] ?? ''}
              error={errors[key]}
              onChange={(e) => set({ [key]: e.currentTarget.value })}
            />
          ))}
          {DATES.map((key) => (
            <TextInput
              key={key}
              type="date"
              label={t(`detail.${key}`)}
              required={key === 'startDate'}
              value={v[key] ?? ''}
              error={errors[key]}
              onChange={(e) => set({ [key]: e.currentTarget.value })}
            />
          ))}
          <Select
            label={t('edit.supplier')}
            value={v.supplierId ?? null}
            clearable
            searchable
            data={(choices?.suppliers.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
            onChange={(id) => set({ supplierId: id })}
          />
          <Select
            label={t('edit.owner')}
            value={v.ownerUserId ?? null}
            clearable
            searchable
            data={people}
            onChange={(id) => set({ ownerUserId: id })}
          />
          <Select
            label={t('edit.manager')}
            value={v.managerUserId ?? null}
            clearable
            searchable
            data={people}
            onChange={(id) => set({ managerUserId: id })}
          />
          <Select
            label={t('detail.purchaseForm')}
            value={v.purchaseForm}
            allowDeselect={false}
            data={PURCHASE_FORMS.map((p) => ({ value: p, label: t(`purchaseForm.${p}`) }))}
            onChange={(p) => p && set({ purchaseForm: p as typeof v.purchaseForm })}
          />
          <Select
            label={t('detail.criticality')}
            value={v.criticality}
            allowDeselect={false}
            data={CRITICALITIES.map((p) => ({ value: p, label: t(`criticality.${p}`) }))}
            onChange={(p) => p && set({ criticality: p as typeof v.criticality })}
          />
          <Select
            label={t('detail.noticeRule')}
            value={v.noticeRule}
            allowDeselect={false}
            data={NOTICE_RULES.map((p) => ({ value: p, label: t(`noticeRule.${p}`) }))}
            onChange={(p) => p && set({ noticeRule: p as typeof v.noticeRule })}
          />
          <NumberInput
            label={t('detail.noticePeriodMonths')}
            min={0}
            value={v.noticePeriodMonths ?? ''}
            error={errors.noticePeriodMonths}
            onChange={(n) => set({ noticePeriodMonths: num(n) })}
          />
          <NumberInput
            label={t('detail.durationMonths')}
            min={1}
            value={v.durationMonths ?? ''}
            error={errors.durationMonths}
            onChange={(n) => set({ durationMonths: num(n) })}
          />
          <NumberInput
            label={t('detail.indexationPercent')}
            decimalScale={3}
            value={v.indexationPercent}
            error={errors.indexationPercent}
            onChange={(n) => set({ indexationPercent: num(n) ?? 0 })}
          />
          <NumberInput
            label={t('detail.uptimePercent')}
            decimalScale={3}
            min={0}
            max={100}
            value={v.uptimePercent ?? ''}
            error={errors.uptimePercent}
            onChange={(n) => set({ uptimePercent: num(n) })}
          />
          <Checkbox
            label={t('detail.ongoing')}
            checked={v.ongoing}
            onChange={(e) => set({ ongoing: e.currentTarget.checked })}
          />
        </SimpleGrid>
        <ContractListsEditor
          options={options}
          onOptions={setOptions}
          lines={lines}
          onLines={setLines}
          units={choices?.units ?? []}
        />
        <Textarea
          label={t('detail.retenderPlan')}
          autosize
          minRows={2}
          value={v.retenderPlan}
          error={errors.retenderPlan}
          onChange={(e) => set({ retenderPlan: e.currentTarget.value })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('detail.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('detail.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
