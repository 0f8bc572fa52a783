import { z } from 'zod';
import { ruleFields } from '../shared/fields';
import { rule } from '../shared/rule-errors';

/**
 * One invoice, as both sides accept it (a hand-registered one and each row of a CSV import); a credit
 * note may be negative. The period ends on or after its start.
 */
export const invoiceFields = z
  .object({
    number: z.string().trim().min(1).max(100),
    invoiceDate: ruleFields.isoDate,
    periodStart: ruleFields.isoDate,
    periodEnd: ruleFields.isoDate,
    amount: ruleFields.signedAmount,
    note: z.string().max(2_000).optional(),
  })
  .refine((v) => v.periodEnd >= v.periodStart, rule('field.dateOrder', 'periodEnd'));

export type InvoiceFields = z.output<typeof invoiceFields>;
