import type { ElementDefinition } from 'cytoscape';
import type { LandscapeEdge, LandscapeNode } from '../landscape-model';
import type { MapBox, MapLayout } from '../layout/map-layout';

/** A layer's or group's label data. A name too long for its box gets a smaller font (about 0.6 em a letter) before it is cut. */
export const boxData = (box: MapBox, name: string) => {
  const fontSize = Math.max(12, Math.min(box.fontSize, box.labelWidth / (0.6 * Math.max(1, name.length))));
  return {
    label: name,
    box: true,
    layer: !box.parent,
    width: box.width,
    height: box.height - box.labelRoom,
    fontSize,
    labelWidth: box.labelWidth,
  };
};

/** The map's elements: the layer and group boxes, the nodes at their laid-out positions, the edges. */
export function canvasElements(
  nodes: readonly LandscapeNode[],
  edges: readonly LandscapeEdge[],
  layout: MapLayout,
  colourOf: (node: LandscapeNode) => string,
  boxLabel: (box: MapBox) => string,
): ElementDefinition[] {
  const boxElements: ElementDefinition[] = layout.boxes.map((box) => ({
    group: 'nodes' as const,
    data: { id: box.id, ...boxData(box, boxLabel(box)) },
    // Drawn below the room the layout left for its label; the label sits above it.
    position: { x: box.x + box.width / 2, y: box.y + (box.labelRoom + box.height) / 2 },
    selectable: false,
    grabbable: false,
  }));
  const nodeElements: ElementDefinition[] = nodes.map((n) => ({
    group: 'nodes' as const,
    data: {
      id: n.id,
      label: n.name,
      kind: n.kind,
      colour: colourOf(n),
      conflict: n.hasLifecycleConflict,
      group: n.id.startsWith('group:'),
    },
    position: layout.positions[n.id] ?? { x: 0, y: 0 },
  }));
  const edgeElements: ElementDefinition[] = edges
    .filter((e) => layout.positions[e.from] && layout.positions[e.to])
    .map((e) => ({
      group: 'edges' as const,
      data: { id: e.id, source: e.from, target: e.to, kind: e.kind },
    }));
  return [...boxElements, ...nodeElements, ...edgeElements];
}
