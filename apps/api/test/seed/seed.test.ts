import { verify } from '@node-rs/argon2';
import {
  addMonths,
  analyseImpact,
  artefactsToReach,
  canPassGate,
  checkInvoice,
  DEFAULT_PHASES,
  computeContractDates,
  findJointTenderCandidates,
  fromUtcDate,
  keyBetween,
  type ContractTerms,
} from '@overblik/domain';
import type { Database } from '../../src/db/database';
import { landscapeRepository } from '../../src/modules/landscape/landscape.repository';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoIfEmpty } from '../../src/seed/demo-seed';
import { SEED_TODAY } from '../../src/seed/seed-dates';
import { nationalSpecs, seedProfile } from '../../src/seed/synthetic-generator';
import { freshDatabase } from '../test-database';

const iso = (d: Date | null) => (d ? fromUtcDate(d) : null);

/** Every contract of the database with its computed current end (options and termination applied). */
async function contractsWithDates(db: Database) {
  const contracts = await db.prisma.contract.findMany({
    include: { options: true, coverage: { include: { usage: true } }, organisation: true },
  });
  return contracts.map((c) => {
    const terms: ContractTerms = {
      startDate: iso(c.startDate)!,
      endDate: iso(c.endDate),
      durationMonths: c.durationMonths,
      ongoing: c.ongoing,
      options: c.options.map((o) => ({
        ordinal: o.ordinal,
        months: o.months,
        exercisedOn: iso(o.exercisedOn),
      })),
      irrevocableUntil: iso(c.irrevocableUntil),
      noticePeriodMonths: c.noticePeriodMonths,
      noticeRule: c.noticeRule,
      terminatedOn: iso(c.terminatedOn),
      purchaseForm: c.purchaseForm,
    };
    return { contract: c, dates: computeContractDates(terms, SEED_TODAY) };
  });
}

describe('demo seed', () => {
  let db: Database;
  let firstResult: Awaited<ReturnType<typeof seedDemoIfEmpty>>;

  beforeAll(async () => {
    db = await freshDatabase();
    firstResult = await seedDemoIfEmpty(db);
  }, 120_000);
  afterAll(() => db.close());

  const orgId = async (slug: string) =>
    (await db.prisma.organisation.findUniqueOrThrow({ where: { slug } })).id;

  it('creates Norddal and Søvang in one collaboration with the agreed shares', async () => {
    const orgs = await db.prisma.organisation.findMany({ orderBy: { slug: 'asc' } });
    expect(orgs.map((o) => [o.slug, o.type, o.municipalityCode])).toEqual([
      ['norddal', 'MUNICIPALITY', '901'],
      ['norddal-sovang', 'COLLABORATION', null],
      ['sovang', 'MUNICIPALITY', '902'],
    ]);
    const collaboration = await db.prisma.collaboration.findFirstOrThrow({
      include: { members: { include: { organisation: true } } },
    });
    expect(collaboration.name).toBe('Norddal–Søvang IT-samarbejde');
    const shares = Object.fromEntries(
      collaboration.members.map((m) => [m.organisation.slug, [...m.shares].sort()]),
    );
    expect(shares).toEqual({
      norddal: ['CONTRACTS', 'PROJECTS', 'SYSTEM_USAGES', 'TENDER_PLANS'],
      sovang: ['CONTRACTS', 'SYSTEM_USAGES', 'TENDER_PLANS'],
    });
  });

  it('creates the demo users with their roles, all signing in with the demo password', async () => {
    expect(firstResult).toEqual(DEMO_USERS);
    expect(DEMO_USERS).toHaveLength(17);
    const roles = async (email: string, slug: string) => {
      const user = await db.prisma.user.findUniqueOrThrow({
        where: { email },
        include: { memberships: { include: { organisation: true } } },
      });
      return [...(user.memberships.find((m) => m.organisation.slug === slug)?.roles ?? [])].sort();
    };
    for (const slug of ['norddal', 'sovang']) {
      expect(await roles(`admin@${slug}.dk`, slug)).toEqual(['ADMINISTRATOR']);
      expect(await roles(`direktion@${slug}.dk`, slug)).toEqual([
        'EXECUTIVE_BOARD',
        'PORTFOLIO_STEERING_GROUP',
      ]);
      expect(await roles(`raad@${slug}.dk`, slug)).toEqual(['DIGITALISATION_COUNCIL']);
      expect(await roles(`koordinator@${slug}.dk`, slug)).toEqual(['PROJECT_COORDINATOR']);
      expect(await roles(`systemejer@${slug}.dk`, slug)).toEqual(['SYSTEM_OWNER']);
      expect(await roles(`projektleder@${slug}.dk`, slug)).toEqual(['PROJECT_LEAD']);
      expect(await roles(`kontrakt@${slug}.dk`, slug)).toEqual(['CONTRACT_MANAGER']);
      expect(await roles(`laeser@${slug}.dk`, slug)).toEqual(['READER']);
      expect(await roles('faelles@samarbejde.dk', slug)).toEqual(['PROJECT_COORDINATOR', 'READER']);
    }
    const users = await db.prisma.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } });
    expect(users).toHaveLength(17);
    expect(users.every((u) => u.locale === 'da')).toBe(true);
    expect(await verify(users[0].passwordHash!, DEMO_PASSWORD)).toBe(true);
  });

  it('gives each municipality ~50 usages, ≥ 40 contracts and ≥ 25 projects', async () => {
    for (const slug of ['norddal', 'sovang']) {
      const organisationId = await orgId(slug);
      const usages = await db.prisma.systemUsage.count({ where: { organisationId } });
      expect(usages).toBeGreaterThanOrEqual(45);
      expect(usages).toBeLessThanOrEqual(55);
      expect(await db.prisma.contract.count({ where: { organisationId } })).toBeGreaterThanOrEqual(40);
      expect(await db.prisma.project.count({ where: { organisationId } })).toBeGreaterThanOrEqual(25);
      expect(await db.prisma.integration.count({ where: { organisationId } })).toBeGreaterThanOrEqual(50);
    }
  });

  it('has copy-register edges that are not authoritative, cost money and point at a base register', async () => {
    const edges = await db.prisma.usageDataSource.findMany({
      where: { dataSource: { kind: 'COPY_REGISTER' } },
      include: { dataSource: { include: { copyOf: true } } },
    });
    expect(edges.length).toBeGreaterThan(10);
    for (const edge of edges) {
      expect(edge.authoritative).toBe(false);
      expect(Number(edge.yearlyCost)).toBeGreaterThanOrEqual(40_000);
      expect(edge.dataSource.copyOf?.kind).toBe('BASE_REGISTER');
    }
    expect(edges.some((e) => e.plannedTargetSourceId === e.dataSource.copyOfId)).toBe(true);
  });

  it('has contracts in both municipalities for one catalogue system ending within 18 months of each other', async () => {
    const all = await contractsWithDates(db);
    const candidates = findJointTenderCandidates(
      all
        .filter(({ dates }) => dates.validity === 'ACTIVE')
        .map(({ contract, dates }) => ({
          id: contract.id,
          organisationId: contract.organisationId,
          catalogueSystemIds: contract.coverage.map((c) => c.usage.systemId),
          capabilities: [],
          supplierId: contract.supplierId,
          decisionDate: dates.currentEnd,
        })),
      18,
    );
    const systemMatches = candidates.filter(
      (c) => c.matchedOn === 'SYSTEM' && c.organisationIds.length === 2,
    );
    expect(systemMatches.length).toBeGreaterThanOrEqual(3);
    const soon = systemMatches.filter((c) => c.windowStart <= '2028-11-30');
    expect(soon.length).toBeGreaterThanOrEqual(3);
  });

  it('has exactly one expired contract whose systems are still in use, and a deviating invoice', async () => {
    const all = await contractsWithDates(db);
    const expiredInUse = all.filter(
      ({ contract, dates }) =>
        dates.validity === 'EXPIRED' && contract.coverage.some((c) => c.usage.lifecycle === 'IN_USE'),
    );
    expect(expiredInUse.map(({ contract }) => contract.name)).toEqual([
      'Drift, vedligehold og licens: Bookingsystem (lokaler og haller)',
    ]);
    const endingSoon = all.filter(
      ({ dates }) =>
        dates.currentEnd && dates.currentEnd > SEED_TODAY && dates.currentEnd <= addMonths(SEED_TODAY, 24),
    );
    expect(endingSoon.length).toBeGreaterThanOrEqual(8);

    const invoices = await db.prisma.invoice.findMany({
      include: { contract: { include: { economyLines: true } } },
    });
    const flagged = invoices.filter((inv) => {
      const yearlyPrice = inv.contract.economyLines
        .filter((l) => l.kind === 'YEARLY_OPERATION')
        .reduce((sum, l) => sum + Number(l.amount), 0);
      const price = {
        yearlyPrice,
        priceBaseDate: iso(inv.contract.startDate)!,
        indexationPercent: Number(inv.contract.indexationPercent),
      };
      return checkInvoice(
        { amount: Number(inv.amount), periodStart: iso(inv.periodStart)!, periodEnd: iso(inv.periodEnd)! },
        price,
        10,
      ).flagged;
    });
    expect(flagged).toHaveLength(2); // one per municipality (LIS A)
  });

  it('orders projects by rank keys the board can insert between', async () => {
    const projects = await db.prisma.project.findMany({ where: { organisationId: await orgId('norddal') } });
    const keys = projects.map((p) => p.rankKey).sort();
    expect(new Set(keys).size).toBe(keys.length);
    for (let i = 1; i < keys.length; i++) expect(() => keyBetween(keys[i - 1], keys[i])).not.toThrow();
    expect(await db.prisma.phaseDefinition.count({ where: { organisationId: await orgId('norddal') } })).toBe(
      7,
    );
  });

  it('holds, for every demo project, the artefacts of each gate it has passed, and closes closed ones', async () => {
    const phases = await db.prisma.phaseDefinition.findMany({
      where: { organisationId: await orgId('norddal') },
      orderBy: { ordinal: 'asc' },
    });
    // The seeded model is the domain's default one, all nine artefact kinds in use.
    expect(phases.map((p) => [p.key, p.requiredArtefacts])).toEqual(
      DEFAULT_PHASES.map((p) => [p.key, [...p.requiredToLeave]]),
    );
    const model = phases.map((p) => ({ key: p.key, requiredToLeave: p.requiredArtefacts }));
    const projects = await db.prisma.project.findMany({
      include: { artefacts: true, gateDecisions: { where: { passed: true } } },
    });
    for (const p of projects) {
      const held = p.artefacts.map((a) => a.kind);
      // Every gate it went through forward would pass with what it holds now.
      for (const g of p.gateDecisions) {
        expect({
          project: p.name,
          gate: g.toPhase,
          ...canPassGate(model, g.fromPhase, g.toPhase, held),
        }).toMatchObject({ project: p.name, gate: g.toPhase, ok: true });
      }
      expect(held).toEqual(expect.arrayContaining(artefactsToReach(model, p.phase)));
      expect({ project: p.name, closed: p.phase === 'closed' }).toEqual({
        project: p.name,
        closed: p.status === 'CLOSED',
      });
    }
    // A project in execution still needs its implementation plan, so the gate panel has work to show.
    expect(
      projects.some(
        (p) => p.phase === 'execution' && !p.artefacts.some((a) => a.kind === 'IMPLEMENTATION_PLAN'),
      ),
    ).toBe(true);
  });

  it('has benefits with gaps for the dashboard and the three verification kinds', async () => {
    const benefits = await db.prisma.benefit.findMany({ include: { measurements: true } });
    expect(benefits.length).toBeGreaterThanOrEqual(60);
    expect(benefits.some((b) => b.responsibleUserId === null)).toBe(true);
    expect(benefits.some((b) => b.measurements.length === 0)).toBe(true);
    expect(benefits.some((b) => b.type === 'DISBENEFIT')).toBe(true);
    const kinds = new Set(benefits.map((b) => b.verification));
    expect([...kinds].sort()).toEqual(['CONTRACT_ENDED', 'COPY_REGISTER_REPLACED', 'NONE', 'USAGE_RETIRED']);
    const retired = benefits.find((b) => b.verification === 'USAGE_RETIRED')!;
    const usage = await db.prisma.systemUsage.findUniqueOrThrow({
      where: { id: retired.verificationUsageId! },
    });
    expect(usage.lifecycle).toBe('PHASING_OUT');
    expect(await db.prisma.maturityAssessment.count()).toBe(4);
  });

  it('declares payloads, so switching off CPR reaches the website only if person data flows to it', async () => {
    expect(await db.prisma.usageDataSource.count({ where: { dataTypes: { isEmpty: true } } })).toBe(0);
    let possible = 0;
    for (const slug of ['norddal', 'sovang']) {
      const organisationId = await orgId(slug);
      const { graph } = await landscapeRepository.load(db.prisma, organisationId, SEED_TODAY);
      const cpr = graph.dataSources.find((d) => d.kind === 'BASE_REGISTER' && d.registerFamily === 'CPR')!;
      const result = analyseImpact(graph, { kind: 'DATA_SOURCE', id: cpr.id });
      const web = graph.usages.find((u) => u.name === 'Kommunens hjemmeside (CMS)')!;
      const personFlowsToWeb = graph.integrations.some(
        (i) =>
          (i.toUsageId === web.id || (i.direction === 'BIDIRECTIONAL' && i.fromUsageId === web.id)) &&
          i.payload.dataTypes.includes('PERSON'),
      );
      expect(personFlowsToWeb).toBe(false);
      expect(result.usages.map((u) => u.usageId)).not.toContain(web.id);
      const certain = result.usages.filter((u) => u.certainty === 'CERTAIN');
      expect(certain.length).toBeGreaterThan(5);
      expect(certain.every((u) => u.dataTypes.includes('PERSON') || u.unknownData)).toBe(true);
      possible += result.usages.length - certain.length;
    }
    // Undeclared flows (e.g. to the backup) make some usages only possibly affected.
    expect(possible).toBeGreaterThan(0);
  });

  it('does not seed twice and keeps returning the demo users', async () => {
    const before = await db.prisma.systemUsage.count();
    expect(await seedDemoIfEmpty(db)).toEqual(DEMO_USERS);
    expect(await db.prisma.systemUsage.count()).toBe(before);
    expect(await db.prisma.organisation.count()).toBe(3);
  });
});

describe('synthetic large profile', () => {
  const runs: { db: Database; names: string[]; edges: number }[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const db = await freshDatabase();
      await seedProfile(db, 'large');
      const usages = await db.prisma.systemUsage.findMany({
        include: { system: true },
        orderBy: { id: 'asc' },
      });
      const edges =
        (await db.prisma.usageDataSource.count()) +
        (await db.prisma.integration.count()) +
        (await db.prisma.usageInfrastructure.count());
      runs.push({ db, names: usages.map((u) => u.system.name), edges });
    }
  }, 180_000);
  afterAll(async () => {
    for (const run of runs) await run.db.close();
  });

  it('yields the exact volumes the benchmarks state', async () => {
    const { prisma } = runs[0].db;
    const storby = await prisma.organisation.findUniqueOrThrow({ where: { slug: 'storby' } });
    expect(await prisma.systemUsage.count({ where: { organisationId: storby.id } })).toBe(1500);
    expect(await prisma.dataSource.count()).toBe(200);
    expect(await prisma.contract.count()).toBe(400);
    expect(await prisma.project.count()).toBe(300);
    expect(await prisma.benefit.count()).toBe(1000);
    expect(await prisma.benefitMeasurement.count()).toBe(10_000);
    expect(await prisma.usageDataSource.count()).toBe(4500);
    expect(await prisma.integration.count()).toBe(1500);
    // One in eight synthetic integrations declares no payload of its own (the 8th of every 8).
    expect(await prisma.integration.count({ where: { dataTypes: { isEmpty: true } } })).toBe(187);
    const bench = await prisma.user.findUniqueOrThrow({
      where: { email: 'bench@storby.dk' },
      include: { memberships: true },
    });
    expect([...bench.memberships[0].roles].sort()).toEqual([
      'ADMINISTRATOR',
      'CONTRACT_MANAGER',
      'EXECUTIVE_BOARD',
      'PORTFOLIO_STEERING_GROUP',
      'SYSTEM_OWNER',
    ]);
  });

  it('is deterministic: two runs give the same usages and edges', () => {
    expect(runs[1].names).toEqual(runs[0].names);
    expect(runs[1].edges).toBe(runs[0].edges);
    expect(runs[0].edges).toBeGreaterThanOrEqual(6000);
  });

  it('refuses a non-empty database, and the demo stays out of it', async () => {
    await expect(seedProfile(runs[0].db, 'large')).rejects.toThrow(/already holds organisations/);
    expect(await seedDemoIfEmpty(runs[0].db)).toEqual([]);
  });
});

describe('national profile sizes', () => {
  it('plans 98 municipalities of 150–600 usages and 40–160 contracts with unique slugs', () => {
    const specs = nationalSpecs();
    expect(specs).toHaveLength(98);
    expect(new Set(specs.map((s) => s.slug)).size).toBe(98);
    expect(Math.min(...specs.map((s) => s.usages))).toBe(150);
    expect(Math.max(...specs.map((s) => s.usages))).toBe(600);
    expect(Math.min(...specs.map((s) => s.contracts))).toBe(40);
    expect(Math.max(...specs.map((s) => s.contracts))).toBe(160);
  });
});
