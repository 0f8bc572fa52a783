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

/**
 * A catalogue system cannot be its own parent or a module of one of its own modules (KITOS
 * "Overordnet IT System"): the hierarchy would loop. A shared entry cannot hang below a local one,
 * which other organisations cannot see. `systems` hold the stored parents, as far as known.
 */
export function systemParentErrors(
  self: { id: string; visibility: 'LOCAL' | 'SHARED' },
  parent: { id: string; visibility: 'LOCAL' | 'SHARED' } | null,
  systems: readonly { id: string; parentSystemId: string | null }[],
): RuleError[] {
  if (!parent) return [];
  const parentOf = new Map(systems.map((s) => [s.id, s.parentSystemId]));
  if (chainFrom(parent.id, (id) => parentOf.get(id)).includes(self.id)) {
    return [{ field: 'parentSystemId', message: 'field.systemParentCycle' }];
  }
  if (self.visibility === 'SHARED' && parent.visibility === 'LOCAL') {
    return [{ field: 'parentSystemId', message: 'field.sharedSystemLocalParent' }];
  }
  return [];
}
