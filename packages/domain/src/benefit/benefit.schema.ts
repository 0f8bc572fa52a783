import { z } from 'zod';
import { BENEFIT_DIRECTIONS, BENEFIT_TYPES, VERIFICATION_KINDS } from '../shared/enums';
import { ruleFields } from '../shared/fields';
import { checkRules, rule, type RuleError } from '../shared/rule-errors';
import type { BenefitType } from './benefit';
import { BENEFIT_MAP_KINDS } from './map';

const { isoDate: date, signedAmount: amount } = ruleFields;

/** Only economic gains (kr. or FTE) can be taken out of a budget. */
export const canBeCashable = (type: BenefitType): boolean =>
  type === 'ECONOMIC_KR' || type === 'ECONOMIC_FTE';

/** Benefit fields as both sides accept them; every one optional, as an update sends only changes. */
export const benefitFields = z.object({
  title: z.string().trim().min(1).max(300).optional(),
  description: z.string().max(20_000).optional(),
  type: z.enum(BENEFIT_TYPES).optional(),
  cashable: z.boolean().optional(),
  responsibleUserId: z.uuid().nullish(),
  accountableUserId: z.uuid().nullish(),
  harvestingUnitId: z.uuid().nullish(),
  baseline: amount.nullish(),
  target: amount.nullish(),
  unitOfMeasure: z.string().trim().min(1).max(50).optional(),
  direction: z.enum(BENEFIT_DIRECTIONS).optional(),
  startDate: date.nullish(),
  dueDate: date.nullish(),
  verificationKind: z.enum(VERIFICATION_KINDS).optional(),
  verificationUsageId: z.uuid().nullish(),
  verificationContractId: z.uuid().nullish(),
  verificationEdgeId: z.uuid().nullish(),
  profile: z
    .array(z.object({ date, plannedValue: amount }))
    .max(120)
    .refine(
      (points) => new Set(points.map((p) => p.date)).size === points.length,
      rule('field.duplicateDate'),
    )
    .optional(),
});

export type BenefitFieldsInput = z.output<typeof benefitFields>;

/** A new benefit needs a title and a type on top. */
export const benefitCreate = benefitFields.extend({
  projectId: z.uuid().nullish(),
  title: z.string().trim().min(1).max(300),
  type: z.enum(BENEFIT_TYPES),
});

// Loose on purpose: the field schema reports a malformed value; these rules compare only values
// that parsed, so one bad field does not hide the others' cross-field errors.
const looseNumber = z.number().nullable().catch(null);
const looseText = z.string().nullable().catch(null);

/**
 * Rules across fields, checked on the whole benefit as it would be stored (the API merges an
 * update into the stored row first), so a partial update cannot break them.
 */
export const benefitConsistency = z
  .object({
    type: z.enum(BENEFIT_TYPES),
    cashable: z.boolean(),
    baseline: looseNumber,
    target: looseNumber,
    direction: z.enum(BENEFIT_DIRECTIONS),
    startDate: looseText,
    dueDate: looseText,
    verificationKind: z.enum(VERIFICATION_KINDS),
    verificationUsageId: looseText,
    verificationContractId: looseText,
    verificationEdgeId: looseText,
  })
  .refine((v) => !v.cashable || canBeCashable(v.type), rule('field.cashableNotEconomic', 'cashable'))
  // A target on the wrong side of the baseline contradicts the direction (a saving must fall).
  .refine(
    (v) => v.direction !== 'DECREASE' || v.baseline === null || v.target === null || v.target < v.baseline,
    rule('field.targetMustBeBelow', 'target'),
  )
  .refine(
    (v) => v.direction !== 'INCREASE' || v.baseline === null || v.target === null || v.target > v.baseline,
    rule('field.targetMustBeAbove', 'target'),
  )
  .refine((v) => !v.startDate || !v.dueDate || v.startDate <= v.dueDate, rule('field.dateOrder', 'dueDate'))
  .refine(
    (v) => v.verificationKind !== 'USAGE_RETIRED' || v.verificationUsageId,
    rule('field.required', 'verificationUsageId'),
  )
  .refine(
    (v) => v.verificationKind !== 'CONTRACT_ENDED' || v.verificationContractId,
    rule('field.required', 'verificationContractId'),
  )
  .refine(
    (v) => v.verificationKind !== 'COPY_REGISTER_REPLACED' || v.verificationEdgeId,
    rule('field.required', 'verificationEdgeId'),
  );

export type BenefitConsistencyInput = z.input<typeof benefitConsistency>;

/** The whole benefit as stored: fields the input leaves out take the database's defaults. */
export function benefitAsStored(fields: Partial<Record<keyof BenefitConsistencyInput, unknown>>) {
  return {
    type: fields.type ?? 'ECONOMIC_KR',
    cashable: fields.cashable ?? false,
    baseline: fields.baseline ?? null,
    target: fields.target ?? null,
    direction: fields.direction ?? 'INCREASE',
    startDate: fields.startDate ?? null,
    dueDate: fields.dueDate ?? null,
    verificationKind: fields.verificationKind ?? 'NONE',
    verificationUsageId: fields.verificationUsageId ?? null,
    verificationContractId: fields.verificationContractId ?? null,
    verificationEdgeId: fields.verificationEdgeId ?? null,
  };
}

/**
 * Every rule a new or edited benefit must keep, field by field and across fields, as message keys:
 * what the web form shows before sending and what the API refuses.
 */
export function benefitRuleErrors(input: Record<string, unknown>): RuleError[] {
  const own = checkRules(benefitCreate.omit({ projectId: true }), input).errors;
  const taken = new Set(own.map((e) => e.field));
  const across = checkRules(benefitConsistency, benefitAsStored(input)).errors;
  return [...own, ...across.filter((e) => !taken.has(e.field))];
}

export const measurementSchema = z.object({
  benefitId: z.string(),
  measuredOn: date,
  value: amount,
  comment: z.string().max(2_000).default(''),
});

/**
 * Every rule of a measurement recorded on `today` (the API's day, ADR 0011): its fields, and a day
 * that has come — a gain cannot be measured before it is harvested.
 */
export const measurementOn = (today: string) =>
  // On the field, so a missing value does not hide it (an object's own refinement waits for its fields).
  measurementSchema.extend({ measuredOn: date.refine((d) => d <= today, rule('field.notInFuture')) });

export const mapNodeSchema = z.object({
  projectId: z.string(),
  kind: z.enum(BENEFIT_MAP_KINDS),
  label: z.string().trim().min(1).max(300),
  benefitId: z.uuid().nullish(),
  targetId: z.uuid().nullish(),
});

export const mapNodeUpdateSchema = z.object({
  kind: z.enum(BENEFIT_MAP_KINDS).optional(),
  label: z.string().trim().min(1).max(300).optional(),
  benefitId: z.uuid().nullish(),
  targetId: z.uuid().nullish(),
});
