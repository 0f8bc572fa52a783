import { collapseGraph, groupsOf, withGroupPositions } from './landscape-grouping';
import { NO_FILTERS, visibleNodeIds, type LandscapeEdge, type LandscapeNode } from './landscape-model';
import { landscapeSvg } from './landscape-svg';

const node = (id: string, kind: string, extra: Partial<LandscapeNode> = {}): LandscapeNode => ({
  id,
  kind: kind as LandscapeNode['kind'],
  name: id,
  lifecycle: 'IN_USE',
  subKind: null,
  unitId: null,
  unitName: null,
  registerFamily: null,
  endsOn: null,
  yearlyCost: null,
  hasLifecycleConflict: false,
  taskAreas: [],
  contractStatus: null,
  ...extra,
});
const edge = (id: string, kind: string, from: string, to: string): LandscapeEdge => ({
  id,
  kind: kind as LandscapeEdge['kind'],
  from,
  to,
  direction: 'ONE_WAY',
  channel: null,
  access: null,
  interfaceName: null,
  yearlyCost: null,
  authoritative: null,
  dataTypes: null,
  registerFamilies: null,
});

describe('visibleNodeIds', () => {
  const nodes = [
    node('sag', 'USAGE', { unitId: 'u1', taskAreas: ['27 Sundhed'] }),
    node('lon', 'USAGE', { unitId: 'u2', lifecycle: 'PHASING_OUT' }),
    node('cpr', 'DATA_SOURCE', { subKind: 'BASE_REGISTER' }),
    node('kopi', 'DATA_SOURCE', { subKind: 'COPY_REGISTER' }),
    node('ad', 'INFRASTRUCTURE'),
  ];
  const edges = [
    edge('e1', 'DATA', 'sag', 'cpr'),
    edge('e2', 'DATA', 'lon', 'kopi'),
    edge('e3', 'INFRASTRUCTURE', 'lon', 'ad'),
    edge('e4', 'COPY_OF', 'kopi', 'cpr'),
  ];

  it('shows everything without filters', () => {
    expect(visibleNodeIds(nodes, edges, NO_FILTERS)).toBeNull();
  });

  it('keeps a unit’s systems and what they use', () => {
    expect([...visibleNodeIds(nodes, edges, { ...NO_FILTERS, unitIds: ['u2'] })!].sort()).toEqual([
      'ad',
      'kopi',
      'lon',
    ]);
  });

  it('filters by lifecycle', () => {
    expect([...visibleNodeIds(nodes, edges, { ...NO_FILTERS, lifecycles: ['IN_USE'] })!].sort()).toEqual([
      'cpr',
      'sag',
    ]);
  });

  it('keeps only the systems using a data source of the chosen kind', () => {
    expect(
      [...visibleNodeIds(nodes, edges, { ...NO_FILTERS, dataSourceKinds: ['COPY_REGISTER'] })!].sort(),
    ).toEqual(['kopi', 'lon']);
  });

  it('filters by task area', () => {
    expect([...visibleNodeIds(nodes, edges, { ...NO_FILTERS, taskAreas: ['27 Sundhed'] })!].sort()).toEqual([
      'cpr',
      'sag',
    ]);
  });
});

describe('collapsing', () => {
  const nodes = [
    node('a', 'USAGE', { unitId: 'u1', unitName: 'Børn' }),
    node('b', 'USAGE', { unitId: 'u1', unitName: 'Børn', hasLifecycleConflict: true }),
    node('c', 'USAGE', { unitId: 'u2', unitName: 'Løn' }),
    node('cpr', 'DATA_SOURCE', { registerFamily: 'CPR' }),
    node('cprkopi', 'DATA_SOURCE', { registerFamily: 'CPR' }),
    node('ad', 'INFRASTRUCTURE', { name: 'AD' }),
  ];
  const edges = [
    edge('e1', 'DATA', 'a', 'cpr'),
    edge('e2', 'DATA', 'b', 'cpr'),
    edge('e3', 'INTEGRATION', 'a', 'b'),
    edge('e4', 'DATA', 'c', 'cprkopi'),
    edge('e5', 'INFRASTRUCTURE', 'a', 'ad'),
    edge('e6', 'INFRASTRUCTURE', 'b', 'ad'),
  ];

  it('groups a unit’s systems, leaving groups of one alone', () => {
    expect(groupsOf(nodes, edges, 'unit').map((g) => [g.key, g.memberIds])).toEqual([['u1', ['a', 'b']]]);
    expect(groupsOf(nodes, edges, 'registerFamily')[0].memberIds).toEqual(['cpr', 'cprkopi']);
    expect(groupsOf(nodes, edges, 'infrastructure')[0].memberIds).toEqual(['ad', 'a', 'b']);
  });

  it('replaces a collapsed group by one node, merging its edges and dropping those inside it', () => {
    const groups = groupsOf(nodes, edges, 'unit');
    const graph = collapseGraph(nodes, edges, groups, new Set(['u1']));
    expect(graph.nodes.map((n) => n.id)).toEqual(['c', 'cpr', 'cprkopi', 'ad', 'group:u1']);
    const meta = graph.nodes.find((n) => n.id === 'group:u1')!;
    expect(meta.name).toBe('Børn (2)');
    expect(meta.hasLifecycleConflict).toBe(true);
    expect(graph.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['group:u1>cpr', 'c>cprkopi', 'group:u1>ad']);
    expect(
      withGroupPositions({ a: { x: 0, y: 0 }, b: { x: 100, y: 50 } }, graph.members)['group:u1'],
    ).toEqual({
      x: 50,
      y: 25,
    });
  });

  it('restores the original graph when expanded', () => {
    const graph = collapseGraph(nodes, edges, groupsOf(nodes, edges, 'unit'), new Set());
    expect(graph.nodes).toEqual(nodes);
    expect(graph.edges).toEqual(edges);
  });
});

describe('landscapeSvg', () => {
  it('draws nodes, edges and escaped names inside a fitting view box', () => {
    const svg = landscapeSvg(
      [
        { id: 'a', label: 'Løn & <Personale>', x: 0, y: 0, colour: '#2f9e44', kind: 'USAGE' },
        { id: 'b', label: 'CPR', x: 200, y: 100, colour: '#6741d9', kind: 'DATA_SOURCE' },
      ],
      [{ from: 'a', to: 'b', kind: 'DATA' }],
      'Landskab',
    );
    expect(svg).toContain('viewBox="-60 -60 320 220"');
    expect(svg).toContain('<line x1="0" y1="0" x2="200" y2="100"');
    expect(svg).toContain('<circle cx="0" cy="0" r="13" fill="#2f9e44"/>');
    expect(svg).toContain('<polygon points="200,83 217,100 200,117 183,100" fill="#6741d9"/>');
    expect(svg).toContain('Løn &amp; &lt;Personale&gt;');
  });
});
