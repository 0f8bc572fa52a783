import { benefitRuleErrors, canBeCashable, type RuleError } from '@overblik/domain';
import { graphql } from '../../../gql';
import type {
  BenefitDirection,
  BenefitCreateInput,
  BenefitForm_BenefitFragment,
  BenefitType,
  VerificationKind,
} from '../../../gql/graphql';
import { ruleErrorsByField } from '../../../ui/useRuleMessage';

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

/** Broken rules keyed by the form's field (`profile.<i>.date`, `verificationTargetId`). */
export type BenefitFormErrors = Record<string, RuleError>;

let rowKey = 0;
export const newProfileRow = (date = '', plannedValue: number | string = ''): ProfileRow => ({
  key: `row-${++rowKey}`,
  date,
  plannedValue,
});

/** The unit a type is usually measured in; the form offers it when the type changes. */
export const defaultUnit = (type: BenefitType): string =>
  type === 'ECONOMIC_FTE' ? 'årsværk' : type === 'QUALITATIVE' ? 'point' : 'kr.';

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

/** Everything the create/edit form starts from for a stored benefit. */
export const BenefitForm_benefit = graphql(`
  fragment BenefitForm_benefit on Benefit {
    id
    version
    projectId
    title
    description
    type
    cashable
    responsibleUserId
    accountableUserId
    harvestingUnitId
    baseline
    target
    unitOfMeasure
    direction
    startDate
    dueDate
    verificationKind
    verificationUsageId
    verificationContractId
    verificationEdgeId
    profile {
      date
      plannedValue
    }
  }
`);

export function formFromBenefit(b: BenefitForm_BenefitFragment): BenefitFormValues {
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

// The three verification targets are one field on the form.
const FORM_FIELD: Record<string, string> = {
  verificationUsageId: 'verificationTargetId',
  verificationContractId: 'verificationTargetId',
  verificationEdgeId: 'verificationTargetId',
};

/**
 * The shared benefit rules (`@overblik/domain`) over the form's values, before anything is sent;
 * the API checks the same rules and its field errors show on the same fields. The profile is
 * checked in the order shown so errors land on the right row.
 */
export function validateBenefitForm(v: BenefitFormValues): BenefitFormErrors {
  const input = {
    ...fieldsOf(v),
    profile: v.profile.map((p) => ({ date: p.date, plannedValue: numberOrNull(p.plannedValue) })),
  };
  return ruleErrorsByField(benefitRuleErrors(input), FORM_FIELD);
}

/** The API's create/update fields; the whole profile is sent, sorted, replacing the stored one. */
export function toBenefitFields(v: BenefitFormValues): Omit<BenefitCreateInput, 'projectId'> {
  return {
    ...fieldsOf(v),
    profile: [...v.profile]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((p) => ({ date: p.date, plannedValue: Number(p.plannedValue) })),
  };
}

const numberOrNull = (v: number | string) => (v === '' ? null : Number(v));

function fieldsOf(v: BenefitFormValues) {
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
  };
}
