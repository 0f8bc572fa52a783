import type { Lifecycle, Role } from '@prisma/client';
import { checkInvoice } from '@overblik/domain';
import { INTERFACES, LOCAL_SOURCES } from './demo-catalogue';
import { UNIT_TREE } from './demo-organisations';
import { addDays, day, monthEnd, monthEndFrom } from './seed-dates';
import type { SeedContext } from './seed-writer';
import { edgePayload, pl } from './demo-payloads';
import type { SharedSource, SyntheticCatalogue, SyntheticSystem } from './synthetic-catalogue';

/**
 * One synthetic municipality's organisation, landscape and contracts, at a requested size. The
 * shapes follow the demo (copy registers cost money, base data is free, contracts cover a few
 * usages each) but the volumes are what the benchmarks need; exact counts are honoured so tests
 * and benchmark reports can state them.
 */

export interface MunicipalitySpec {
  name: string;
  slug: string;
  code: string;
  usages: number;
  dataSourceEdges: number;
  integrations: number;
  infrastructureLinks: number;
  localSources: number;
  contracts: number;
  projects: number;
  benefits: number;
  measurements: number;
  people: number;
  colleagues: number;
}

/** The benchmark user holds every role a benchmark case may need. */
export const BENCH_ROLES: Role[] = [
  'ADMINISTRATOR',
  'EXECUTIVE_BOARD',
  'PORTFOLIO_STEERING_GROUP',
  'SYSTEM_OWNER',
  'CONTRACT_MANAGER',
];

export interface SyntheticUsage {
  id: string;
  system: SyntheticSystem;
  lifecycle: Lifecycle;
  unitId: string;
  ownerUserId: string | null;
}

export interface SyntheticMunicipality {
  orgId: string;
  benchUserId: string;
  colleagues: string[];
  units: Record<string, string>;
  usages: SyntheticUsage[];
}

const LIFECYCLES: Lifecycle[] = [...Array<Lifecycle>(17).fill('IN_USE'), 'PLANNED', 'PHASING_OUT', 'RETIRED'];
const FIRST = [
  'Anne',
  'Peter',
  'Mette',
  'Lars',
  'Susanne',
  'Jens',
  'Hanne',
  'Søren',
  'Lone',
  'Niels',
  'Pia',
  'Michael',
];
const LAST = [
  'Jensen',
  'Nielsen',
  'Hansen',
  'Pedersen',
  'Andersen',
  'Christensen',
  'Larsen',
  'Sørensen',
  'Rasmussen',
  'Poulsen',
];

export const personName = (i: number) =>
  `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`;

export function buildSyntheticOrganisation(
  ctx: SeedContext,
  spec: MunicipalitySpec,
  loginHash: string,
  lockedHash: string,
) {
  const { rows } = ctx;
  const orgId = ctx.id();
  rows.organisation.push({
    id: orgId,
    name: spec.name,
    slug: spec.slug,
    type: 'MUNICIPALITY',
    municipalityCode: spec.code,
  });
  const units: Record<string, string> = {};
  for (const u of UNIT_TREE) {
    units[u.key] = ctx.id();
    rows.unit.push({
      id: units[u.key],
      organisationId: orgId,
      parentId: u.parent ? units[u.parent] : null,
      name: u.name,
      code: u.code,
    });
  }
  const benchUserId = ctx.id();
  rows.user.push({
    id: benchUserId,
    email: `bench@${spec.slug}.dk`,
    name: `Bench-bruger ${spec.name}`,
    passwordHash: loginHash,
    locale: 'da',
  });
  rows.membership.push({ id: ctx.id(), userId: benchUserId, organisationId: orgId, roles: BENCH_ROLES });
  const colleagues = Array.from({ length: spec.colleagues }, (_, i) => {
    const id = ctx.id();
    rows.user.push({
      id,
      email: `kollega${i + 1}@${spec.slug}.dk`,
      name: personName(i),
      passwordHash: lockedHash,
      locale: 'da',
    });
    rows.membership.push({
      id: ctx.id(),
      userId: id,
      organisationId: orgId,
      roles: i % 2 ? ['PROJECT_LEAD'] : ['SYSTEM_OWNER'],
    });
    return id;
  });
  return { orgId, benchUserId, colleagues, units };
}

/** Usages, data-source edges and infrastructure links. */
export function buildSyntheticLandscape(
  ctx: SeedContext,
  spec: MunicipalitySpec,
  org: Omit<SyntheticMunicipality, 'usages'>,
  cat: SyntheticCatalogue,
): SyntheticMunicipality {
  const { rows, rng } = ctx;
  const local: SharedSource[] = Array.from({ length: spec.localSources }, (_, i) => {
    const id = ctx.id();
    const base = LOCAL_SOURCES[i % LOCAL_SOURCES.length];
    const name =
      i < LOCAL_SOURCES.length ? base.name : `${base.name} ${Math.floor(i / LOCAL_SOURCES.length) + 1}`;
    rows.dataSource.push({
      id,
      name,
      description: base.description,
      kind: 'INTERNAL',
      defaultChannel: 'DIRECT',
      visibility: 'LOCAL',
      ownerOrganisationId: org.orgId,
    });
    return { id, kind: 'INTERNAL', family: null, channel: 'DIRECT', copyOfId: null, key: base.key };
  });
  const localByKey = new Map(local.slice(0, LOCAL_SOURCES.length).map((s) => [s.key, s]));
  const pool = [...cat.sources, ...local];

  // Nearly every municipality runs the market leaders; the rest of its usages vary.
  const leaders = cat.systems.filter((s) => s.leader);
  const others = cat.systems.filter((s) => !s.leader);
  const chosen =
    spec.usages >= cat.systems.length ? cat.systems : pickUsages(rng, leaders, others, spec.usages);
  const owners = [org.benchUserId, ...org.colleagues.filter((_, i) => i % 2 === 0)];
  const usages: SyntheticUsage[] = chosen.map((system, i) => {
    const id = ctx.id();
    const lifecycle = rng.pick(LIFECYCLES);
    const ownerUserId = i % 13 === 5 ? null : owners[i % owners.length];
    const kind = system.kind;
    const unitId = org.units[kind.unit];
    rows.systemUsage.push({
      id,
      organisationId: org.orgId,
      systemId: system.id,
      ownerUserId,
      custodianUserId: rng.chance(0.6) ? rng.pick(org.colleagues) : null,
      responsibleUnitId: unitId,
      lifecycle,
      inUseFrom: day(`${rng.int(2008, 2024)}-0${rng.int(1, 9)}-01`),
      inUseUntil:
        lifecycle === 'RETIRED' || lifecycle === 'PHASING_OUT'
          ? day(monthEnd(lifecycle === 'RETIRED' ? -rng.int(1, 30) : rng.int(2, 24)))
          : null,
      taskAreas: kind.kle,
      capabilities: kind.caps,
      hosting: kind.hosting,
      userCount: rng.int(5, Math.max(10, kind.users)),
      usesServicePlatform: kind.infra.includes('sp'),
      usesSupportSystems: kind.infra.some((k) => ['org', 'klass', 'sdi', 'besked', 'ford'].includes(k)),
    });
    return { id, system, lifecycle, unitId, ownerUserId };
  });

  // Exactly spec.dataSourceEdges edges: the kind's usual sources first, then random distinct ones.
  const perUsage = Math.floor(spec.dataSourceEdges / usages.length);
  const extra = spec.dataSourceEdges % usages.length;
  usages.forEach((u, i) => {
    const want = perUsage + (i < extra ? 1 : 0);
    const picked = new Map<string, SharedSource>();
    for (const key of u.system.kind.sources) {
      const src = cat.sourceByKey.get(key) ?? localByKey.get(key);
      if (src && picked.size < want) picked.set(src.id, src);
    }
    while (picked.size < want) {
      const src = rng.pick(pool);
      picked.set(src.id, src);
    }
    for (const src of picked.values()) rows.usageDataSource.push(edgeRow(ctx, org.orgId, u.id, src));
  });

  // Infrastructure links spread evenly over the usages (at most one per usage at these volumes).
  const stride = Math.max(1, Math.floor(usages.length / Math.max(1, spec.infrastructureLinks)));
  for (let i = 0; i < spec.infrastructureLinks && i * stride < usages.length; i++) {
    const u = usages[i * stride];
    const key = u.system.kind.infra[0];
    const componentId = key ? cat.ids.infrastructure.get(key)! : rng.pick(cat.componentIds);
    rows.usageInfrastructure.push({ id: ctx.id(), organisationId: org.orgId, usageId: u.id, componentId });
  }
  return { ...org, usages };
}

function pickUsages(
  rng: SeedContext['rng'],
  leaders: SyntheticSystem[],
  others: SyntheticSystem[],
  count: number,
) {
  const leaderCount = Math.min(
    leaders.length,
    Math.round(leaders.length * (0.85 + rng.next() * 0.15)),
    count,
  );
  return [...rng.sample(leaders, leaderCount), ...rng.sample(others, count - leaderCount)];
}

function edgeRow(ctx: SeedContext, organisationId: string, usageId: string, src: SharedSource) {
  const { rng } = ctx;
  const copy = src.kind === 'COPY_REGISTER';
  const planned = copy && rng.chance(0.4);
  return {
    id: ctx.id(),
    organisationId,
    usageId,
    dataSourceId: src.id,
    purpose: src.family ? `${src.family}-oplysninger til sagsbehandling` : 'Stamdata',
    access: src.kind === 'INTERNAL' && rng.chance(0.3) ? ('READ_WRITE' as const) : ('READ' as const),
    volume: `ca. ${rng.int(1, 50)}.000 opslag/md.`,
    yearlyCost: copy ? rng.int(40, 400) * 1000 : src.kind === 'EXTERNAL' ? rng.int(0, 6) * 10_000 : 0,
    channel: src.channel,
    authoritative: !copy,
    plannedTargetSourceId: planned ? src.copyOfId : null,
    plannedSwitchDate: planned ? day(monthEnd(rng.int(3, 36))) : null,
    switchingCost: planned ? rng.int(5, 25) * 10_000 : 0,
    ...edgePayload(src.family, src.kind === 'INTERNAL' ? src.key : null),
  };
}

/**
 * Integration payloads for the synthetic landscapes: about half carry CPR person data, so the
 * benchmark's impact analyses walk long certain paths; one in eight is undeclared (possible paths).
 */
const SYNTHETIC_PAYLOADS = [
  pl('PERSON', 'CASE', 'CPR'),
  pl('CASE', 'DOCUMENT'),
  pl('PERSON'),
  pl('OTHER'),
  pl('PERSON', 'DOCUMENT', 'CPR'),
  pl('PROPERTY', 'GIS'),
  pl('PERSON', 'COMPANY', 'CPR', 'CVR'),
  pl(),
];

/**
 * Contracts covering the usages in runs of 1–6 (what is left over stays uncovered, as in real
 * landscapes), then integrations between random usage pairs, a fifth named under the contract
 * that covers the receiving usage. Returns the contract covering each usage.
 */
export function buildSyntheticContracts(
  ctx: SeedContext,
  spec: MunicipalitySpec,
  m: SyntheticMunicipality,
  cat: SyntheticCatalogue,
) {
  const { rows, rng } = ctx;
  const coverable = rng.sample(
    m.usages.filter((u) => u.lifecycle !== 'PLANNED'),
    m.usages.length,
  );
  const perContract = Math.max(1, Math.min(6, Math.floor((coverable.length * 0.92) / spec.contracts)));
  const byUsage = new Map<string, string>();
  for (let c = 0; c < spec.contracts; c++) {
    const id = ctx.id();
    const covered = coverable.slice(c * perContract, (c + 1) * perContract);
    const lead = covered[0]?.system;
    const currentEnd = monthEnd(rng.int(-6, 66));
    const options = Array.from({ length: rng.pick([0, 1, 1, 2]) }, (_, i) => ({
      months: rng.pick([12, 24]),
      exercised: i === 0 && rng.chance(0.3),
    }));
    const exercised = options.filter((o) => o.exercised).reduce((s, o) => s + o.months, 0);
    const endDate = monthEndFrom(currentEnd, -exercised);
    const startDate = addDays(monthEndFrom(endDate, -rng.pick([36, 48, 60, 72])), 1);
    const yearly = covered.reduce((s, u) => s + u.system.kind.yearly, 0) || rng.int(5, 80) * 10_000;
    const indexation = rng.pick([0, 2, 3]);
    rows.contract.push({
      id,
      organisationId: m.orgId,
      name: lead ? `Aftale om ${lead.kind.name.toLowerCase()} (${c + 1})` : `Serviceaftale ${c + 1}`,
      reference: `${spec.code}-${startDate.slice(0, 4)}-${c + 1}`,
      supplierId: lead?.supplierId ?? rng.pick([...cat.ids.suppliers.values()]),
      purchaseForm: rng.pick([
        'EU_TENDER',
        'MINI_TENDER',
        'FRAMEWORK_CALL_OFF',
        'DIRECT_AWARD',
        'OTHER',
      ] as const),
      criticality: lead?.kind.criticality ?? 'MEDIUM',
      startDate: day(startDate),
      endDate: day(endDate),
      irrevocableUntil: rng.chance(0.4) ? day(monthEndFrom(startDate, 23)) : null,
      noticePeriodMonths: rng.pick([3, 6, 6, 9, 12]),
      noticeRule: rng.pick(['RUNNING', 'END_OF_MONTH', 'END_OF_QUARTER', 'END_OF_YEAR'] as const),
      uptimePercent: rng.pick([99, 99.5, 99.7, 99.9]),
      ownerUserId: covered[0]?.ownerUserId ?? m.benchUserId,
      managerUserId: m.benchUserId,
      indexationPercent: indexation,
    });
    options.forEach((o, i) =>
      rows.contractOption.push({
        id: ctx.id(),
        contractId: id,
        ordinal: i + 1,
        months: o.months,
        exercisedOn: o.exercised ? day(monthEndFrom(endDate, -6)) : null,
      }),
    );
    rows.contractEconomyLine.push({
      id: ctx.id(),
      contractId: id,
      unitId: m.units.it,
      kind: 'ACQUISITION',
      amount: Math.round(yearly * 0.8),
    });
    rows.contractEconomyLine.push({
      id: ctx.id(),
      contractId: id,
      unitId: covered[0]?.unitId ?? m.units.it,
      kind: 'YEARLY_OPERATION',
      amount: yearly,
    });
    for (const u of covered) {
      rows.contractCoverage.push({ id: ctx.id(), contractId: id, usageId: u.id });
      byUsage.set(u.id, id);
    }
    if (c % 10 === 0 && startDate < '2025-10-01' && currentEnd > '2026-10-01') {
      const price = { yearlyPrice: yearly, priceBaseDate: startDate, indexationPercent: indexation };
      [
        ['2026-04-01', '2026-06-30'],
        ['2026-07-01', '2026-09-30'],
      ].forEach(([periodStart, periodEnd], i) => {
        const expected = checkInvoice({ amount: 0, periodStart, periodEnd }, price, 10).expected;
        const factor = c % 50 === 0 && i === 1 ? 1.15 : 1;
        rows.invoice.push({
          id: ctx.id(),
          organisationId: m.orgId,
          contractId: id,
          number: `F-${c + 1}-${i + 1}`,
          invoiceDate: day(addDays(periodStart, 14)),
          periodStart: day(periodStart),
          periodEnd: day(periodEnd),
          amount: Math.round(expected * factor * 100) / 100,
        });
      });
    }
  }

  const seen = new Set<string>();
  const interfaceIds = INTERFACES.map((i) => cat.ids.interfaces.get(i.key)!);
  for (let made = 0; made < spec.integrations;) {
    const from = rng.pick(m.usages);
    const to = rng.pick(m.usages);
    const key = `${from.id}>${to.id}`;
    if (from === to || seen.has(key)) continue;
    seen.add(key);
    made++;
    rows.integration.push({
      id: ctx.id(),
      organisationId: m.orgId,
      fromUsageId: from.id,
      toUsageId: to.id,
      interfaceId: rng.chance(0.3) ? rng.pick(interfaceIds) : null,
      data: `${from.system.kind.caps[0]}-data`,
      direction: rng.chance(0.2) ? 'BIDIRECTIONAL' : 'ONE_WAY',
      frequency: rng.pick(['Løbende', 'Dagligt', 'Ugentligt', 'Månedligt']),
      contractId: rng.chance(0.2) ? (byUsage.get(to.id) ?? null) : null,
      // Taken in turn rather than drawn, so the random stream (and the landscape's shape) is unchanged.
      ...SYNTHETIC_PAYLOADS[made % SYNTHETIC_PAYLOADS.length],
    });
  }
  return byUsage;
}
