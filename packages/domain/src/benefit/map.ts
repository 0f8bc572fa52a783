/**
 * A project's benefit map reads left to right: deliverables → goals → benefits → purpose. Each
 * node may contribute to (point at) one node of a later kind, so a map can never loop back.
 */
export const BENEFIT_MAP_KINDS = ['DELIVERABLE', 'GOAL', 'BENEFIT', 'PURPOSE'] as const;
export type BenefitMapKind = (typeof BENEFIT_MAP_KINDS)[number];

/** Whether a node of `kind` may contribute to a node of `targetKind` (any later kind, skips allowed). */
export function canContributeTo(kind: BenefitMapKind, targetKind: BenefitMapKind): boolean {
  return BENEFIT_MAP_KINDS.indexOf(targetKind) > BENEFIT_MAP_KINDS.indexOf(kind);
}

/**
 * Why a node cannot take `kind` with its links: 'target' when it would point at a node that is not
 * later, 'contributors' when a node pointing at it would no longer be earlier. Null when it fits.
 */
export function mapNodePlacementProblem(
  kind: BenefitMapKind,
  targetKind: BenefitMapKind | null,
  contributorKinds: readonly BenefitMapKind[],
): 'target' | 'contributors' | null {
  if (targetKind !== null && !canContributeTo(kind, targetKind)) return 'target';
  if (contributorKinds.some((k) => !canContributeTo(k, kind))) return 'contributors';
  return null;
}
