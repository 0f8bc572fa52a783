import type {
  BenefitDirection,
  BenefitCreateInput,
  BenefitEditQuery,
  BenefitType,
  VerificationKind,
} from '../../../gql/graphql';

export const BENEFIT_TYPES: readonly BenefitType[] = [
  'ECONOMIC_KR',
  'ECONOMIC_FTE',
  'QUALITATIVE',
  'DISBENEFIT',
];
export const VERIFICATION_KINDS: readonly VerificationKind[] = [
  'NONE',
  'USAGE_RETIRED',
  'CONTRACT_ENDED',
  'COPY_REGISTER_REPLACED',
];

export interface ProfileRow {
  /** Stable key for React; not sent. */
  key: string;
  date: string;
  plannedValue: number | string;
}

export interface BenefitFormValues {
  title: string;
  description: string;
  type: BenefitType;
  cashable: boolean;
  responsibleUserId: string | null;
  accountableUserId: string | null;
  harvestingUnitId: string | null;
  baseline: number | string;
  target: number | string;
  unitOfMeasure: string;
  direction: BenefitDirection;
  startDate: string;
  dueDate: string;
  verificationKind: VerificationKind;
  /** The usage, contract or copy-register edge the verification kind points at. */
  verificationTargetId: string | null;
  profile: ProfileRow[];
}

export type BenefitFormErrorKey =
  | 'titleRequired'
  | 'titleTooLong'
  | 'unitRequired'
  | 'number'
  | 'targetMustBeBelow'
  | 'targetMustBeAbove'
  | 'dateInvalid'
  | 'dateOrder'
  | 'duplicateDate'
  | 'plannedRequired'
  | 'profileTooLong'
  | `target.${VerificationKind}`;

/** Errors as translation keys under `benefits:editor.error`, keyed by field (`profile.<i>.date`). */
export type BenefitFormErrors = Record<string, BenefitFormErrorKey>;

let rowKey = 0;
export const newProfileRow = (date = '', plannedValue: number | string = ''): ProfileRow => ({
  key: `row-${++rowKey}`,
  date,
  plannedValue,
});

/** The unit a type is usually measured in; the form offers it when the type changes. */
export const defaultUnit = (type: BenefitType): string =>
  type === 'ECONOMIC_FTE' ? 'årsværk' : type === 'QUALITATIVE' ? 'point' : 'kr.';

/** Only economic gains can be taken out of a budget. */
export const canBeCashable = (type: BenefitType) => type === 'ECONOMIC_KR' || type === 'ECONOMIC_FTE';

export function emptyBenefitForm(): BenefitFormValues {
  return {
    title: '',
    description: '',
    type: 'ECONOMIC_KR',
    cashable: false,
    responsibleUserId: null,
    accountableUserId: null,
    harvestingUnitId: null,
    baseline: '',
    target: '',
    unitOfMeasure: 'kr.',
    direction: 'DECREASE',
    startDate: '',
    dueDate: '',
    verificationKind: 'NONE',
    verificationTargetId: null,
    profile: [],
  };
}

type StoredBenefit = NonNullable<BenefitEditQuery['benefit']>;

export function formFromBenefit(b: StoredBenefit): BenefitFormValues {
  const target =
    b.verificationKind === 'USAGE_RETIRED'
      ? b.verificationUsageId
      : b.verificationKind === 'CONTRACT_ENDED'
        ? b.verificationContractId
        : b.verificationKind === 'COPY_REGISTER_REPLACED'
          ? b.verificationEdgeId
          : null;
  return {
    title: b.title,
    description: b.description,
    type: b.type,
    cashable: b.cashable,
    responsibleUserId: b.responsibleUserId ?? null,
    accountableUserId: b.accountableUserId ?? null,
    harvestingUnitId: b.harvestingUnitId ?? null,
    baseline: b.baseline ?? '',
    target: b.target ?? '',
    unitOfMeasure: b.unitOfMeasure,
    direction: b.direction,
    startDate: b.startDate ?? '',
    dueDate: b.dueDate ?? '',
    verificationKind: b.verificationKind,
    verificationTargetId: target ?? null,
    profile: b.profile.map((p) => newProfileRow(p.date, p.plannedValue)),
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (v: string) => ISO_DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
const isNumber = (v: number | string) => v !== '' && Number.isFinite(Number(v));
const LIMIT = 1e12;

/**
 * The form's own checks, before anything is sent (the API checks again and its field errors show
 * on the same fields). Returns translation keys.
 */
export function validateBenefitForm(v: BenefitFormValues): BenefitFormErrors {
  const errors: BenefitFormErrors = {};
  if (!v.title.trim()) errors.title = 'titleRequired';
  else if (v.title.trim().length > 300) errors.title = 'titleTooLong';
  if (!v.unitOfMeasure.trim()) errors.unitOfMeasure = 'unitRequired';
  for (const field of ['baseline', 'target'] as const) {
    const value = v[field];
    if (value !== '' && (!isNumber(value) || Math.abs(Number(value)) > LIMIT)) errors[field] = 'number';
  }
  // A target on the wrong side of the baseline contradicts the direction (a saving must fall).
  if (!errors.baseline && !errors.target && isNumber(v.baseline) && isNumber(v.target)) {
    const baseline = Number(v.baseline);
    const target = Number(v.target);
    if (v.direction === 'DECREASE' && target >= baseline) errors.target = 'targetMustBeBelow';
    if (v.direction === 'INCREASE' && target <= baseline) errors.target = 'targetMustBeAbove';
  }
  if (v.startDate && !isDate(v.startDate)) errors.startDate = 'dateInvalid';
  if (v.dueDate && !isDate(v.dueDate)) errors.dueDate = 'dateInvalid';
  if (!errors.startDate && !errors.dueDate && v.startDate && v.dueDate && v.startDate > v.dueDate) {
    errors.dueDate = 'dateOrder';
  }
  if (v.verificationKind !== 'NONE' && !v.verificationTargetId) {
    errors.verificationTargetId = `target.${v.verificationKind}`;
  }
  const seen = new Set<string>();
  v.profile.forEach((row, i) => {
    if (!isDate(row.date)) errors[`profile.${i}.date`] = 'dateInvalid';
    else if (seen.has(row.date)) errors[`profile.${i}.date`] = 'duplicateDate';
    seen.add(row.date);
    if (!isNumber(row.plannedValue)) errors[`profile.${i}.plannedValue`] = 'plannedRequired';
    else if (Math.abs(Number(row.plannedValue)) > LIMIT) errors[`profile.${i}.plannedValue`] = 'number';
  });
  if (v.profile.length > 120) errors.profile = 'profileTooLong';
  return errors;
}

const numberOrNull = (v: number | string) => (v === '' ? null : Number(v));

/** The API's create/update fields; the whole profile is sent, replacing the stored one. */
export function toBenefitFields(v: BenefitFormValues): Omit<BenefitCreateInput, 'projectId'> {
  return {
    title: v.title.trim(),
    description: v.description,
    type: v.type,
    cashable: canBeCashable(v.type) && v.cashable,
    responsibleUserId: v.responsibleUserId,
    accountableUserId: v.accountableUserId,
    harvestingUnitId: v.harvestingUnitId,
    baseline: numberOrNull(v.baseline),
    target: numberOrNull(v.target),
    unitOfMeasure: v.unitOfMeasure.trim(),
    direction: v.direction,
    startDate: v.startDate || null,
    dueDate: v.dueDate || null,
    verificationKind: v.verificationKind,
    verificationUsageId: v.verificationKind === 'USAGE_RETIRED' ? v.verificationTargetId : null,
    verificationContractId: v.verificationKind === 'CONTRACT_ENDED' ? v.verificationTargetId : null,
    verificationEdgeId: v.verificationKind === 'COPY_REGISTER_REPLACED' ? v.verificationTargetId : null,
    profile: [...v.profile]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((p) => ({ date: p.date, plannedValue: Number(p.plannedValue) })),
  };
}
