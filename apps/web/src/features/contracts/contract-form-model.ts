import type {
  ContractCreateInput,
  Criticality,
  EconomyKind,
  NoticeRule,
  PurchaseForm,
} from '../../gql/graphql';
import type { ContractDetail } from './contract-types';

export const PURCHASE_FORMS: readonly PurchaseForm[] = [
  'EU_TENDER',
  'MINI_TENDER',
  'DIRECT_AWARD',
  'FRAMEWORK_CALL_OFF',
  'OTHER',
];
export const CRITICALITIES: readonly Criticality[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
export const NOTICE_RULES: readonly NoticeRule[] = [
  'RUNNING',
  'END_OF_MONTH',
  'END_OF_QUARTER',
  'END_OF_YEAR',
];

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

/** Keys under `contracts:form.errors`. */
export type DraftError =
  | 'required'
  | 'tooLong'
  | 'dateOrder'
  | 'notNegative'
  | 'wholeMonths'
  | 'percent'
  | 'indexation'
  | 'optionMonths'
  | 'amount';

const wholeAtLeast = (n: number | null, min: number) => n === null || (Number.isInteger(n) && n >= min);

/**
 * What the form can tell before asking the API (the API checks the same and more). Keys are the
 * API's field paths, e.g. `endDate` or `economyLines.1.amount`, so both kinds of errors line up.
 */
export function validateDraft(d: ContractDraft): Record<string, DraftError> {
  const e: Record<string, DraftError> = {};
  if (d.name.trim() === '') e.name = 'required';
  else if (d.name.trim().length > 200) e.name = 'tooLong';
  if (d.reference.trim().length > 100) e.reference = 'tooLong';
  if (d.startDate === '') e.startDate = 'required';
  else {
    for (const key of ['endDate', 'irrevocableUntil', 'terminatedOn'] as const) {
      if (d[key] !== '' && d[key] < d.startDate) e[key] = 'dateOrder';
    }
  }
  if (!wholeAtLeast(d.durationMonths, 1)) e.durationMonths = 'wholeMonths';
  if (!wholeAtLeast(d.noticePeriodMonths, 0)) e.noticePeriodMonths = 'notNegative';
  if (d.uptimePercent !== null && (d.uptimePercent < 0 || d.uptimePercent > 100)) e.uptimePercent = 'percent';
  if (d.indexationPercent < -50 || d.indexationPercent > 100) e.indexationPercent = 'indexation';
  d.options.forEach((o, i) => {
    if (o.months === null || !Number.isInteger(o.months) || o.months < 1 || o.months > 240)
      e[`options.${i}.months`] = 'optionMonths';
  });
  d.economyLines.forEach((l, i) => {
    if (l.amount === null || l.amount < 0) e[`economyLines.${i}.amount`] = 'amount';
  });
  return e;
}

interface ContractLink {
  id: string;
  name: string;
  parentId?: string | null;
}

/** Contracts that may be the parent of `selfId`: not itself, nor any contract below it. */
export function parentCandidates<T extends ContractLink>(
  contracts: readonly T[],
  selfId: string | null,
): T[] {
  if (!selfId) return [...contracts];
  const children = new Map<string, string[]>();
  for (const c of contracts) {
    if (c.parentId) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  }
  const excluded = new Set<string>([selfId]);
  const queue = [selfId];
  while (queue.length) {
    for (const child of children.get(queue.pop()!) ?? []) {
      if (!excluded.has(child)) {
        excluded.add(child);
        queue.push(child);
      }
    }
  }
  return contracts.filter((c) => !excluded.has(c.id));
}

/** Contracts that may succeed `selfId`: not itself, nor one it has (directly or indirectly) replaced. */
export function successorCandidates<T extends ContractLink & { successorId?: string | null }>(
  contracts: readonly T[],
  selfId: string | null,
): T[] {
  if (!selfId) return [...contracts];
  const predecessorsOf = new Map<string, string[]>();
  for (const c of contracts) {
    if (c.successorId)
      predecessorsOf.set(c.successorId, [...(predecessorsOf.get(c.successorId) ?? []), c.id]);
  }
  const excluded = new Set<string>([selfId]);
  const queue = [selfId];
  while (queue.length) {
    for (const p of predecessorsOf.get(queue.pop()!) ?? []) {
      if (!excluded.has(p)) {
        excluded.add(p);
        queue.push(p);
      }
    }
  }
  return contracts.filter((c) => !excluded.has(c.id));
}
