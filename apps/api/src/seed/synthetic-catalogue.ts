import type { Channel, DataSourceKind } from '@prisma/client';
import { DATA_SOURCES, SYSTEMS, type SystemDef } from './demo-catalogue';
import { buildCatalogue, type CatalogueIds } from './demo-landscape';
import type { SeedContext } from './seed-writer';

/**
 * The shared catalogue of the synthetic profiles: the demo catalogue multiplied into ~1,500
 * systems (each kind with a market leader and many smaller products from ~120 suppliers) and 150
 * shared data sources (the demo's base registers plus many more supplier copy registers and
 * external sources). Every municipality of a profile draws its usages from it.
 */

export const CATALOGUE_SIZE = 1500;
export const SHARED_SOURCE_COUNT = 150;

const PREFIXES = [
  'Nova',
  'Flex',
  'Smart',
  'Opti',
  'Prima',
  'Uni',
  'Multi',
  'Kom',
  'Borger',
  'Sag',
  'Data',
  'Net',
  'Digi',
  'Pro',
  'Easy',
  'Sikker',
  'Klar',
  'Ny',
  'Fri',
  'Let',
];
const SUFFIXES = [
  'Sag',
  'Flow',
  'Base',
  'Point',
  'Hub',
  'Suite',
  'Line',
  'Plan',
  'Link',
  'Desk',
  'One',
  'Core',
  'Web',
  'Go',
  'Pro',
];
const SUPPLIER_HEADS = [
  'Nord',
  'Syd',
  'Øst',
  'Vest',
  'Dansk',
  'Kommune',
  'Fjord',
  'Skov',
  'Kyst',
  'Bro',
  'Tårn',
  'Sol',
];
const SUPPLIER_TAILS = ['data', 'soft', 'IT', 'systemer', 'tech', 'logik', 'net', 'partner'];
const EXTERNAL_TOPICS = [
  'Forsyningsdata',
  'Skoledata',
  'Trafikdata',
  'Vejrdata',
  'Boligdata',
  'Sundhedsdata',
  'Arbejdsmarkedsdata',
  'Miljødata',
  'Energidata',
  'Kulturdata',
  'Turismedata',
  'Erhvervsdata',
];
const EXTERNAL_OWNERS = ['styrelse', 'forsyning', 'region', 'statistikkontor', 'brancheforening', 'netværk'];

export interface SyntheticSystem {
  key: string;
  id: string;
  kind: SystemDef;
  supplierId: string | null;
  /** Variant 0 of each kind is the market leader most municipalities run. */
  leader: boolean;
}

export interface SharedSource {
  id: string;
  kind: DataSourceKind;
  family: string | null;
  channel: Channel;
  copyOfId: string | null;
  /** Demo catalogue key, so a system kind's usual sources can be found. */
  key: string;
}

export interface SyntheticCatalogue {
  ids: CatalogueIds;
  systems: SyntheticSystem[];
  sources: SharedSource[];
  sourceByKey: Map<string, SharedSource>;
  componentIds: string[];
}

export function buildSyntheticCatalogue(ctx: SeedContext): SyntheticCatalogue {
  const { rows, rng } = ctx;
  // The leaders are exactly the demo catalogue, so the demo's catalogue code writes them.
  const ids = buildCatalogue(ctx, SYSTEMS);
  const supplierIds = [...ids.suppliers.values()];
  for (let i = 0; supplierIds.length < 120; i++) {
    const id = ctx.id();
    const name = `${SUPPLIER_HEADS[i % SUPPLIER_HEADS.length]}${SUPPLIER_TAILS[Math.floor(i / SUPPLIER_HEADS.length) % SUPPLIER_TAILS.length]} ${i % 3 === 0 ? 'ApS' : 'A/S'}`;
    rows.supplier.push({ id, name, cvr: String(42_000_000 + i * 37) });
    supplierIds.push(id);
  }
  const systems: SyntheticSystem[] = SYSTEMS.map((kind) => ({
    key: kind.key,
    id: ids.systems.get(kind.key)!,
    kind,
    supplierId: ids.suppliers.get(kind.supplier)!,
    leader: true,
  }));
  for (let v = 1; systems.length < CATALOGUE_SIZE; v++) {
    for (let k = 0; k < SYSTEMS.length && systems.length < CATALOGUE_SIZE; k++) {
      const kind = SYSTEMS[k];
      // 13·v mod 300 never repeats for v < 23, so one kind's product names stay distinct.
      const combo = (k * 7 + v * 13) % (PREFIXES.length * SUFFIXES.length);
      const product = `${PREFIXES[combo % PREFIXES.length]}${SUFFIXES[Math.floor(combo / PREFIXES.length)]}`;
      const id = ctx.id();
      const supplierId = rng.pick(supplierIds);
      rows.itSystem.push({
        id,
        name: `${kind.name} – ${product} ${v}`,
        category: kind.category,
        supplierId,
        description: `${product}: ${kind.caps.join(', ').toLowerCase()}.`,
      });
      systems.push({ key: `${kind.key}#${v}`, id, kind, supplierId, leader: false });
    }
  }

  const sources: SharedSource[] = DATA_SOURCES.map((d) => ({
    id: ids.dataSources.get(d.key)!,
    kind: d.kind,
    family: d.family,
    channel: d.channel,
    copyOfId: d.copyOf ? ids.dataSources.get(d.copyOf)! : null,
    key: d.key,
  }));
  const bases = DATA_SOURCES.filter((d) => d.kind === 'BASE_REGISTER');
  for (let i = 0; sources.length < SHARED_SOURCE_COUNT; i++) {
    const id = ctx.id();
    if (i % 2 === 0) {
      // More supplier copy registers: each base register copied by several suppliers.
      const base = bases[(i / 2) % bases.length];
      const supplierId = supplierIds[(i * 7) % supplierIds.length];
      const copyOfId = ids.dataSources.get(base.key)!;
      rows.dataSource.push({
        id,
        name: `${base.family}-kopi ${i / 2 + 1} (leverandørdrevet)`,
        kind: 'COPY_REGISTER',
        registerFamily: base.family,
        copyOfId,
        supplierId,
        defaultChannel: 'FILE_TRANSFER',
        costModel: 'Årligt abonnement pr. system',
        description: `Kopi af ${base.name}.`,
      });
      sources.push({
        id,
        kind: 'COPY_REGISTER',
        family: base.family,
        channel: 'FILE_TRANSFER',
        copyOfId,
        key: `copy#${i}`,
      });
    } else {
      const topic = EXTERNAL_TOPICS[i % EXTERNAL_TOPICS.length];
      const owner = EXTERNAL_OWNERS[Math.floor(i / EXTERNAL_TOPICS.length) % EXTERNAL_OWNERS.length];
      rows.dataSource.push({
        id,
        name: `${topic} fra ${owner} ${Math.floor(i / 2) + 1}`,
        kind: 'EXTERNAL',
        registerFamily: null,
        defaultChannel: 'DIRECT',
        costModel: 'Aftale med dataejer',
        description: `${topic} leveret af en ekstern ${owner}.`,
      });
      sources.push({
        id,
        kind: 'EXTERNAL',
        family: null,
        channel: 'DIRECT',
        copyOfId: null,
        key: `ext#${i}`,
      });
    }
  }
  return {
    ids,
    systems,
    sources,
    sourceByKey: new Map(sources.map((s) => [s.key, s])),
    componentIds: [...ids.infrastructure.values()],
  };
}
