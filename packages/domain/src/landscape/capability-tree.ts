/**
 * The organisation's capability taxonomy: a tree (seeded from KITOS's business types) that
 * administrators extend, rename, move and archive. Usages link to its nodes instead of free-text tags,
 * so "SMS" and "sms-løsning" can no longer hide an overlap.
 */

export interface CapabilityNode {
  id: string;
  parentId: string | null;
  name: string;
  archived: boolean;
}

export type CapabilityPlacementProblem = 'UNKNOWN_PARENT' | 'ARCHIVED_PARENT' | 'CYCLE';

/**
 * Why `id` may not sit under `parentId` (null: it may). A node cannot move under itself or any of its
 * descendants, and new children go under active nodes only. `id` is null for a node not yet created.
 */
export function capabilityPlacementProblem(
  nodes: readonly CapabilityNode[],
  id: string | null,
  parentId: string | null,
): CapabilityPlacementProblem | null {
  if (parentId === null) return null;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parent = byId.get(parentId);
  if (!parent) return 'UNKNOWN_PARENT';
  if (parent.archived) return 'ARCHIVED_PARENT';
  // Walk up from the new parent: meeting the moved node means it would become its own ancestor.
  const seen = new Set<string>();
  for (
    let at: CapabilityNode | undefined = parent;
    at && !seen.has(at.id);
    at = byId.get(at.parentId ?? '')
  ) {
    if (at.id === id) return 'CYCLE';
    seen.add(at.id);
  }
  return null;
}

/** A node can be archived only when none of its children is still active, so no active node hangs under an archived one. */
export function canArchiveCapability(nodes: readonly CapabilityNode[], id: string): boolean {
  return !nodes.some((n) => n.parentId === id && !n.archived);
}

/** The names from the root down to the node ("Kommunikation › SMS"); a broken chain stops where it breaks. */
export function capabilityPath(nodes: readonly CapabilityNode[], id: string): string[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const path: string[] = [];
  const seen = new Set<string>();
  for (let at = byId.get(id); at && !seen.has(at.id); at = byId.get(at.parentId ?? '')) {
    seen.add(at.id);
    path.unshift(at.name);
  }
  return path;
}
