import { anOrganisation, startTestServer, type TestServer } from '../test-server';
import { aBenefitRow, aProject, aStrategy } from './benefit-fixtures';

// Set-up starts a server and migrates a fresh database; under load that exceeds jest's 5 s hook default.
jest.setTimeout(60_000);

const CREATE = `mutation($input: BenefitCreateInput!) {
  createBenefit(input: $input) { id title version projectId profile { date plannedValue } }
}`;
const UPDATE = `mutation($input: BenefitUpdateInput!) { updateBenefit(input: $input) { id title version } }`;
const RECORD = `mutation($input: BenefitMeasurementInput!) {
  recordMeasurement(input: $input) { id measurements { measuredOn value comment recordedById } }
}`;
const DETAIL = `query($id: ID!) { benefit(id: $id) {
  id title realisationPercent varianceRag plannedGainKr realisedGainKr
  planVariance { planned actual behindPercent }
  profile { date plannedValue } measurements { measuredOn value }
  responsible { email } harvestingUnit { name } project { name } strategyIds verification { verified }
} }`;
const LIST = `query($filter: BenefitFilter, $sort: BenefitSort, $offset: Int, $limit: Int) {
  benefits(filter: $filter, sort: $sort, offset: $offset, limit: $limit) { totalCount items { title } }
}`;

type Org = Awaited<ReturnType<typeof anOrganisation>>;

describe('benefits API: register, measurements, map and tenant isolation', () => {
  let server: TestServer;
  let a: Org;
  let b: Org;
  let projectId: string;
  let otherProjectId: string;
  let strategyId: string;
  let benefitId: string;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'benefa', {
      coord: ['PROJECT_COORDINATOR'],
      lead: ['PROJECT_LEAD'],
      otherlead: ['PROJECT_LEAD'],
      owner: ['READER'],
      accountable: ['READER'],
      reader: ['READER'],
    });
    b = await anOrganisation(server.db, 'benefb', { coord: ['PROJECT_COORDINATOR'] });
    strategyId = (await aStrategy(server.db, a.org.id, 'Digital velfærd')).id;
    projectId = (
      await aProject(server.db, a.org.id, 'Ny ESDH', {
        leadUserId: a.userIds.lead,
        strategyIds: [strategyId],
      })
    ).id;
    otherProjectId = (await aProject(server.db, a.org.id, 'Selvbetjening')).id;
    // Baseline 1,000,000 kr. down to 600,000 by 2025-01-01 (profile), measured 700,000 mid-2025.
    benefitId = (
      await aBenefitRow(server.db, {
        organisationId: a.org.id,
        projectId,
        title: 'Lavere licensudgift',
        baseline: 1_000_000,
        target: 600_000,
        direction: 'DECREASE',
        responsibleUserId: a.userIds.owner,
        accountableUserId: a.userIds.accountable,
        harvestingUnitId: a.unit.id,
        profile: [
          ['2024-01-01', 1_000_000],
          ['2025-01-01', 600_000],
        ],
        measurements: [['2025-06-30', 700_000]],
      })
    ).id;
    await aBenefitRow(server.db, {
      organisationId: a.org.id,
      projectId: otherProjectId,
      title: 'Færre opkald',
      type: 'QUALITATIVE',
    });
    await aBenefitRow(server.db, {
      organisationId: a.org.id,
      title: 'Sparede årsværk',
      type: 'ECONOMIC_FTE',
    });
    await aBenefitRow(server.db, { organisationId: b.org.id, title: 'Beta gevinst' });
  });
  afterAll(() => server.close());

  const audits = (entityType: string) => server.db.prisma.auditEntry.count({ where: { entityType } });
  const measurementCount = () => server.db.prisma.benefitMeasurement.count({ where: { benefitId } });

  it('computes realisation, variance and gains on the detail (hand-checked)', async () => {
    const client = await server.client().signIn(a.email('reader'));
    const result = await client.gql<{ benefit: Record<string, unknown> }>(DETAIL, { id: benefitId });
    expect(result.errors).toBeUndefined();
    // (700,000 − 1,000,000) / (600,000 − 1,000,000) = 75 %; planned today 600,000 (after the last point);
    // behind = (−400,000 − −300,000) · −1 / 400,000 = 25 % → AMBER (the boundary belongs to AMBER).
    expect(result.data!.benefit).toMatchObject({
      realisationPercent: 75,
      varianceRag: 'AMBER',
      plannedGainKr: 400_000,
      realisedGainKr: 300_000,
      planVariance: { planned: 600_000, actual: 700_000, behindPercent: 25 },
      responsible: { email: a.email('owner') },
      harvestingUnit: { name: 'IT og Digitalisering' },
      project: { name: 'Ny ESDH' },
      strategyIds: [strategyId],
      verification: null,
    });
  });

  it('lists with filters, sort and pagination, only in the viewer organisation', async () => {
    const client = await server.client().signIn(a.email('reader'));
    const titles = async (vars: Record<string, unknown>) => {
      const r = await client.gql<{ benefits: { totalCount: number; items: { title: string }[] } }>(
        LIST,
        vars,
      );
      expect(r.errors).toBeUndefined();
      return [r.data!.benefits.totalCount, r.data!.benefits.items.map((i) => i.title)];
    };
    expect(await titles({})).toEqual([3, ['Færre opkald', 'Lavere licensudgift', 'Sparede årsværk']]);
    expect(await titles({ sort: { field: 'TITLE', direction: 'DESC' }, offset: 1, limit: 1 })).toEqual([
      3,
      ['Lavere licensudgift'],
    ]);
    expect(await titles({ filter: { projectId } })).toEqual([1, ['Lavere licensudgift']]);
    expect(await titles({ filter: { unitId: a.unit.id } })).toEqual([1, ['Lavere licensudgift']]);
    expect(await titles({ filter: { types: ['QUALITATIVE', 'ECONOMIC_FTE'] } })).toEqual([
      2,
      ['Færre opkald', 'Sparede årsværk'],
    ]);
    expect(await titles({ filter: { strategyId } })).toEqual([1, ['Lavere licensudgift']]);
  });

  it('lets a coordinator and the project lead create with a profile, and audits once', async () => {
    const before = await audits('Benefit');
    const coord = await server.client().signIn(a.email('coord'));
    const created = await coord.gql<{ createBenefit: { id: string; version: number; profile: unknown[] } }>(
      CREATE,
      {
        input: {
          title: 'Kortere sagsbehandling',
          type: 'ECONOMIC_FTE',
          projectId: otherProjectId,
          baseline: 0,
          target: 2,
          profile: [
            { date: '2027-12-31', plannedValue: 2 },
            { date: '2027-01-01', plannedValue: 1 },
          ],
        },
      },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createBenefit).toMatchObject({
      version: 1,
      profile: [
        { date: '2027-01-01', plannedValue: 1 },
        { date: '2027-12-31', plannedValue: 2 },
      ],
    });
    const lead = await server.client().signIn(a.email('lead'));
    const byLead = await lead.gql(CREATE, {
      input: { title: 'Hurtigere svar', type: 'QUALITATIVE', projectId },
    });
    expect(byLead.errors).toBeUndefined();
    expect(await audits('Benefit')).toBe(before + 2);
  });

  it('refuses a lead of another project and a reader, creating nothing', async () => {
    const before = await server.db.prisma.benefit.count();
    for (const key of ['otherlead', 'reader']) {
      const client = await server.client().signIn(a.email(key));
      const r = await client.gql(CREATE, {
        input: { title: 'Uautoriseret', type: 'QUALITATIVE', projectId },
      });
      expect(r.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    expect(await server.db.prisma.benefit.count()).toBe(before);
  });

  it('updates with a version check and refuses invalid input with localised field errors', async () => {
    const row = await aBenefitRow(server.db, {
      organisationId: a.org.id,
      projectId,
      title: 'Til redigering',
    });
    const lead = await server.client().signIn(a.email('lead'));
    const ok = await lead.gql<{ updateBenefit: { version: number } }>(UPDATE, {
      input: { id: row.id, version: 1, title: 'Redigeret' },
    });
    expect(ok.data!.updateBenefit.version).toBe(2);
    const stale = await lead.gql(UPDATE, { input: { id: row.id, version: 1, title: 'Forældet' } });
    expect(stale.errors![0].extensions!.code).toBe('STALE_VERSION');
    const bad = await lead.gql(UPDATE, {
      input: {
        id: row.id,
        version: 2,
        startDate: '2027-06-01',
        dueDate: '2027-01-01',
        verificationKind: 'USAGE_RETIRED',
      },
    });
    expect(bad.errors![0].extensions!.fields).toEqual(
      expect.arrayContaining([
        { field: 'dueDate', message: 'Slutdatoen skal ligge efter startdatoen.' },
        { field: 'verificationUsageId', message: 'Skal udfyldes.' },
      ]),
    );
    const stored = await server.db.prisma.benefit.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored).toMatchObject({ title: 'Redigeret', version: 2, verification: 'NONE' });
  });

  it('records a measurement by the responsible user, the accountable user and a coordinator', async () => {
    const before = await measurementCount();
    for (const [key, value] of [
      ['owner', 690_000],
      ['accountable', 680_000],
      ['coord', 650_000],
    ] as const) {
      const client = await server.client().signIn(a.email(key));
      const r = await client.gql<{
        recordMeasurement: { measurements: { value: number; recordedById: string }[] };
      }>(RECORD, { input: { benefitId, measuredOn: '2025-09-30', value, comment: `Målt af ${key}` } });
      expect(r.errors).toBeUndefined();
      expect(r.data!.recordMeasurement.measurements.at(-1)).toMatchObject({
        value,
        recordedById: a.userIds[key],
      });
    }
    expect(await measurementCount()).toBe(before + 3);
    const last = await server.db.prisma.auditEntry.findFirst({
      where: { entityType: 'BenefitMeasurement' },
      orderBy: { id: 'desc' },
    });
    expect(last).toMatchObject({ action: 'CREATE', userId: a.userIds.coord });
  });

  it('refuses a measurement from a project lead or reader who does not own the benefit', async () => {
    const before = await measurementCount();
    for (const key of ['lead', 'reader']) {
      const client = await server.client().signIn(a.email(key));
      const r = await client.gql(RECORD, { input: { benefitId, measuredOn: '2025-10-31', value: 1 } });
      expect(r.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    expect(await measurementCount()).toBe(before);
  });

  it('refuses a measurement dated in the future', async () => {
    const client = await server.client().signIn(a.email('owner'));
    const r = await client.gql(RECORD, { input: { benefitId, measuredOn: '2999-01-01', value: 1 } });
    expect(r.errors![0].extensions!.fields).toEqual([
      { field: 'measuredOn', message: 'Datoen må ikke ligge i fremtiden.' },
    ]);
  });

  it('creates and lists benefit map nodes in contribution order', async () => {
    const lead = await server.client().signIn(a.email('lead'));
    const create = `mutation($input: BenefitMapNodeInput!) { createBenefitMapNode(input: $input) { id kind label targetId } }`;
    const purpose = await lead.gql<{ createBenefitMapNode: { id: string } }>(create, {
      input: { projectId, kind: 'PURPOSE', label: 'Bedre service' },
    });
    const goal = await lead.gql<{ createBenefitMapNode: { id: string } }>(create, {
      input: {
        projectId,
        kind: 'BENEFIT',
        label: 'Lavere udgift',
        benefitId,
        targetId: purpose.data!.createBenefitMapNode.id,
      },
    });
    expect(goal.errors).toBeUndefined();
    const backwards = await lead.gql(create, {
      input: { projectId, kind: 'PURPOSE', label: 'Baglæns', targetId: goal.data!.createBenefitMapNode.id },
    });
    expect(backwards.errors![0].extensions!.fields).toEqual([
      {
        field: 'targetId',
        message: 'Et element kan kun bidrage til et senere led: leverance → mål → gevinst → formål.',
      },
    ]);
    const reader = await server.client().signIn(a.email('reader'));
    const map = await reader.gql<{ benefitMap: { label: string }[] }>(
      'query($p: ID!) { benefitMap(projectId: $p) { label kind } }',
      { p: projectId },
    );
    expect(map.data!.benefitMap.map((n) => n.label)).toEqual(['Lavere udgift', 'Bedre service']);
  });

  describe('tenant isolation', () => {
    it("hides another organisation's benefits and map, and changes nothing", async () => {
      const client = await server.client().signIn(b.email('coord'));
      const list = await client.gql<{ benefits: { items: { title: string }[] } }>(LIST);
      expect(list.data!.benefits.items.map((i) => i.title)).toEqual(['Beta gevinst']);
      const read = await client.gql(DETAIL, { id: benefitId });
      expect(read.errors![0].extensions!.code).toBe('NOT_FOUND');
      const update = await client.gql(UPDATE, { input: { id: benefitId, version: 1, title: 'Kapret' } });
      expect(update.errors![0].extensions!.code).toBe('NOT_FOUND');
      const before = await measurementCount();
      const measure = await client.gql(RECORD, { input: { benefitId, measuredOn: '2025-01-01', value: 1 } });
      expect(measure.errors![0].extensions!.code).toBe('NOT_FOUND');
      expect(await measurementCount()).toBe(before);
      const map = await client.gql('query($p: ID!) { benefitMap(projectId: $p) { id } }', { p: projectId });
      expect(map.errors![0].extensions!.code).toBe('NOT_FOUND');
      const node = await client.gql(
        'mutation($i: BenefitMapNodeInput!) { createBenefitMapNode(input: $i) { id } }',
        { i: { projectId, kind: 'GOAL', label: 'Indtrængen' } },
      );
      expect(node.errors![0].extensions!.code).toBe('NOT_FOUND');
      const intoProject = await client.gql(CREATE, {
        input: { title: 'Indtrængen', type: 'QUALITATIVE', projectId },
      });
      expect(intoProject.errors![0].extensions!.fields).toEqual([
        { field: 'projectId', message: 'Projektet findes ikke i din organisation.' },
      ]);
      const stored = await server.db.prisma.benefit.findUniqueOrThrow({ where: { id: benefitId } });
      expect(stored.title).toBe('Lavere licensudgift');
      expect(await server.db.prisma.benefit.count({ where: { title: 'Indtrængen' } })).toBe(0);
    });

    it('refuses a responsible user from another organisation', async () => {
      const client = await server.client().signIn(a.email('coord'));
      const r = await client.gql(CREATE, {
        input: { title: 'Fremmed ejer', type: 'QUALITATIVE', responsibleUserId: b.userIds.coord },
      });
      expect(r.errors![0].extensions!.fields).toEqual([
        { field: 'responsibleUserId', message: 'Brugeren findes ikke i din organisation.' },
      ]);
    });
  });
});
