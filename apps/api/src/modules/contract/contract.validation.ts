import { z } from 'zod';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const text = (max: number) => z.string().max(max);
const dateOrder = { params: { message: 'field.dateOrder' } };

/** The full term model as zod sees it; cross-field rules report on the later field. */
export const contractFields = z
  .object({
    name: z.string().trim().min(1).max(200),
    reference: z.string().trim().max(100).nullish(),
    supplierId: z.uuid().nullish(),
    parentId: z.uuid().nullish(),
    successorId: z.uuid().nullish(),
    contractType: text(200).optional(),
    template: text(200).optional(),
    purchaseForm: z
      .enum(['EU_TENDER', 'MINI_TENDER', 'DIRECT_AWARD', 'FRAMEWORK_CALL_OFF', 'OTHER'])
      .optional(),
    criticality: z.enum(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']).optional(),
    startDate: date,
    endDate: date.nullish(),
    durationMonths: z.number().int().min(1).max(600).nullish(),
    ongoing: z.boolean().optional(),
    irrevocableUntil: date.nullish(),
    noticePeriodMonths: z.number().int().min(0).max(120).nullish(),
    noticeRule: z.enum(['RUNNING', 'END_OF_MONTH', 'END_OF_QUARTER', 'END_OF_YEAR']).optional(),
    terminatedOn: date.nullish(),
    retenderPlan: text(20_000).optional(),
    uptimePercent: z.number().min(0).max(100).nullish(),
    availability: text(5_000).optional(),
    changeHandling: text(5_000).optional(),
    documentationDuties: text(5_000).optional(),
    ownerUserId: z.uuid().nullish(),
    managerUserId: z.uuid().nullish(),
    invoiceRecipient: text(500).optional(),
    indexationPercent: z.number().min(-50).max(100).optional(),
    options: z
      .array(
        z.object({
          ordinal: z.number().int().min(1).max(50),
          months: z.number().int().min(1).max(240),
          exercisedOn: date.nullish(),
        }),
      )
      .max(50)
      .refine((list) => new Set(list.map((o) => o.ordinal)).size === list.length, {
        params: { message: 'field.invalid' },
      })
      .optional(),
    economyLines: z
      .array(
        z.object({
          unitId: z.uuid().nullish(),
          kind: z.enum(['ACQUISITION', 'YEARLY_OPERATION', 'OTHER']),
          amount: z.number().min(0).max(1e12),
          note: text(1_000).optional(),
        }),
      )
      .max(200)
      .optional(),
    coveredUsageIds: z.array(z.uuid()).max(500).optional(),
  })
  .refine((v) => !v.endDate || v.endDate >= v.startDate, { path: ['endDate'], ...dateOrder })
  .refine((v) => !v.irrevocableUntil || v.irrevocableUntil >= v.startDate, {
    path: ['irrevocableUntil'],
    ...dateOrder,
  })
  .refine((v) => !v.terminatedOn || v.terminatedOn >= v.startDate, { path: ['terminatedOn'], ...dateOrder });

export type ContractFieldsData = z.output<typeof contractFields>;
