import { contractRuleErrors, type RuleError } from '@overblik/domain';
import type {
  ContractCreateInput,
  Criticality,
  EconomyKind,
  NoticeRule,
  PurchaseForm,
} from '../../gql/graphql';
import { ruleErrorsByField } from '../../ui/useRuleMessage';
import type { ContractDetail } from './contract-types';

export interface OptionDraft {
  months: number | null;
  exercisedOn: string;
}

export interface EconomyDraft {
  kind: EconomyKind;
  amount: number | null;
  unitId: string | null;
  note: string;
}

/** The form's copy of the term model: blank dates are '' and blank numbers null. */
export interface ContractDraft {
  name: string;
  reference: string;
  supplierId: string | null;
  parentId: string | null;
  successorId: string | null;
  contractType: string;
  template: string;
  purchaseForm: PurchaseForm;
  criticality: Criticality;
  startDate: string;
  endDate: string;
  durationMonths: number | null;
  ongoing: boolean;
  irrevocableUntil: string;
  noticePeriodMonths: number | null;
  noticeRule: NoticeRule;
  terminatedOn: string;
  retenderPlan: string;
  uptimePercent: number | null;
  availability: string;
  changeHandling: string;
  documentationDuties: string;
  ownerUserId: string | null;
  managerUserId: string | null;
  invoiceRecipient: string;
  indexationPercent: number;
  options: OptionDraft[];
  economyLines: EconomyDraft[];
  coveredUsageIds: string[];
}

export function emptyDraft(): ContractDraft {
  return {
    name: '',
    reference: '',
    supplierId: null,
    parentId: null,
    successorId: null,
    contractType: '',
    template: '',
    purchaseForm: 'OTHER',
    criticality: 'MEDIUM',
    startDate: '',
    endDate: '',
    durationMonths: null,
    ongoing: false,
    irrevocableUntil: '',
    noticePeriodMonths: null,
    noticeRule: 'RUNNING',
    terminatedOn: '',
    retenderPlan: '',
    uptimePercent: null,
    availability: '',
    changeHandling: '',
    documentationDuties: '',
    ownerUserId: null,
    managerUserId: null,
    invoiceRecipient: '',
    indexationPercent: 0,
    options: [],
    economyLines: [],
    coveredUsageIds: [],
  };
}

export function draftFromContract(c: ContractDetail): ContractDraft {
  return {
    name: c.name,
    reference: c.reference ?? '',
    supplierId: c.supplierId ?? null,
    parentId: c.parentId ?? null,
    successorId: c.successorId ?? null,
    contractType: c.contractType,
    template: c.template,
    purchaseForm: c.purchaseForm,
    criticality: c.criticality,
    startDate: c.startDate,
    endDate: c.endDate ?? '',
    durationMonths: c.durationMonths ?? null,
    ongoing: c.ongoing,
    irrevocableUntil: c.irrevocableUntil ?? '',
    noticePeriodMonths: c.noticePeriodMonths ?? null,
    noticeRule: c.noticeRule,
    terminatedOn: c.terminatedOn ?? '',
    retenderPlan: c.retenderPlan,
    uptimePercent: c.uptimePercent ?? null,
    availability: c.availability,
    changeHandling: c.changeHandling,
    documentationDuties: c.documentationDuties,
    ownerUserId: c.ownerUserId ?? null,
    managerUserId: c.managerUserId ?? null,
    invoiceRecipient: c.invoiceRecipient,
    indexationPercent: c.indexationPercent,
    options: c.options.map((o) => ({ months: o.months, exercisedOn: o.exercisedOn ?? '' })),
    economyLines: c.economyLines.map((l) => ({
      kind: l.kind,
      amount: l.amount,
      unitId: l.unitId ?? null,
      note: l.note,
    })),
    coveredUsageIds: c.coveredUsages.map((u) => u.id),
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s);

/** The input the API takes; options are numbered in the order shown. */
export function draftToInput(d: ContractDraft): ContractCreateInput {
  return {
    name: d.name,
    reference: orNull(d.reference),
    supplierId: d.supplierId,
    parentId: d.parentId,
    successorId: d.successorId,
    contractType: d.contractType,
    template: d.template,
    purchaseForm: d.purchaseForm,
    criticality: d.criticality,
    startDate: d.startDate,
    endDate: orNull(d.endDate),
    durationMonths: d.durationMonths,
    ongoing: d.ongoing,
    irrevocableUntil: orNull(d.irrevocableUntil),
    noticePeriodMonths: d.noticePeriodMonths,
    noticeRule: d.noticeRule,
    terminatedOn: orNull(d.terminatedOn),
    retenderPlan: d.retenderPlan,
    uptimePercent: d.uptimePercent,
    availability: d.availability,
    changeHandling: d.changeHandling,
    documentationDuties: d.documentationDuties,
    ownerUserId: d.ownerUserId,
    managerUserId: d.managerUserId,
    invoiceRecipient: d.invoiceRecipient,
    indexationPercent: d.indexationPercent,
    options: d.options.map((o, i) => ({
      ordinal: i + 1,
      months: o.months ?? 0,
      exercisedOn: orNull(o.exercisedOn),
    })),
    economyLines: d.economyLines.map((l) => ({
      kind: l.kind,
      amount: l.amount ?? -1,
      unitId: l.unitId,
      note: l.note,
    })),
    coveredUsageIds: d.coveredUsageIds,
  };
}

/**
 * The shared contract rules (`@overblik/domain`) over the draft, before asking the API (which checks
 * the same). Keys are the API's field paths, e.g. `endDate` or `economyLines.1.amount`, so both
 * kinds of errors line up; a blank option length or amount reads as required.
 */
export function validateDraft(d: ContractDraft): Record<string, RuleError> {
  const input = draftToInput(d);
  return ruleErrorsByField(
    contractRuleErrors({
      ...input,
      options: input.options?.map((o, i) => ({ ...o, months: d.options[i].months })),
      economyLines: input.economyLines?.map((l, i) => ({ ...l, amount: d.economyLines[i].amount })),
    }),
  );
}
