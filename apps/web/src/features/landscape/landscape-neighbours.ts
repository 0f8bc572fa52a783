import type { LandscapeEdge } from './landscape-model';

/** One step of a keyboard tour along the edges: the neighbour reached and the edge that leads there. */
export interface NeighbourStep {
  /** The node the step lands on. */
  id: string;
  edge: LandscapeEdge;
  /** True when the edge leaves the node the tour started from (it uses, sends to, runs on, copies). */
  outgoing: boolean;
}

const collator = new Intl.Collator('da');

/**
 * The neighbours of a node in keyboard order: first what it points at (outgoing edges), then what
 * points at it (incoming), each by neighbour name and then edge id so the order is stable. A
 * neighbour linked by two edges appears twice (each relation is its own step); self-loops and
 * neighbours that are not visible are left out.
 */
export function neighbourSteps(
  nodeId: string,
  edges: readonly LandscapeEdge[],
  nameOf: (id: string) => string,
  isVisible: (id: string) => boolean = () => true,
): NeighbourStep[] {
  const steps: NeighbourStep[] = [];
  for (const edge of edges) {
    if (edge.from === edge.to) continue;
    if (edge.from === nodeId && isVisible(edge.to)) steps.push({ id: edge.to, edge, outgoing: true });
    else if (edge.to === nodeId && isVisible(edge.from)) steps.push({ id: edge.from, edge, outgoing: false });
  }
  return steps.sort(
    (a, b) =>
      Number(b.outgoing) - Number(a.outgoing) ||
      collator.compare(nameOf(a.id), nameOf(b.id)) ||
      (a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : 0),
  );
}

/** The step after (or before) `index` in a tour of `count` steps, wrapping round; -1 starts afresh. */
export function cycleIndex(index: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (index < 0) return step > 0 ? 0 : count - 1;
  return (index + step + count) % count;
}

/**
 * How to say an edge as a sentence, subject first (the edge's `from`): the i18n key under
 * `landscape.relation` and whether the channel or interface follows ("via Serviceplatformen").
 */
export function relationPhrase(edge: LandscapeEdge): {
  key: string;
  via: { kind: 'channel'; channel: string } | { kind: 'interface'; name: string } | null;
} {
  switch (edge.kind) {
    case 'DATA':
      return {
        key: `DATA_${edge.access ?? 'READ'}`,
        via: edge.channel ? { kind: 'channel', channel: edge.channel } : null,
      };
    case 'INTEGRATION':
      return {
        key: edge.direction === 'BIDIRECTIONAL' ? 'INTEGRATION_BIDIRECTIONAL' : 'INTEGRATION',
        via: edge.interfaceName ? { kind: 'interface', name: edge.interfaceName } : null,
      };
    default:
      return { key: edge.kind, via: null };
  }
}
