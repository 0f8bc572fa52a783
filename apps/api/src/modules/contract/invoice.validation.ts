import { z } from 'zod';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One invoice; a credit note may be negative. */
export const invoiceFields = z
  .object({
    number: z.string().trim().min(1).max(100),
    invoiceDate: date,
    periodStart: date,
    periodEnd: date,
    amount: z.number().min(-1e12).max(1e12),
    note: z.string().max(2_000).optional(),
  })
  .refine((v) => v.periodEnd >= v.periodStart, {
    path: ['periodEnd'],
    params: { message: 'field.dateOrder' },
  });

export type InvoiceFields = z.output<typeof invoiceFields>;
