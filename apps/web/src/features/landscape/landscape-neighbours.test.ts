import type { LandscapeEdge } from './landscape-model';
import { cycleIndex, neighbourSteps, relationPhrase } from './landscape-neighbours';

const edge = (id: string, kind: string, from: string, to: string, extra: Partial<LandscapeEdge> = {}) =>
  ({
    id,
    kind,
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
    ...extra,
  }) as LandscapeEdge;

const names: Record<string, string> = {
  lon: 'Lønsystem',
  cpr: 'CPR',
  kopi: 'Personregister-kopi',
  ad: 'AD',
  esdh: 'ESDH',
  oko: 'Økonomisystem',
  bi: 'BI',
};
const nameOf = (id: string) => names[id] ?? id;

describe('neighbourSteps', () => {
  // Lønsystem reads CPR and the copy, runs on AD, sends to Økonomi; ESDH and BI send to it.
  const edges = [
    edge('e1', 'DATA', 'lon', 'kopi'),
    edge('e2', 'DATA', 'lon', 'cpr'),
    edge('e3', 'INFRASTRUCTURE', 'lon', 'ad'),
    edge('e4', 'INTEGRATION', 'lon', 'oko'),
    edge('e5', 'INTEGRATION', 'esdh', 'lon'),
    edge('e6', 'INTEGRATION', 'bi', 'lon'),
    edge('e7', 'COPY_OF', 'kopi', 'cpr'),
    edge('e8', 'INTEGRATION', 'lon', 'lon'),
  ];

  it('lists outgoing neighbours first, then incoming, each in Danish name order', () => {
    const steps = neighbourSteps('lon', edges, nameOf);
    // Danish order puts Ø after P; self-loop e8 and the unrelated e7 are left out.
    expect(steps.map((s) => [s.id, s.edge.id, s.outgoing])).toEqual([
      ['ad', 'e3', true],
      ['cpr', 'e2', true],
      ['kopi', 'e1', true],
      ['oko', 'e4', true],
      ['bi', 'e6', false],
      ['esdh', 'e5', false],
    ]);
  });

  it('sees a data source from the other end: its users come in, what it copies goes out', () => {
    expect(neighbourSteps('kopi', edges, nameOf).map((s) => [s.id, s.outgoing])).toEqual([
      ['cpr', true],
      ['lon', false],
    ]);
  });

  it('keeps both edges when two relations join the same pair, ordered by edge id', () => {
    const twice = [edge('b', 'INTEGRATION', 'x', 'y'), edge('a', 'DATA', 'x', 'y')];
    expect(neighbourSteps('x', twice, nameOf).map((s) => s.edge.id)).toEqual(['a', 'b']);
  });

  it('leaves out neighbours that are not visible, and answers nothing for an isolated node', () => {
    const visible = new Set(['lon', 'cpr', 'esdh']);
    expect(neighbourSteps('lon', edges, nameOf, (id) => visible.has(id)).map((s) => s.id)).toEqual([
      'cpr',
      'esdh',
    ]);
    expect(neighbourSteps('nobody', edges, nameOf)).toEqual([]);
  });
});

describe('cycleIndex', () => {
  it('starts at the first (forwards) or last (backwards) step', () => {
    expect(cycleIndex(-1, 3, 1)).toBe(0);
    expect(cycleIndex(-1, 3, -1)).toBe(2);
  });

  it('wraps round at both ends', () => {
    expect(cycleIndex(2, 3, 1)).toBe(0);
    expect(cycleIndex(0, 3, -1)).toBe(2);
    expect(cycleIndex(1, 3, 1)).toBe(2);
  });

  it('has nowhere to go without neighbours', () => {
    expect(cycleIndex(-1, 0, 1)).toBe(-1);
  });
});

describe('relationPhrase', () => {
  it('says how data is read, and through which channel', () => {
    expect(
      relationPhrase(edge('e', 'DATA', 'lon', 'cpr', { access: 'READ', channel: 'SERVICEPLATFORMEN' })),
    ).toEqual({
      key: 'DATA_READ',
      via: { kind: 'channel', channel: 'SERVICEPLATFORMEN' },
    });
    expect(relationPhrase(edge('e', 'DATA', 'lon', 'cpr', { access: 'READ_WRITE' }))).toEqual({
      key: 'DATA_READ_WRITE',
      via: null,
    });
  });

  it('names the interface of an integration and whether it runs both ways', () => {
    expect(
      relationPhrase(edge('e', 'INTEGRATION', 'a', 'b', { interfaceName: 'Posteringsservice' })),
    ).toEqual({ key: 'INTEGRATION', via: { kind: 'interface', name: 'Posteringsservice' } });
    expect(relationPhrase(edge('e', 'INTEGRATION', 'a', 'b', { direction: 'BIDIRECTIONAL' })).key).toBe(
      'INTEGRATION_BIDIRECTIONAL',
    );
  });

  it('uses the edge kind for infrastructure and copies', () => {
    expect(relationPhrase(edge('e', 'INFRASTRUCTURE', 'a', 'b'))).toEqual({
      key: 'INFRASTRUCTURE',
      via: null,
    });
    expect(relationPhrase(edge('e', 'COPY_OF', 'a', 'b'))).toEqual({ key: 'COPY_OF', via: null });
  });
});
