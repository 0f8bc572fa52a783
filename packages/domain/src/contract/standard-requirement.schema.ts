import { z } from 'zod';

/** A requirement in the organisation's library for tenders, as both sides accept it (create and edit alike). */
export const standardRequirementFields = z.object({
  category: z.string().trim().min(1).max(100),
  title: z.string().trim().min(1).max(300),
  description: z.string().max(10_000).optional(),
  active: z.boolean().optional(),
});

/** Ticking a requirement off on a re-tender's checklist, with an optional note. */
export const requirementCheckFields = z.object({
  fulfilled: z.boolean(),
  note: z.string().max(5_000).optional(),
});
