import type { LandscapeGroup, LandscapeLayer, LandscapeLayerKey } from '@overblik/domain';
import type { ElkNode } from 'elkjs/lib/elk-api.js';

/**
 * The landscape map's geometry. The layers and groups come from the domain (landscapeLayers); ELK
 * packs them: the layers stacked top to bottom (layered), the groups of a layer side by side
 * (rectpacking), a group's nodes in a grid of equal cells (box). Every node owns its cell, and a
 * label never grows beyond it, so labels cannot overlap. Boxes leave room at their top for their
 * own label.
 */
export interface Point {
  x: number;
  y: number;
}

/** A layer, or a group inside one: a box drawn behind its nodes (not a Cytoscape compound node,
 * whose bookkeeping doubled the time to the first frame on large maps). */
export interface MapBox {
  id: string;
  parent: string | null;
  /** Top-left corner and size, including the room for the label at the top. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label's room at the top: the box is drawn below it, the label above the drawn box. */
  labelRoom: number;
  layer: LandscapeLayerKey;
  /** Null for a layer box. */
  group: LandscapeGroup | null;
  /** The label's font size and the width it may take (graph units). */
  fontSize: number;
  labelWidth: number;
}

export interface MapLayout {
  /** Node centres. */
  positions: Record<string, Point>;
  /** Node → the box it is drawn in. */
  parentOf: Record<string, string>;
  /** Layers before the groups inside them. */
  boxes: MapBox[];
}

/** A node's cell: the shape on top, its label (ellipsised to the cell's width) below. */
export const CELL = { width: 124, height: 60, shapeCentreY: 17 };
const BOX_PADDING = 14;
const LAYER_FONT = 72;
const GROUP_GAP = 36;
const LAYER_GAP = 60;

/** Bigger groups get bigger names, readable while the whole map is in view. */
export const groupFont = (members: number) => Math.round(Math.min(64, 18 + 4 * Math.sqrt(members)));
// Room for a group's name: a unit's own name, else a typical translated name (the layout is shared by
// both languages); the canvas shrinks a name's font when it is still too long for its box.
const TYPICAL_NAME = 22;
const nameWidth = (group: LandscapeGroup) =>
  Math.round(0.6 * groupFont(group.memberIds.length) * Math.min(40, group.name?.length ?? TYPICAL_NAME));
const labelRoom = (fontSize: number) => Math.ceil(fontSize * 1.3);
const padding = (top: number) =>
  `[top=${top},left=${BOX_PADDING},bottom=${BOX_PADDING},right=${BOX_PADDING}]`;

const layerId = (key: LandscapeLayerKey) => `layer:${key}`;
const groupId = (group: LandscapeGroup) => `box:${group.key}`;

// The base registers are one group in a layer of their own: one box, not a box in a box.
const flat = (layer: LandscapeLayer) =>
  layer.groups.length === 1 && layer.groups[0].kind === 'BASE_REGISTERS';

const cells = (ids: readonly string[]): ElkNode[] =>
  ids.map((id) => ({ id, width: CELL.width, height: CELL.height }));

/** The ELK graph for the layers (what the worker lays out). */
export function mapGraph(layers: readonly LandscapeLayer[]): ElkNode {
  const groupBox = (group: LandscapeGroup): ElkNode => ({
    id: groupId(group),
    layoutOptions: {
      'elk.algorithm': 'box',
      'elk.aspectRatio': '1.6',
      'elk.spacing.nodeNode': '0',
      'elk.padding': padding(BOX_PADDING + labelRoom(groupFont(group.memberIds.length))),
      'elk.nodeSize.constraints': 'MINIMUM_SIZE',
      'elk.nodeSize.minimum': `(${nameWidth(group)}, 0)`,
    },
    children: cells(group.memberIds),
  });
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYER_GAP),
      'elk.padding': '[top=0,left=0,bottom=0,right=0]',
    },
    children: layers.map((layer) => ({
      id: layerId(layer.key),
      layoutOptions: {
        'elk.algorithm': flat(layer) ? 'box' : 'rectpacking',
        'elk.aspectRatio': flat(layer) ? '4' : '2.4',
        'elk.spacing.nodeNode': flat(layer) ? '0' : String(GROUP_GAP),
        'elk.padding': padding(BOX_PADDING + labelRoom(LAYER_FONT)),
      },
      children: flat(layer) ? cells(layer.groups[0].memberIds) : layer.groups.map(groupBox),
    })),
    // Only to stack the layers in reading order; the map draws the real edges.
    edges: layers.slice(1).map((layer, i) => ({
      id: `order:${i}`,
      sources: [layerId(layers[i].key)],
      targets: [layerId(layer.key)],
    })),
  };
}

/** Absolute centres and boxes from ELK's answer (ELK's coordinates are relative to the parent). */
export function readMapLayout(layers: readonly LandscapeLayer[], laidOut: ElkNode): MapLayout {
  const positions: Record<string, Point> = {};
  const parentOf: Record<string, string> = {};
  const boxes: MapBox[] = [];
  const byId = new Map((laidOut.children ?? []).map((c) => [c.id, c]));
  const place = (cellNodes: readonly ElkNode[] | undefined, parent: string, dx: number, dy: number) => {
    for (const cell of cellNodes ?? []) {
      positions[cell.id] = {
        x: dx + (cell.x ?? 0) + CELL.width / 2,
        y: dy + (cell.y ?? 0) + CELL.shapeCentreY,
      };
      parentOf[cell.id] = parent;
    }
  };
  for (const layer of layers) {
    const id = layerId(layer.key);
    const box = byId.get(id);
    if (!box) continue;
    const [lx, ly] = [box.x ?? 0, box.y ?? 0];
    boxes.push({
      id,
      parent: null,
      x: lx,
      y: ly,
      width: box.width ?? 0,
      height: box.height ?? 0,
      labelRoom: labelRoom(LAYER_FONT),
      layer: layer.key,
      group: null,
      fontSize: LAYER_FONT,
      labelWidth: box.width ?? 0,
    });
    if (flat(layer)) {
      place(box.children, id, lx, ly);
      continue;
    }
    const groupsById = new Map((box.children ?? []).map((c) => [c.id, c]));
    for (const group of layer.groups) {
      const child = groupsById.get(groupId(group));
      if (!child) continue;
      const fontSize = groupFont(group.memberIds.length);
      boxes.push({
        id: groupId(group),
        parent: id,
        x: lx + (child.x ?? 0),
        y: ly + (child.y ?? 0),
        width: child.width ?? 0,
        height: child.height ?? 0,
        labelRoom: labelRoom(fontSize),
        layer: layer.key,
        group,
        fontSize,
        labelWidth: child.width ?? 0,
      });
      place(child.children, groupId(group), lx + (child.x ?? 0), ly + (child.y ?? 0));
    }
  }
  return { positions, parentOf, boxes };
}
