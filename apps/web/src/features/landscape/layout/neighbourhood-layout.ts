import ELK from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

// One ELK instance whose work runs in its own Web Worker, so layout never blocks the page.
let elk: InstanceType<typeof ELK> | null = null;

/** Layered left-to-right positions for a neighbourhood (data flows left to right). */
export async function layoutNeighbourhood(
  nodes: readonly LayoutNode[],
  edges: readonly { id: string; from: string; to: string }[],
): Promise<Record<string, { x: number; y: number }>> {
  elk ??= new ELK({ workerUrl: elkWorkerUrl });
  const result = await elk.layout({
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
