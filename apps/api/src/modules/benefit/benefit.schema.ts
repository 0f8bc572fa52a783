import { z } from 'zod';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
// Decimal(14, 2) holds up to 10^12; larger values would fail in the database instead of here.
const amount = z.number().min(-1e12).max(1e12);
const BENEFIT_TYPES = ['ECONOMIC_KR', 'ECONOMIC_FTE', 'QUALITATIVE', 'DISBENEFIT'] as const;
const VERIFICATION_KINDS = ['NONE', 'USAGE_RETIRED', 'CONTRACT_ENDED', 'COPY_REGISTER_REPLACED'] as const;

/** Benefit fields as the API accepts them; create requires a title and a type on top. */
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
  direction: z.enum(['INCREASE', 'DECREASE']).optional(),
  startDate: date.nullish(),
  dueDate: date.nullish(),
  verificationKind: z.enum(VERIFICATION_KINDS).optional(),
  verificationUsageId: z.uuid().nullish(),
  verificationContractId: z.uuid().nullish(),
  verificationEdgeId: z.uuid().nullish(),
  profile: z
    .array(z.object({ date, plannedValue: amount }))
    .max(120)
    .refine((points) => new Set(points.map((p) => p.date)).size === points.length, {
      params: { message: 'field.duplicateDate' },
    })
    .optional(),
});

export type BenefitFieldsInput = z.output<typeof benefitFields>;

export const benefitCreate = benefitFields.extend({
  projectId: z.uuid().nullish(),
  title: z.string().trim().min(1).max(300),
  type: z.enum(BENEFIT_TYPES),
});

/** Checks on the merged result (stored values plus the change), so a partial update cannot break them. */
export const benefitConsistency = z
  .object({
    startDate: date.nullable(),
    dueDate: date.nullable(),
    verificationKind: z.enum(VERIFICATION_KINDS),
    verificationUsageId: z.string().nullable(),
    verificationContractId: z.string().nullable(),
    verificationEdgeId: z.string().nullable(),
  })
  .refine((v) => !v.startDate || !v.dueDate || v.startDate <= v.dueDate, {
    path: ['dueDate'],
    params: { message: 'field.dateOrder' },
  })
  .refine((v) => v.verificationKind !== 'USAGE_RETIRED' || v.verificationUsageId, {
    path: ['verificationUsageId'],
    params: { message: 'field.required' },
  })
  .refine((v) => v.verificationKind !== 'CONTRACT_ENDED' || v.verificationContractId, {
    path: ['verificationContractId'],
    params: { message: 'field.required' },
  })
  .refine((v) => v.verificationKind !== 'COPY_REGISTER_REPLACED' || v.verificationEdgeId, {
    path: ['verificationEdgeId'],
    params: { message: 'field.required' },
  });

export const measurementSchema = z.object({
  benefitId: z.string(),
  measuredOn: date,
  value: amount,
  comment: z.string().max(2_000).default(''),
});

export const mapNodeSchema = z.object({
  projectId: z.string(),
  kind: z.enum(['DELIVERABLE', 'GOAL', 'BENEFIT', 'PURPOSE']),
  label: z.string().trim().min(1).max(300),
  benefitId: z.uuid().nullish(),
  targetId: z.uuid().nullish(),
});

export const mapNodeUpdateSchema = z.object({
  kind: z.enum(['DELIVERABLE', 'GOAL', 'BENEFIT', 'PURPOSE']).optional(),
  label: z.string().trim().min(1).max(300).optional(),
  benefitId: z.uuid().nullish(),
  targetId: z.uuid().nullish(),
});
