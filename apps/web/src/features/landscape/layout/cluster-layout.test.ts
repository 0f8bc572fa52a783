import { clusterLayout } from './cluster-layout';

describe('clusterLayout', () => {
  const nodes = [
    { id: 'a', group: 'unit:1', label: 'Bravo' },
    { id: 'b', group: 'unit:1', label: 'Alfa' },
    { id: 'c', group: 'unit:1', label: 'Charlie' },
    { id: 'd', group: 'source:BASE_REGISTER', label: 'CPR' },
  ];

  it('places each cluster as a grid sorted by label, biggest cluster first', () => {
    const { positions, clusters } = clusterLayout(nodes);
    // Three members → a 2-column grid: Alfa (0,0), Bravo (70,0), Charlie (0,70).
    expect(positions.b).toEqual({ x: 0, y: 0 });
    expect(positions.a).toEqual({ x: 70, y: 0 });
    expect(positions.c).toEqual({ x: 0, y: 70 });
    expect(clusters.map((c) => c.group)).toEqual(['unit:1', 'source:BASE_REGISTER']);
    // Rows are 2·70·1.6 = 224 wide for 4 nodes; 140 + 160 gap overflows, so CPR starts the next
    // row, below the first cluster's height (140) and the gap (160).
    expect(positions.d).toEqual({ x: 0, y: 300 });
  });

  it('is deterministic whatever the input order', () => {
    expect(clusterLayout([...nodes].reverse()).positions).toEqual(clusterLayout(nodes).positions);
  });

  it('gives every node a position, none on top of another', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ id: `n${i}`, group: `g${i % 7}`, label: `N${i}` }));
    const { positions } = clusterLayout(many);
    const spots = new Set(Object.values(positions).map((p) => `${p.x},${p.y}`));
    expect(Object.keys(positions)).toHaveLength(500);
    expect(spots.size).toBe(500);
  });
});
