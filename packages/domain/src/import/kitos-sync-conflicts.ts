import type { KitosKind } from './kitos-columns';
import type { PlanLine } from './import-plan.types';

/** The order a KITOS sync plans its kinds in: what later kinds name (units, people, systems) lands first. */
export const KITOS_SYNC_KINDS = [
  'UNIT_TEMPLATE',
  'USER_TEMPLATE',
  'USAGE_OVERVIEW',
  'CONTRACT_OVERVIEW',
  'INTERFACE_OVERVIEW',
] as const satisfies readonly KitosKind[];
export type KitosSyncKind = (typeof KITOS_SYNC_KINDS)[number];

const ID_FIELD: Record<KitosSyncKind, string> = {
  UNIT_TEMPLATE: 'unitId',
  USER_TEMPLATE: 'personId',
  USAGE_OVERVIEW: 'usageId',
  CONTRACT_OVERVIEW: 'contractId',
  INTERFACE_OVERVIEW: 'interfaceId',
};

/** The Overblik object an UPDATE line of the kind rewrites (null for lines that create or change nothing). */
export function updatedObjectId(kind: KitosSyncKind, line: PlanLine<unknown>): string | null {
  if (line.status !== 'UPDATE' || !line.action) return null;
  const id = (line.action as Record<string, unknown>)[ID_FIELD[kind]];
  return typeof id === 'string' ? id : null;
}

/**
 * Splits a sync's plan: an UPDATE of an object Overblik changed after the last sync finished is a
 * conflict (changed on both sides) and is held back for a person; everything else applies. Before
 * the first sync nothing is a conflict: there is no "since".
 */
export function holdConflicts<L extends PlanLine<unknown>>(
  kind: KitosSyncKind,
  lines: readonly L[],
  lastSyncedAt: Date | null,
  changedAt: ReadonlyMap<string, Date>,
): { apply: L[]; conflicts: { line: L; objectId: string; changedAt: Date }[] } {
  const apply: L[] = [];
  const conflicts: { line: L; objectId: string; changedAt: Date }[] = [];
  for (const line of lines) {
    const id = updatedObjectId(kind, line);
    const at = id ? changedAt.get(id) : undefined;
    if (id && at && lastSyncedAt && at > lastSyncedAt) conflicts.push({ line, objectId: id, changedAt: at });
    else apply.push(line);
  }
  return { apply, conflicts };
}
