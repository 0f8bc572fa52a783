import { NO_FILTERS, visibleNodeIds, type LandscapeEdge, type LandscapeNode } from './landscape-model';

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
});

describe('visibleNodeIds', () => {
  const nodes = [
    node('sag', 'USAGE', { unitId: 'u1' }),
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
});
