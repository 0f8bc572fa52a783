import { z } from 'zod';

/**
 * Accepting an overlap, as both sides accept it: the capability, the systems it was accepted for
 * (an overlap has at least two), and the reason the history shows.
 */
export const overlapAcceptFields = z.object({
  capabilityId: z.uuid(),
  usageIds: z.array(z.uuid()).min(2).max(100),
  reason: z.string().trim().min(1).max(2_000),
});

/** Reopening an accepted overlap: a reason is welcome, not required. */
export const overlapReopenFields = z.object({
  reason: z.string().trim().max(2_000).nullish(),
});
