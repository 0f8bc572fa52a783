import { landscapeLayers, type LayerNodeInput } from '@overblik/domain';
import ELK from 'elkjs/lib/elk.bundled.js';
import { CELL, mapGraph, readMapLayout } from './map-layout';

// The real ELK, in-process (the app runs the same algorithms in ELK's worker).
const elk = new ELK();

const node = (
  id: string,
  kind: LayerNodeInput['kind'],
  subKind: string | null,
  unitId: string | null = null,
) => ({
  id,
  kind,
  name: id,
  subKind,
  unitId,
  unitName: unitId,
});

const nodes: LayerNodeInput[] = [
  node('cpr', 'DATA_SOURCE', 'BASE_REGISTER'),
  node('cvr', 'DATA_SOURCE', 'BASE_REGISTER'),
  node('kopi', 'DATA_SOURCE', 'COPY_REGISTER'),
  node('sf', 'INFRASTRUCTURE', 'SERVICE_PLATFORM'),
  ...Array.from({ length: 12 }, (_, i) => node(`løn${i}`, 'USAGE', null, 'HR')),
  ...Array.from({ length: 5 }, (_, i) => node(`skole${i}`, 'USAGE', null, 'Skole')),
  node('azure', 'INFRASTRUCTURE', 'HOSTING'),
];

describe('the map layout', () => {
  it('stacks the layers top to bottom, each node in its own cell inside its box', async () => {
    const layers = landscapeLayers(nodes);
    const layout = readMapLayout(layers, await elk.layout(mapGraph(layers)));
    const { positions, parentOf, boxes } = layout;
    expect(Object.keys(positions)).toHaveLength(nodes.length);

    // Layers in reading order: every node of a layer above every node of the next one.
    const layerBoxes = boxes.filter((b) => !b.parent);
    expect(layerBoxes.map((b) => b.layer)).toEqual([
      'BASE_REGISTERS',
      'DISTRIBUTION',
      'SYSTEMS',
      'INFRASTRUCTURE',
    ]);
    for (let i = 1; i < layerBoxes.length; i++)
      expect(layerBoxes[i].y).toBeGreaterThanOrEqual(layerBoxes[i - 1].y + layerBoxes[i - 1].height);

    // The base registers sit straight in their layer; the systems in one box per unit.
    expect(parentOf.cpr).toBe('layer:BASE_REGISTERS');
    expect(parentOf.løn0).toBe('box:unit:HR');
    expect(parentOf.skole4).toBe('box:unit:Skole');
    expect(boxes.find((b) => b.id === 'box:unit:HR')?.parent).toBe('layer:SYSTEMS');

    // Each node's centre inside its box, below the box's label room.
    const boxById = new Map(boxes.map((b) => [b.id, b]));
    for (const [id, p] of Object.entries(positions)) {
      const box = boxById.get(parentOf[id])!;
      expect(p.x).toBeGreaterThan(box.x);
      expect(p.x).toBeLessThan(box.x + box.width);
      expect(p.y).toBeGreaterThan(box.y + box.labelRoom);
      expect(p.y).toBeLessThan(box.y + box.height);
    }

    // No two cells overlap, so no two labels (cut to the cell's width) can.
    const cells = Object.values(positions);
    for (let i = 0; i < cells.length; i++)
      for (let j = i + 1; j < cells.length; j++) {
        const apart =
          Math.abs(cells[i].x - cells[j].x) >= CELL.width || Math.abs(cells[i].y - cells[j].y) >= CELL.height;
        expect(apart).toBe(true);
      }
  });
});
