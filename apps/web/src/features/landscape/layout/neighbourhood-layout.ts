import { elkInWorker } from './elk-worker';

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

/** Layered left-to-right positions for a neighbourhood (data flows left to right). */
export async function layoutNeighbourhood(
  nodes: readonly LayoutNode[],
  edges: readonly { id: string; from: string; to: string }[],
): Promise<Record<string, { x: number; y: number }>> {
  const result = await elkInWorker().layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '30',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
    },
    children: nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: edges.map((e) => ({ id: e.id, sources: [e.from], targets: [e.to] })),
  });
  return Object.fromEntries((result.children ?? []).map((c) => [c.id, { x: c.x ?? 0, y: c.y ?? 0 }]));
}
