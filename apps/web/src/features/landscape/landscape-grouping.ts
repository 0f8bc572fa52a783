import type { LandscapeEdge, LandscapeNode } from './landscape-model';

/** What the graph can be collapsed by: a unit's systems, a register family, or a component and what runs on it. */
export type GroupBy = 'none' | 'unit' | 'registerFamily' | 'infrastructure';
export const GROUP_BYS: readonly GroupBy[] = ['none', 'unit', 'registerFamily', 'infrastructure'];

/** Meta-node ids start with this, so a tap on one can expand it. */
export const GROUP_PREFIX = 'group:';

export interface NodeGroup {
  key: string;
  label: string;
  memberIds: string[];
}

/** The groups for a grouping; nodes outside every group stay as they are. */
export function groupsOf(
  nodes: readonly LandscapeNode[],
  edges: readonly LandscapeEdge[],
  by: GroupBy,
): NodeGroup[] {
  const groups = new Map<string, NodeGroup>();
  const add = (key: string, label: string, id: string) => {
    const group = groups.get(key) ?? { key, label, memberIds: [] };
    group.memberIds.push(id);
    groups.set(key, group);
  };
  if (by === 'unit') {
    for (const n of nodes) if (n.kind === 'USAGE') add(n.unitId ?? 'none', n.unitName ?? '–', n.id);
  } else if (by === 'registerFamily') {
    for (const n of nodes)
      if (n.kind === 'DATA_SOURCE' && n.registerFamily) add(n.registerFamily, n.registerFamily, n.id);
  } else if (by === 'infrastructure') {
    // A usage on several components joins the first by name, so every node is in one group only.
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const hostOf = new Map<string, LandscapeNode>();
    for (const e of edges) {
      const host = byId.get(e.to);
      if (e.kind !== 'INFRASTRUCTURE' || host?.kind !== 'INFRASTRUCTURE') continue;
      const current = hostOf.get(e.from);
      if (!current || host.name.localeCompare(current.name, 'da') < 0) hostOf.set(e.from, host);
    }
    for (const n of nodes) if (n.kind === 'INFRASTRUCTURE') add(n.id, n.name, n.id);
    for (const [usageId, host] of hostOf) add(host.id, host.name, usageId);
  }
  // A group of one is no simplification.
  return [...groups.values()].filter((g) => g.memberIds.length > 1);
}

export interface CollapsedGraph {
  nodes: LandscapeNode[];
  edges: LandscapeEdge[];
  /** Meta-node id → members, for positions and the side panel. */
  members: Map<string, string[]>;
}

/**
 * Replaces each collapsed group by one meta-node; edges are redirected to it, merged when they
 * become parallel and dropped when they fall inside a group. Expanding restores the originals.
 */
export function collapseGraph(
  nodes: readonly LandscapeNode[],
  edges: readonly LandscapeEdge[],
  groups: readonly NodeGroup[],
  collapsed: ReadonlySet<string>,
): CollapsedGraph {
  const members = new Map<string, string[]>();
  if (!collapsed.size) return { nodes: [...nodes], edges: [...edges], members };
  const replacement = new Map<string, string>();
  const metaNodes: LandscapeNode[] = [];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const group of groups) {
    if (!collapsed.has(group.key)) continue;
    const id = `${GROUP_PREFIX}${group.key}`;
    members.set(id, group.memberIds);
    for (const member of group.memberIds) replacement.set(member, id);
    const first = byId.get(group.memberIds[0])!;
    metaNodes.push({
      ...first,
      id,
      name: `${group.label} (${group.memberIds.length})`,
      hasLifecycleConflict: group.memberIds.some((m) => byId.get(m)?.hasLifecycleConflict),
    });
  }
  const seen = new Set<string>();
  const kept: LandscapeEdge[] = [];
  for (const e of edges) {
    const from = replacement.get(e.from) ?? e.from;
    const to = replacement.get(e.to) ?? e.to;
    if (from === to) continue;
    const key = `${e.kind}|${from}|${to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(from === e.from && to === e.to ? e : { ...e, id: key, from, to });
  }
  return { nodes: [...nodes.filter((n) => !replacement.has(n.id)), ...metaNodes], edges: kept, members };
}

/** Positions for meta-nodes: the centre of their members, so collapsing keeps the picture in place. */
export function withGroupPositions(
  positions: Record<string, { x: number; y: number }>,
  members: ReadonlyMap<string, string[]>,
): Record<string, { x: number; y: number }> {
  if (!members.size) return positions;
  const result = { ...positions };
  for (const [id, ids] of members) {
    const points = ids.map((m) => positions[m]).filter(Boolean);
    if (!points.length) continue;
    result[id] = {
      x: points.reduce((sum, p) => sum + p.x, 0) / points.length,
      y: points.reduce((sum, p) => sum + p.y, 0) / points.length,
    };
  }
  return result;
}

/** Meta-nodes sit in the box of their first member, so a collapsed group stays in its layer. */
export function withGroupParents(
  parentOf: Record<string, string>,
  members: ReadonlyMap<string, string[]>,
): Record<string, string> {
  if (!members.size) return parentOf;
  const result = { ...parentOf };
  for (const [id, ids] of members) {
    const parent = parentOf[ids[0]];
    if (parent) result[id] = parent;
  }
  return result;
}
