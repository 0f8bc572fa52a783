import type { BusinessType, Lifecycle } from '@prisma/client';
import {
  DATA_SOURCES,
  INFRASTRUCTURE,
  INTERFACES,
  LOCAL_SOURCES,
  SUPPLIERS,
  SYSTEMS,
  dataSourceByKey,
  type SystemDef,
} from './demo-catalogue';
import type { MunicipalityIds, MunicipalityKey } from './demo-organisations';
import { INTERFACE_PAYLOADS, edgePayload } from './demo-payloads';
import { day, monthEnd } from './seed-dates';
import type { SeedContext } from './seed-writer';

/** Ids of the shared catalogue rows, by catalogue key. */
export interface CatalogueIds {
  suppliers: Map<string, string>;
  systems: Map<string, string>;
  interfaces: Map<string, string>;
  dataSources: Map<string, string>;
  infrastructure: Map<string, string>;
}

/** KITOS business types (Forretningstype) of the demo catalogue, by its categories. */
const BUSINESS_TYPE_BY_CATEGORY: Record<string, BusinessType> = {
  Dokumenthåndtering: 'CASE_AND_DOCUMENT_MANAGEMENT',
  Økonomi: 'FINANCE_AND_PAYMENT',
  Personale: 'PAYROLL_AND_HR',
  Ledelsesinformation: 'BUSINESS_INTELLIGENCE',
  Kommunikation: 'COMMUNICATION',
  Selvbetjening: 'SELF_SERVICE',
  'Kontor og infrastruktur': 'ADMINISTRATIVE',
  'Beskæftigelse og ydelser': 'CASE_HANDLING',
  Social: 'CASE_HANDLING',
  Sundhed: 'CASE_HANDLING',
  Skole: 'CASE_HANDLING',
  'Kultur og fritid': 'CASE_HANDLING',
  Dagtilbud: 'CASE_HANDLING',
  'Teknik og miljø': 'CASE_HANDLING',
};
const BUSINESS_TYPE_BY_KEY: Record<string, BusinessType> = {
  gis: 'GIS',
  plan: 'GIS',
  adgang: 'IDENTITY_AND_ACCESS',
};
/** Catalogue modules (KITOS "Overordnet IT System"): module key → main system key. */
const PARENT_BY_KEY: Record<string, string> = { dagkomm: 'dagtilbud' };

/** Writes suppliers, systems, interfaces, shared data sources and infrastructure (all SHARED). */
export function buildCatalogue(ctx: SeedContext, systems: readonly SystemDef[] = SYSTEMS): CatalogueIds {
  const ids: CatalogueIds = {
    suppliers: new Map(),
    systems: new Map(),
    interfaces: new Map(),
    dataSources: new Map(),
    infrastructure: new Map(),
  };
  for (const sup of SUPPLIERS) {
    ids.suppliers.set(sup.key, ctx.id());
    ctx.rows.supplier.push({ id: ids.suppliers.get(sup.key)!, name: sup.name, cvr: sup.cvr });
  }
  for (const sys of systems) {
    ids.systems.set(sys.key, ctx.id());
    ctx.rows.itSystem.push({
      id: ids.systems.get(sys.key)!,
      name: sys.name,
      category: sys.category,
      supplierId: ids.suppliers.get(sys.supplier) ?? null,
      description: `${sys.name} understøtter ${sys.caps.join(', ').toLowerCase()}.`,
      businessType: BUSINESS_TYPE_BY_KEY[sys.key] ?? BUSINESS_TYPE_BY_CATEGORY[sys.category] ?? null,
      // Rows are written in list order, so a parent must come before its modules.
      parentSystemId: ids.systems.get(PARENT_BY_KEY[sys.key] ?? '') ?? null,
    });
  }
  for (const itf of INTERFACES) {
    ids.interfaces.set(itf.key, ctx.id());
    ctx.rows.interface.push({
      id: ids.interfaces.get(itf.key)!,
      name: itf.name,
      providerSystemId: ids.systems.get(itf.provider) ?? null,
      protocol: itf.protocol,
      dataDescription: itf.data,
      ...INTERFACE_PAYLOADS[itf.key],
    });
  }
  // DATA_SOURCES lists base registers before their copies, so copyOfId always points backwards.
  for (const ds of DATA_SOURCES) {
    ids.dataSources.set(ds.key, ctx.id());
    ctx.rows.dataSource.push({
      id: ids.dataSources.get(ds.key)!,
      name: ds.name,
      description: ds.description,
      kind: ds.kind,
      registerFamily: ds.family,
      copyOfId: ds.copyOf ? ids.dataSources.get(ds.copyOf)! : null,
      supplierId: ds.supplier ? ids.suppliers.get(ds.supplier)! : null,
      defaultChannel: ds.channel,
      costModel: ds.costModel,
      lifecycle: ds.lifecycle ?? 'IN_USE',
      endsOn: ds.endsOn ? day(ds.endsOn) : null,
    });
  }
  for (const inf of INFRASTRUCTURE) {
    ids.infrastructure.set(inf.key, ctx.id());
    ctx.rows.infrastructureComponent.push({
      id: ids.infrastructure.get(inf.key)!,
      name: inf.name,
      description: inf.description,
      kind: inf.kind,
      lifecycle: inf.lifecycle ?? 'IN_USE',
      endsOn: inf.endsOn ? day(inf.endsOn) : null,
    });
  }
  return ids;
}

interface LifecyclePlan {
  lifecycle: Lifecycle;
  from?: string;
  until?: string;
}

/** Which catalogue systems each municipality does not run, and the usages not simply IN_USE. */
const PLANS: Record<MunicipalityKey, { exclude: string[]; lifecycles: Record<string, LifecyclePlan> }> = {
  norddal: {
    // prettier-ignore
    exclude: ['koe', 'misbrug', 'kirkegaard', 'forening', 'madservice', 'arbmiljo', 'integration', 'parkering', 'kvalitet', 'mdm', 'projekt', 'beredskab', 'kursus', 'traening', 'dagkomm', 'servicedesk', 'koersel', 'ppr', 'hjaelpem'],
    lifecycles: {
      'sms-c': { lifecycle: 'PHASING_OUT', until: '2027-06-30' },
      'lis-c': { lifecycle: 'PHASING_OUT', until: '2027-12-31' },
      pension: { lifecycle: 'RETIRED', until: '2024-06-30' },
      energi: { lifecycle: 'PLANNED', from: '2027-04-01' },
      arkiv: { lifecycle: 'PLANNED', from: '2027-09-01' },
    },
  },
  sovang: {
    // prettier-ignore
    exclude: ['lis-b', 'sms-b', 'tidsbestil', 'arkiv', 'indkob', 'hr', 'kursus', 'backup', 'mdm', 'servicedesk', 'projekt', 'pension', 'madservice', 'traening', 'plan', 'vej', 'beredskab', 'parkering', 'koersel', 'forening', 'ppr', 'integration', 'efaktura'],
    lifecycles: {
      'sms-c': { lifecycle: 'PHASING_OUT', until: '2027-03-31' },
      kirkegaard: { lifecycle: 'RETIRED', until: '2025-06-30' },
      energi: { lifecycle: 'PLANNED', from: '2027-06-01' },
    },
  },
};

const STANDARDS = [
  'Rammearkitekturens principper',
  'FESD',
  'OIO-standarder',
  "Åbne API'er (REST)",
  'WCAG 2.1 AA',
];

// Documented workflows and as-is/to-be for the systems the demo walks through.
const STORIES: Record<string, { asIs: string; toBe: string; workflows?: string }> = {
  esdh: {
    asIs: 'Fælles ESDH for hele kommunen. Fagsystemerne journaliserer delvist via leverandørspecifikke snitflader.',
    toBe: 'Journalisering via FESD-snitfladen og Sags- og dokumentindeks; fælles genudbud med samarbejdskommunen.',
    workflows:
      '## Modtagelse af post\n1. Digital Post modtages i fællespostkassen.\n2. Posten fordeles til sag via Fordelingskomponenten.\n3. Sagsbehandler journaliserer og besvarer.\n\n## Aktindsigt\n1. Anmodning registreres.\n2. Dokumenter udvælges og gennemgås.\n3. Afgørelse sendes via Digital Post.',
  },
  ydelse: {
    asIs: 'Lukket monopolsystem. Persondata købes via leverandørens CPR-kopi; integrationer går gennem leverandørens integrationslag.',
    toBe: 'Grunddata fra Serviceplatformen, posteringer via kommunens Posteringsservice, udfasning af kopiregistre.',
    workflows:
      '## Kontanthjælp – ansøgning til udbetaling\n1. Ansøgning modtages via selvbetjening.\n2. Sagsbehandler vurderer indkomst (eIndkomst) og formue.\n3. Bevilling registreres; udbetaling dannes og posteres i Økonomisystemet.',
  },
  byggesag: {
    asIs: 'Byggeansøgninger modtages både digitalt og på papir; BBR opdateres manuelt efter ibrugtagning.',
    toBe: 'Al ansøgning via Byg og Miljø-lignende selvbetjening; BBR opdateres automatisk fra sagen.',
    workflows:
      '## Byggetilladelse\n1. Ansøgning modtages digitalt.\n2. Partshøring og udtalelser indhentes.\n3. Tilladelse meddeles; BBR ajourføres ved færdigmelding.',
  },
  omsorg: {
    asIs: 'Omsorgssystemet bruger leverandørens persondatakopi og har sin egen ledelsesinformation (LIS C).',
    toBe: 'CPR via Serviceplatformen, mobil dokumentation og ét fælles ledelsesinformationssystem.',
    workflows:
      '## Visitation til hjemmehjælp\n1. Henvendelse registreres.\n2. Visitator vurderer behov efter kvalitetsstandard.\n3. Ydelser planlægges i vagtplanen; leverede besøg dokumenteres mobilt.',
  },
  'sms-c': {
    asIs: 'Separat SMS-løsning købt af Jobcentret til mødepåmindelser; dubleret funktionalitet med SMS-løsning A.',
    toBe: 'Udfases; påmindelser sendes via kommunens fælles SMS-løsning A.',
  },
  'lis-a': {
    asIs: 'Ledelsesinformation for økonomi og beskæftigelse; køber CPR-, CVR- og BBR-data gennem kopiregistre.',
    toBe: 'Kommunens ene ledelsesinformationssystem (FLIS-lignende) med data købt én gang.',
  },
};

const PURPOSES: Record<string, string> = {
  CPR: 'Opslag af navn, adresse og familierelationer',
  CVR: 'Virksomhedsoplysninger til sager og fakturaer',
  BBR: 'Bygnings- og boligoplysninger',
  DAR: 'Adressevalidering',
  MATRIKEL: 'Matrikel- og ejendomsoplysninger',
  EJF: 'Ejeroplysninger',
  VUR: 'Ejendomsværdier til skatteberegning',
  SKAT: 'Indkomstoplysninger til beregning af ydelser',
};

export interface UsageInfo {
  id: string;
  key: string;
  def: SystemDef;
  lifecycle: Lifecycle;
  ownerUserId: string | null;
  unitId: string;
}

export interface Landscape {
  usages: Map<string, UsageInfo>;
  /** UsageDataSource ids of copy-register edges with a planned switch, by usage key (for benefits). */
  copyEdges: { id: string; usageKey: string }[];
  localSources: Map<string, string>;
}

/** One municipality's usages with their data-source edges and infrastructure links. */
export function buildLandscape(ctx: SeedContext, m: MunicipalityIds, cat: CatalogueIds): Landscape {
  const { rows, rng } = ctx;
  const plan = PLANS[m.def.key];
  const scale = m.def.key === 'norddal' ? 1 : 0.8;
  const localSources = new Map<string, string>();
  for (const src of LOCAL_SOURCES) {
    localSources.set(src.key, ctx.id());
    rows.dataSource.push({
      id: localSources.get(src.key)!,
      name: `${src.name} – ${m.def.name.replace(' Kommune', '')}`,
      description: src.description,
      kind: 'INTERNAL',
      registerFamily: null,
      defaultChannel: 'DIRECT',
      visibility: 'LOCAL',
      ownerOrganisationId: m.orgId,
    });
  }

  const usages = new Map<string, UsageInfo>();
  const copyEdges: Landscape['copyEdges'] = [];
  const owners = [m.users.systemejer, m.colleagues[0], m.colleagues[2], m.colleagues[4], m.colleagues[6]];
  SYSTEMS.filter((sys) => !plan.exclude.includes(sys.key)).forEach((sys, index) => {
    const id = ctx.id();
    const life = plan.lifecycles[sys.key] ?? { lifecycle: 'IN_USE' };
    // Roughly 45 % of usages belong to the demo system owner; every 11th has no owner (a data gap).
    const ownerUserId = index % 11 === 7 ? null : index % 2 === 0 ? m.users.systemejer : rng.pick(owners);
    const custodian = rng.chance(0.75) ? rng.pick(m.colleagues) : null;
    const story = STORIES[sys.key];
    const usesCopy = sys.sources.some((k) => dataSourceByKey.get(k)?.kind === 'COPY_REGISTER');
    const supportKeys = ['org', 'klass', 'sdi', 'besked', 'ford'];
    rows.systemUsage.push({
      id,
      organisationId: m.orgId,
      systemId: cat.systems.get(sys.key)!,
      localName:
        sys.key === 'sms-a' ? 'Borger-SMS' : sys.key === 'lis-a' ? 'Økonomi- og beskæftigelses-LIS' : null,
      ownerUserId,
      custodianUserId: custodian,
      responsibleUnitId: m.units[sys.unit],
      lifecycle: life.lifecycle,
      inUseFrom: day(life.from ?? `${rng.int(2009, 2022)}-0${rng.int(1, 9)}-01`),
      inUseUntil: life.until ? day(life.until) : null,
      taskAreas: sys.kle,
      capabilities: sys.caps,
      hosting: sys.hosting,
      userCount: Math.max(3, Math.round(sys.users * scale * (0.85 + rng.next() * 0.3))),
      usesServicePlatform: sys.infra.includes('sp'),
      usesSupportSystems: sys.infra.some((k) => supportKeys.includes(k)),
      standardsMet: rng.sample(STANDARDS, sys.infra.includes('sp') ? rng.int(1, 3) : rng.int(0, 1)),
      architectureFitNote: usesCopy
        ? 'Køber grunddata gennem leverandørens kopiregister; bør skifte til Serviceplatformen/Datafordeleren.'
        : sys.infra.includes('oldint')
          ? 'Afhænger af leverandørens lukkede integrationsplatform, som udfases.'
          : '',
      asIs: story?.asIs ?? '',
      toBe: story?.toBe ?? '',
      workflows: story?.workflows ?? '',
    });
    usages.set(sys.key, {
      id,
      key: sys.key,
      def: sys,
      lifecycle: life.lifecycle,
      ownerUserId,
      unitId: m.units[sys.unit],
    });

    const sourceKeys = sys.sources.length ? sys.sources : ['hrdata'];
    for (const key of sourceKeys) {
      const edgeId = ctx.id();
      const def = dataSourceByKey.get(key);
      const sourceId = def ? cat.dataSources.get(key)! : localSources.get(key)!;
      const isCopy = def?.kind === 'COPY_REGISTER';
      const plannedSwitch = isCopy && rng.chance(0.5);
      rows.usageDataSource.push({
        id: edgeId,
        organisationId: m.orgId,
        usageId: id,
        dataSourceId: sourceId,
        purpose: (def?.family && PURPOSES[def.family]) || (def ? def.description : 'Interne stamdata'),
        access: !def && rng.chance(0.3) ? 'READ_WRITE' : 'READ',
        volume: isCopy
          ? `ca. ${rng.int(2, 60)}.000 opslag/md.`
          : def?.kind === 'BASE_REGISTER'
            ? `ca. ${rng.int(1, 40)}.000 opslag/md.`
            : 'Dagligt udtræk',
        // Copy registers are paid per system; base data is free on the platforms.
        yearlyCost: isCopy
          ? Math.max(40, Math.round(rng.int(40, 400) * scale)) * 1000
          : def?.kind === 'EXTERNAL'
            ? rng.int(0, 6) * 10_000
            : 0,
        channel: def?.channel ?? 'DIRECT',
        authoritative: !isCopy,
        plannedTargetSourceId: plannedSwitch ? cat.dataSources.get(def.copyOf!)! : null,
        plannedSwitchDate: plannedSwitch ? day(monthEnd(rng.int(6, 30))) : null,
        switchingCost: plannedSwitch ? rng.int(5, 25) * 10_000 : 0,
        ...edgePayload(def?.family ?? null, def ? null : key),
      });
      if (plannedSwitch) copyEdges.push({ id: edgeId, usageKey: sys.key });
    }
    for (const key of sys.infra) {
      rows.usageInfrastructure.push({
        id: ctx.id(),
        organisationId: m.orgId,
        usageId: id,
        componentId: cat.infrastructure.get(key)!,
      });
    }
  });
  return { usages, copyEdges, localSources };
}
