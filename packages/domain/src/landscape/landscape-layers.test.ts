import { landscapeLayers, type LayerNodeInput } from './landscape-layers';

const node = (id: string, overrides: Partial<LayerNodeInput> = {}): LayerNodeInput => ({
  id,
  kind: 'USAGE',
  name: id,
  subKind: null,
  unitId: null,
  unitName: null,
  ...overrides,
});
const source = (id: string, subKind: string) => node(id, { kind: 'DATA_SOURCE', subKind });
const component = (id: string, subKind: string) => node(id, { kind: 'INFRASTRUCTURE', subKind });
const usage = (id: string, unitId: string | null, unitName: string | null = unitId) =>
  node(id, { unitId, unitName });

describe('landscapeLayers', () => {
  it('orders the layers base registers → distribution → systems → infrastructure, whatever the input order', () => {
    const layers = landscapeLayers([
      component('Azure', 'HOSTING'),
      usage('Lønsystem', 'u1', 'Løn og personale'),
      source('Personregister-kopi', 'COPY_REGISTER'),
      component('Serviceplatformen', 'SERVICE_PLATFORM'),
      source('CPR', 'BASE_REGISTER'),
    ]);
    expect(layers.map((l) => l.key)).toEqual(['BASE_REGISTERS', 'DISTRIBUTION', 'SYSTEMS', 'INFRASTRUCTURE']);
    // Serviceplatformen is a component, yet it carries register data: it sits beside the copies.
    expect(layers[1].groups.map((g) => [g.kind, g.memberIds])).toEqual([
      ['COPY_REGISTERS', ['Personregister-kopi']],
      ['SERVICE_PLATFORM', ['Serviceplatformen']],
    ]);
    expect(layers[2].groups).toEqual([
      { key: 'unit:u1', kind: 'UNIT', name: 'Løn og personale', memberIds: ['Lønsystem'] },
    ]);
    expect(layers[3].groups).toEqual([
      { key: 'infrastructure:HOSTING', kind: 'COMPONENT_KIND', name: 'HOSTING', memberIds: ['Azure'] },
    ]);
  });

  it('groups systems by unit, units by Danish name, systems without a unit last', () => {
    const [systems] = landscapeLayers([
      usage('b', null),
      usage('c', 'u2', 'Ældre og sundhed'),
      usage('a', 'u1', 'Børn og unge'),
      usage('d', 'u3', 'Økonomi'),
      usage('e', 'u1', 'Børn og unge'),
    ]);
    // The Danish alphabet ends Æ, Ø, Å: Børn, Ældre, Økonomi.
    expect(systems.groups.map((g) => g.key)).toEqual(['unit:u1', 'unit:u2', 'unit:u3', 'unit:none']);
    expect(systems.groups[0].memberIds).toEqual(['a', 'e']);
    expect(systems.groups[3]).toEqual({ key: 'unit:none', kind: 'NO_UNIT', name: null, memberIds: ['b'] });
  });

  it('sorts members by Danish name, then id, and puts internal and external sources after the copies', () => {
    const layers = landscapeLayers([
      source('x2', 'EXTERNAL'),
      node('s2', { kind: 'DATA_SOURCE', subKind: 'INTERNAL', name: 'Åbent register' }),
      node('s1', { kind: 'DATA_SOURCE', subKind: 'INTERNAL', name: 'Økonomidata' }),
      node('s0', { kind: 'DATA_SOURCE', subKind: 'INTERNAL', name: 'Økonomidata' }),
      source('k1', 'COPY_REGISTER'),
    ]);
    expect(layers.map((l) => l.key)).toEqual(['DISTRIBUTION']);
    expect(layers[0].groups.map((g) => g.kind)).toEqual(['COPY_REGISTERS', 'OTHER_SOURCES']);
    // Ø before Å in Danish; equal names by id; "x2" (Latin x) before both.
    expect(layers[0].groups[1].memberIds).toEqual(['x2', 's0', 's1', 's2']);
  });

  it('puts every node in exactly one group and leaves empty layers out', () => {
    const nodes = [
      ...Array.from({ length: 30 }, (_, i) => usage(`u${i}`, `unit${i % 4}`)),
      ...Array.from({ length: 5 }, (_, i) => component(`c${i}`, i % 2 ? 'IDENTITY' : 'NETWORK')),
    ];
    const layers = landscapeLayers(nodes);
    expect(layers.map((l) => l.key)).toEqual(['SYSTEMS', 'INFRASTRUCTURE']);
    const placed = layers.flatMap((l) => l.groups.flatMap((g) => g.memberIds));
    expect(placed).toHaveLength(35);
    expect(new Set(placed).size).toBe(35);
    expect(layers[1].groups.map((g) => g.key)).toEqual(['infrastructure:IDENTITY', 'infrastructure:NETWORK']);
  });
});
