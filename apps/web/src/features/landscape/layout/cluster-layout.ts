/**
 * A cheap, deterministic layout for the whole landscape: nodes are grouped into clusters (a unit's
 * systems, the base registers, the copy registers, the infrastructure, …), each cluster is a compact
 * square grid, and the clusters are placed row by row. O(n log n); runs in a Web Worker so the page
 * never waits on it, and the same data always gives the same picture.
 */
export interface LayoutInput {
  id: string;
  /** Cluster key; nodes sharing it are drawn together. */
  group: string;
  /** Sort key within the cluster (e.g. the name). */
  label: string;
}

export interface ClusterBox {
  group: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LayoutResult {
  positions: Record<string, { x: number; y: number }>;
  clusters: ClusterBox[];
}

const SPACING = 70;
const CLUSTER_GAP = 160;

export function clusterLayout(nodes: readonly LayoutInput[]): LayoutResult {
  const groups = new Map<string, LayoutInput[]>();
  for (const node of nodes) {
    const list = groups.get(node.group);
    if (list) list.push(node);
    else groups.set(node.group, [node]);
  }
  // Biggest clusters first, so the rows fill evenly; ties by name for determinism.
  const ordered = [...groups].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const total = nodes.length;
  const rowWidth = Math.max(1, Math.ceil(Math.sqrt(total))) * SPACING * 1.6;

  const positions: LayoutResult['positions'] = {};
  const clusters: ClusterBox[] = [];
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const [group, members] of ordered) {
    members.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.id < b.id ? -1 : 1));
    const columns = Math.max(1, Math.ceil(Math.sqrt(members.length)));
    const rows = Math.ceil(members.length / columns);
    const width = columns * SPACING;
    const height = rows * SPACING;
    if (x > 0 && x + width > rowWidth) {
      x = 0;
      y += rowHeight + CLUSTER_GAP;
      rowHeight = 0;
    }
    members.forEach((node, i) => {
      positions[node.id] = { x: x + (i % columns) * SPACING, y: y + Math.floor(i / columns) * SPACING };
    });
    clusters.push({ group, x, y, width, height });
    x += width + CLUSTER_GAP;
    rowHeight = Math.max(rowHeight, height);
  }
  return { positions, clusters };
}
