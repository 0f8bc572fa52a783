import type { RuleError } from './rule-errors';

/** Ids from `start` following `next` (start first), stopping at the end or at a repeat in bad data. */
export function chainFrom(start: string, next: (id: string) => string | null | undefined): string[] {
  const chain: string[] = [];
  for (let id: string | null | undefined = start; id && !chain.includes(id); id = next(id)) chain.push(id);
  return chain;
}

/**
 * A unit cannot sit below itself or one of its own sub-units: the organisation's unit tree would
 * loop. `units` are the organisation's units with their current parents.
 */
export function unitParentErrors(
  selfId: string,
  parentId: string | null | undefined,
  units: readonly { id: string; parentId: string | null }[],
): RuleError[] {
  if (!parentId) return [];
  const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
  return chainFrom(parentId, (id) => parentOf.get(id)).includes(selfId)
    ? [{ field: 'parentId', message: 'field.unitParentCycle' }]
    : [];
}
