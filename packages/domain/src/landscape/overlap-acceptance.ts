/**
 * An overlap the organisation has looked at and accepted (e.g. two case systems kept on purpose) leaves
 * the open list. The acceptance holds for the systems it was given for: when another system takes on
 * the capability, or one drops it, the overlap is a new one and shows again.
 */
import type { CapabilityOverlap } from './overlap-analysis';

export interface OverlapAcceptanceRef {
  id: string;
  capability: string;
  usageIds: readonly string[];
}

/** Identifies an overlap by its capability and the set of usages in it (order does not matter). */
export function overlapKey(capability: string, usageIds: readonly string[]): string {
  return `${capability}\u0000${[...new Set(usageIds)].sort().join(',')}`;
}

/** Splits overlaps into open ones and accepted ones, each accepted overlap paired with its acceptance. */
export function splitAcceptedOverlaps<T extends OverlapAcceptanceRef>(
  overlaps: readonly CapabilityOverlap[],
  acceptances: readonly T[],
): { open: CapabilityOverlap[]; accepted: { overlap: CapabilityOverlap; acceptance: T }[] } {
  const byKey = new Map(acceptances.map((a) => [overlapKey(a.capability, a.usageIds), a]));
  const open: CapabilityOverlap[] = [];
  const accepted: { overlap: CapabilityOverlap; acceptance: T }[] = [];
  for (const overlap of overlaps) {
    const acceptance = byKey.get(
      overlapKey(
        overlap.capability,
        overlap.usages.map((u) => u.usageId),
      ),
    );
    if (acceptance) accepted.push({ overlap, acceptance });
    else open.push(overlap);
  }
  return { open, accepted };
}
