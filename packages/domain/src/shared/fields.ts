import { z } from 'zod';

/** Field schemas the area schemas share, so a date or an amount means the same on every form. */
export const ruleFields = {
  name: z.string().trim().min(1).max(200),
  text: z.string().max(20_000),
  /** A calendar day as `YYYY-MM-DD` (ADR 0008). */
  isoDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Decimal(14, 2) holds up to 10^12; larger values would fail in the database instead of here. */
  money: z.number().min(0).max(1e12),
  signedAmount: z.number().min(-1e12).max(1e12),
};
