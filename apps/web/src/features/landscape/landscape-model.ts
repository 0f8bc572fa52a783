import type { LandscapeGraphView_EdgeFragment, LandscapeGraphView_NodeFragment } from '../../gql/graphql';

/** A node and an edge as the graph view's fragments read them (see LandscapeGraphView). */
export type LandscapeNode = LandscapeGraphView_NodeFragment;
export type LandscapeEdge = LandscapeGraphView_EdgeFragment;

export interface LandscapeFilters {
  unitIds: string[];
  lifecycles: string[];
  dataSourceKinds: string[];
  taskAreas: string[];
}

export const NO_FILTERS: LandscapeFilters = {
  unitIds: [],
  lifecycles: [],
  dataSourceKinds: [],
  taskAreas: [],
};

/**
 * A short fingerprint of what the map's layout reads (FNV-1a over ids, units, kinds and names): the
 * layout cache key. The `map2` prefix changes when the layout itself does.
 */
export function dataVersion(
  organisationId: string,
  nodes: readonly LandscapeNode[],
  edges: readonly LandscapeEdge[],
) {
  let hash = 0x811c9dc5;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
  };
  for (const n of nodes) feed(`${n.id}|${n.unitId}|${n.subKind}|${n.name}`);
  for (const e of edges) feed(e.id);
  return `map2:${organisationId}:${nodes.length}:${edges.length}:${(hash >>> 0).toString(36)}`;
}

/**
 * The ids that pass the filters. Unit, lifecycle and task-area filters apply to usages, the kind filter to data
 * sources; a data source or component stays while a visible usage still uses it.
 */
export function visibleNodeIds(
  nodes: readonly LandscapeNode[],
  edges: readonly LandscapeEdge[],
  filters: LandscapeFilters,
): Set<string> | null {
  const { unitIds, lifecycles, dataSourceKinds, taskAreas } = filters;
  if (!unitIds.length && !lifecycles.length && !dataSourceKinds.length && !taskAreas.length) return null;
  const visible = new Set<string>();
  for (const n of nodes) {
    if (n.kind !== 'USAGE') continue;
    if (unitIds.length && !unitIds.includes(n.unitId ?? 'none')) continue;
    if (lifecycles.length && !lifecycles.includes(n.lifecycle)) continue;
    if (taskAreas.length && !n.taskAreas.some((area) => taskAreas.includes(area))) continue;
    visible.add(n.id);
  }
  const kindOk = (n: LandscapeNode) =>
    !dataSourceKinds.length || (n.kind === 'DATA_SOURCE' && dataSourceKinds.includes(n.subKind ?? ''));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const e of edges) {
    if (e.kind !== 'DATA' && e.kind !== 'INFRASTRUCTURE') continue;
    const target = byId.get(e.to);
    if (visible.has(e.from) && target && kindOk(target)) visible.add(e.to);
  }
  // With a kind filter, only usages that use such a source remain.
  if (dataSourceKinds.length) {
    const users = new Set(edges.filter((e) => e.kind === 'DATA' && visible.has(e.to)).map((e) => e.from));
    for (const id of [...visible]) if (byId.get(id)?.kind === 'USAGE' && !users.has(id)) visible.delete(id);
  }
  return visible;
}
