/**
 * One node's neighbourhood for the interactive dependency graph: everything within N hops, over every
 * edge kind and in both directions, capped at a node budget so the drawing stays readable.
 */
import { nodeKindOf, type LandscapeEdgeView, type LandscapeIndex } from './landscape-index';
import type { LandscapeLifecycle, LandscapeNodeKind } from './landscape-graph.types';

export interface NeighbourhoodNode {
  id: string;
  kind: LandscapeNodeKind;
  name: string;
  lifecycle: LandscapeLifecycle;
  /** Data source kind or component kind; null for a usage. */
  subKind: string | null;
  /** Hops from the root (0 for the root). */
  hops: number;
}

export interface Neighbourhood {
  /** Breadth-first order, root first. */
  nodes: NeighbourhoodNode[];
  /** Every edge whose both ends are among `nodes`, each once. */
  edges: LandscapeEdgeView[];
  /** True when `maxNodes` left out a node that lies within `hops`. */
  truncated: boolean;
}

/**
 * Nodes and edges within `hops` of `rootId` in both directions, breadth-first so the nearest nodes win
 * when `maxNodes` (root included, at least 1) cuts the set. Throws on an unknown root.
 */
export function traverseNeighbourhood(
  index: LandscapeIndex,
  rootId: string,
  hops: number,
  maxNodes: number,
): Neighbourhood {
  const rootKind = nodeKindOf(index, rootId);
  if (!rootKind) throw new RangeError(`No node with id ${rootId} in the landscape`);
  const budget = Math.max(1, Math.floor(maxNodes));

  const hopsById = new Map<string, number>([[rootId, 0]]);
  const order: string[] = [rootId];
  let truncated = false;
  for (let head = 0; head < order.length; head++) {
    const id = order[head];
    const depth = hopsById.get(id)!;
    if (depth >= hops) continue;
    for (const { neighbourId } of index.links.get(id) ?? []) {
      if (hopsById.has(neighbourId) || !nodeKindOf(index, neighbourId)) continue;
      if (order.length >= budget) {
        truncated = true;
        break;
      }
      hopsById.set(neighbourId, depth + 1);
      order.push(neighbourId);
    }
  }

  // Edges are collected after the node set is fixed, so an edge between two included nodes is kept
  // even when neither was expanded through it (e.g. two neighbours integrated with each other).
  const edges = new Map<string, LandscapeEdgeView>();
  for (const id of order) {
    for (const { edge, neighbourId } of index.links.get(id) ?? []) {
      if (hopsById.has(neighbourId) && !edges.has(edge.id)) edges.set(edge.id, edge);
    }
  }

  return {
    nodes: order.map((id) => describeNode(index, id, hopsById.get(id)!)),
    edges: [...edges.values()],
    truncated,
  };
}

function describeNode(index: LandscapeIndex, id: string, hops: number): NeighbourhoodNode {
  const usage = index.usageById.get(id);
  if (usage) return { id, kind: 'USAGE', name: usage.name, lifecycle: usage.lifecycle, subKind: null, hops };
  const source = index.dataSourceById.get(id);
  if (source) {
    return {
      id,
      kind: 'DATA_SOURCE',
      name: source.name,
      lifecycle: source.lifecycle,
      subKind: source.kind,
      hops,
    };
  }
  const component = index.componentById.get(id)!;
  return {
    id,
    kind: 'INFRASTRUCTURE',
    name: component.name,
    lifecycle: component.lifecycle,
    subKind: component.kind,
    hops,
  };
}
