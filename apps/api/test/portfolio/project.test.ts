import { anOrganisation, aUsage, startTestServer, type TestServer } from '../test-server';
import { aPhaseModel, aProject } from './portfolio-fixtures';

const LIST = `query($filter: ProjectFilter, $sort: ProjectSort, $limit: Int) {
  projects(filter: $filter, sort: $sort, limit: $limit) { totalCount items { id name status phase latestStatus { mustReport missing report { overall } } } }
}`;
const DETAIL = `query($id: ID!) { project(id: $id) {
  id name version phase owner { name } unit { name }
  phaseHistory { phase leftAt } gateDecisions { fromPhase toPhase passed decidedById }
  gate { nextPhase ok missing } artefacts { kind } businessCase { kind amount }
  strategies { name } systems { name } benefitCount latestStatus { mustReport missing report { overall } }
} }`;
const CREATE = `mutation($input: ProjectCreateInput!) { createProject(input: $input) { id name phase rankKey version } }`;
const UPDATE = `mutation($input: ProjectUpdateInput!) { updateProject(input: $input) { id name version } }`;
const PASS = `mutation($id: ID!, $to: String!, $v: Int!) { passGate(projectId: $id, toPhase: $to, version: $v) { id phase version } }`;
const ARTEFACT = `mutation($input: ArtefactInput!) { saveProjectArtefact(input: $input) { id kind version } }`;
const REPORT = `mutation($input: StatusReportInput!) { fileStatusReport(input: $input) { id overall } }`;

describe('projects: list, detail, gates, tenant isolation', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'pa', {
      coord: ['PROJECT_COORDINATOR'],
      lead: ['PROJECT_LEAD'],
      reader: ['READER'],
    });
    b = await anOrganisation(server.db, 'pb', { coord: ['PROJECT_COORDINATOR'] });
    await aPhaseModel(server.db, a.org.id);
  }, 60_000);
  afterAll(() => server.close());

  it('creates a project with strategies and systems, at the bottom of the board, with one audit entry', async () => {
    const strategy = await server.db.prisma.strategy.create({
      data: { organisationId: a.org.id, name: 'Digital 2030' },
    });
    const usage = await aUsage(server.db, a.org.id, 'Pa ESDH');
    const client = await server.client().signIn(a.email('coord'));
    const first = await client.gql<{ createProject: { id: string; rankKey: string; phase: string } }>(
      CREATE,
      {
        input: {
          name: 'Ny ESDH',
          unitId: a.unit.id,
          ownerUserId: a.userIds.lead,
          strategyIds: [strategy.id],
          usageIds: [usage.id],
        },
      },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.createProject.phase).toBe('idea');
    const second = await client.gql<{ createProject: { rankKey: string } }>(CREATE, {
      input: { name: 'Næste' },
    });
    expect(second.data!.createProject.rankKey > first.data!.createProject.rankKey).toBe(true);
    const id = first.data!.createProject.id;
    const detail = await client.gql<{ project: Record<string, unknown> }>(DETAIL, { id });
    expect(detail.data!.project).toMatchObject({
      owner: { name: 'lead pa' },
      unit: { name: 'IT og Digitalisering' },
      phaseHistory: [{ phase: 'idea', leftAt: null }],
      strategies: [{ name: 'Digital 2030' }],
      systems: [{ name: 'Pa ESDH' }],
      gate: { nextPhase: 'proposal', ok: true, missing: [] },
      benefitCount: 0,
      // A new idea owes no status report yet, so it is not flagged as missing one.
      latestStatus: { mustReport: false, missing: false, report: null },
    });
    expect(await server.db.prisma.auditEntry.count({ where: { entityId: id, action: 'CREATE' } })).toBe(1);
  });

  it('refuses a gate with artefacts missing, listing them, and passes once they exist', async () => {
    const p = await aProject(server.db, a.org.id, 'Gate-projekt', { phase: 'proposal' });
    // The lead keeps the records of the project they lead.
    await server.db.prisma.project.update({ where: { id: p.id }, data: { leadUserId: a.userIds.lead } });
    const client = await server.client().signIn(a.email('coord'));
    const refused = await client.gql(PASS, { id: p.id, to: 'execution', v: 1 });
    expect(refused.errors![0].extensions!.code).toBe('ARTEFACTS_MISSING');
    expect(refused.errors![0].message).toContain('der mangler business case og risikovurdering');
    expect(refused.errors![0].extensions!.fields!.map((f) => f.field)).toEqual([
      'artefacts.BUSINESS_CASE',
      'artefacts.RISK_ASSESSMENT',
    ]);
    expect((await server.db.prisma.project.findUniqueOrThrow({ where: { id: p.id } })).phase).toBe(
      'proposal',
    );

    const lead = await server.client().signIn(a.email('lead'));
    await lead.gql(ARTEFACT, { input: { projectId: p.id, kind: 'BUSINESS_CASE', title: 'BC' } });
    const stillMissing = await client.gql<{ project: { gate: unknown } }>(DETAIL, { id: p.id });
    expect(stillMissing.data!.project.gate).toEqual({
      nextPhase: 'execution',
      ok: false,
      missing: ['RISK_ASSESSMENT'],
    });
    const dup = await lead.gql(ARTEFACT, {
      input: { projectId: p.id, kind: 'BUSINESS_CASE', title: 'BC 2' },
    });
    expect(dup.errors![0].extensions!.code).toBe('STALE_VERSION');
    await lead.gql(ARTEFACT, { input: { projectId: p.id, kind: 'RISK_ASSESSMENT', title: 'Risiko' } });

    const passed = await client.gql<{ passGate: { phase: string; version: number } }>(PASS, {
      id: p.id,
      to: 'execution',
      v: 1,
    });
    expect(passed.errors).toBeUndefined();
    expect(passed.data!.passGate).toEqual({ id: p.id, phase: 'execution', version: 2 });
    const detail = await client.gql<{ project: Record<string, unknown> }>(DETAIL, { id: p.id });
    expect(detail.data!.project).toMatchObject({
      phaseHistory: [{ phase: 'proposal' }, { phase: 'execution', leftAt: null }],
      gateDecisions: [
        { fromPhase: 'proposal', toPhase: 'execution', passed: true, decidedById: a.userIds.coord },
      ],
    });
    const stale = await client.gql(PASS, { id: p.id, to: 'proposal', v: 1 });
    expect(stale.errors![0].extensions!.code).toBe('STALE_VERSION');
    const skip = await client.gql(PASS, { id: p.id, to: 'idea', v: 2 });
    expect(skip.errors![0].extensions!.code).toBe('INVALID_TRANSITION');
  });

  it('keeps the period in order on create and on an update of one end, changing nothing', async () => {
    const client = await server.client().signIn(a.email('coord'));
    const before = await server.db.prisma.project.count({ where: { organisationId: a.org.id } });
    const bad = await client.gql(CREATE, {
      input: { name: 'Baglæns', startDate: '2026-06-01', endDate: '2026-05-31', budget: -1 },
    });
    expect(bad.errors![0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'budget', message: 'Skal være mindst 0.' }],
    });
    const order = await client.gql(CREATE, {
      input: { name: 'Baglæns', startDate: '2026-06-01', endDate: '2026-05-31' },
    });
    expect(order.errors![0].extensions!.fields).toEqual([
      { field: 'endDate', message: 'Slutdatoen skal ligge efter startdatoen.' },
    ]);
    expect(await server.db.prisma.project.count({ where: { organisationId: a.org.id } })).toBe(before);

    const created = await client.gql<{ createProject: { id: string; version: number } }>(CREATE, {
      input: { name: 'Periode', startDate: '2026-01-01', endDate: '2026-12-31' },
    });
    const { id, version } = created.data!.createProject;
    // Only the start is sent: the rule compares it with the stored end.
    const moved = await client.gql(UPDATE, { input: { id, version, startDate: '2027-01-01' } });
    expect(moved.errors![0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'endDate', message: 'Slutdatoen skal ligge efter startdatoen.' }],
    });
    const stored = await server.db.prisma.project.findUniqueOrThrow({ where: { id } });
    expect({ version: stored.version, start: stored.startDate?.toISOString().slice(0, 10) }).toEqual({
      version,
      start: '2026-01-01',
    });
  });

  it('refuses a reader a gate and an edit (FORBIDDEN)', async () => {
    const p = await aProject(server.db, a.org.id, 'Læserprojekt');
    const reader = await server.client().signIn(a.email('reader'));
    expect((await reader.gql(PASS, { id: p.id, to: 'proposal', v: 1 })).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await reader.gql(UPDATE, { input: { id: p.id, version: 1, name: 'x' } })).errors![0].extensions!.code,
    ).toBe('FORBIDDEN');
    expect((await server.db.prisma.project.findUniqueOrThrow({ where: { id: p.id } })).version).toBe(1);
  });

  it('filters by status and phase, and shows the latest status report with its overall RAG', async () => {
    const p = await aProject(server.db, a.org.id, 'Aktiv rapportering', {
      status: 'ACTIVE',
      phase: 'execution',
    });
    await server.db.prisma.project.update({ where: { id: p.id }, data: { leadUserId: a.userIds.lead } });
    const lead = await server.client().signIn(a.email('lead'));
    const today = new Date().toISOString().slice(0, 10);
    const base = {
      projectId: p.id,
      ragTime: 'GREEN',
      ragCost: 'GREEN',
      ragQuality: 'GREEN',
      ragScope: 'GREEN',
      progressPercent: 10,
      spent: 1,
      budget: 10,
    };
    await lead.gql(REPORT, { input: { ...base, periodEnd: '2020-01-31', ragCost: 'RED' } });
    const filed = await lead.gql<{ fileStatusReport: { overall: string } }>(REPORT, {
      input: { ...base, periodEnd: today, ragScope: 'AMBER' },
    });
    expect(filed.data!.fileStatusReport.overall).toBe('AMBER');
    const client = await server.client().signIn(a.email('coord'));
    const list = await client.gql<{
      projects: { totalCount: number; items: { name: string; latestStatus: unknown }[] };
    }>(LIST, {
      filter: { statuses: ['ACTIVE'], phase: 'execution' },
    });
    expect(list.data!.projects.items).toEqual([
      {
        id: p.id,
        name: 'Aktiv rapportering',
        status: 'ACTIVE',
        phase: 'execution',
        latestStatus: { mustReport: false, missing: false, report: { overall: 'AMBER' } },
      },
    ]);
    const reader = await server.client().signIn(a.email('reader'));
    expect(
      (await reader.gql(REPORT, { input: { ...base, periodEnd: today } })).errors![0].extensions!.code,
    ).toBe('FORBIDDEN');
  });

  it('flags a missing status report only on projects that must report, by status and the own model', async () => {
    type Row = { name: string; latestStatus: { mustReport: boolean; missing: boolean; report: null } };
    const duty = async (org: typeof a, prefix: string) => {
      const client = await server.client().signIn(org.email('coord'));
      const list = await client.gql<{ projects: { items: Row[] } }>(LIST, { limit: 500 });
      expect(list.errors).toBeUndefined();
      return Object.fromEntries(
        list
          .data!.projects.items.filter((i) => i.name.startsWith(prefix))
          .map((i) => [i.name.slice(prefix.length), i.latestStatus]),
      );
    };
    const yes = { mustReport: true, missing: true, report: null };
    const no = { mustReport: false, missing: false, report: null };

    // Organisation b has no model of its own: the default one, idea … closed.
    const made = [
      ['kører', { status: 'ACTIVE', phase: 'execution' }],
      ['idé', { status: 'ACTIVE', phase: 'idea' }],
      ['forslag', { status: 'PROPOSED', phase: 'analysis' }],
      ['afvist', { status: 'REJECTED', phase: 'proposal' }],
      ['pause', { status: 'ON_HOLD', phase: 'execution' }],
    ] as const;
    for (const [name, extra] of made) await aProject(server.db, b.org.id, `Pligt ${name}`, extra);
    const closed = await aProject(server.db, b.org.id, 'Pligt lukket', { status: 'ACTIVE', phase: 'closed' });
    await server.db.prisma.project.update({ where: { id: closed.id }, data: { status: 'CLOSED' } });
    expect(await duty(b, 'Pligt ')).toEqual({
      kører: yes,
      idé: no,
      forslag: no,
      afvist: no,
      pause: no,
      lukket: no,
    });

    // Organisation a's own model ends in "execution": its last phase owes no report.
    await aProject(server.db, a.org.id, 'Pligt midt', { status: 'ACTIVE', phase: 'proposal' });
    await aProject(server.db, a.org.id, 'Pligt sidst', { status: 'ACTIVE', phase: 'execution' });
    expect(await duty(a, 'Pligt ')).toEqual({ midt: yes, sidst: no });
  });

  it('keeps organisations apart: list, detail, update, gate, artefact and report', async () => {
    const p = await aProject(server.db, a.org.id, 'Privat projekt');
    const other = await server.client().signIn(b.email('coord'));
    const list = await other.gql<{ projects: { items: { name: string }[] } }>(LIST, { limit: 500 });
    expect(list.data!.projects.items.map((i) => i.name)).not.toContain('Privat projekt');
    expect((await other.gql(DETAIL, { id: p.id })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(
      (await other.gql(UPDATE, { input: { id: p.id, version: 1, name: 'Hacket' } })).errors![0].extensions!
        .code,
    ).toBe('NOT_FOUND');
    expect((await other.gql(PASS, { id: p.id, to: 'proposal', v: 1 })).errors![0].extensions!.code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await other.gql(ARTEFACT, { input: { projectId: p.id, kind: 'BUSINESS_CASE', title: 'x' } }))
        .errors![0].extensions!.code,
    ).toBe('NOT_FOUND');
    const today = new Date().toISOString().slice(0, 10);
    const report = {
      projectId: p.id,
      periodEnd: today,
      ragTime: 'GREEN',
      ragCost: 'GREEN',
      ragQuality: 'GREEN',
      ragScope: 'GREEN',
      progressPercent: 1,
      spent: 0,
      budget: 0,
    };
    expect((await other.gql(REPORT, { input: report })).errors![0].extensions!.code).toBe('NOT_FOUND');
    const row = await server.db.prisma.project.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({ name: 'Privat projekt', version: 1, phase: 'idea' });
    expect(await server.db.prisma.projectArtefact.count({ where: { projectId: p.id } })).toBe(0);
  });

  it('refuses references from another organisation', async () => {
    const foreignUsage = await aUsage(server.db, b.org.id, 'Pb system');
    const client = await server.client().signIn(a.email('coord'));
    const result = await client.gql(CREATE, { input: { name: 'Lån', usageIds: [foreignUsage.id] } });
    expect(result.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    expect(result.errors![0].extensions!.fields).toEqual([
      { field: 'usageIds', message: expect.any(String) },
    ]);
  });

  it('closes a project that passes the gate into the last phase, and reopens it one phase back', async () => {
    // Organisation b has no phase definitions of its own: the domain's default model applies.
    const p = await aProject(server.db, b.org.id, 'Afslutning', {
      phase: 'benefit_realisation',
      status: 'ACTIVE',
    });
    const coord = await server.client().signIn(b.email('coord'));
    const missing = await coord.gql(PASS, { id: p.id, to: 'closed', v: 1 });
    expect(missing.errors![0].extensions!.code).toBe('ARTEFACTS_MISSING');
    expect(missing.errors![0].message).toContain('der mangler afslutningsrapport');
    await server.db.prisma.projectArtefact.create({
      data: { projectId: p.id, kind: 'CLOSING_REPORT', title: 'Afslutningsrapport' },
    });
    const STATUS = `query($id: ID!) { project(id: $id) { phase status version gate { nextPhase ok } } }`;
    const closed = await coord.gql<{ passGate: unknown }>(PASS, { id: p.id, to: 'closed', v: 1 });
    expect(closed.errors).toBeUndefined();
    const afterClose = await coord.gql<{ project: unknown }>(STATUS, { id: p.id });
    expect(afterClose.data!.project).toEqual({
      phase: 'closed',
      status: 'CLOSED',
      version: 2,
      gate: { nextPhase: null, ok: false },
    });
    const audit = await server.db.prisma.auditEntry.findFirstOrThrow({
      where: { entityId: p.id, action: 'DECIDE' },
    });
    expect(audit.after).toMatchObject({ phase: 'closed', status: 'CLOSED' });

    const reopened = await coord.gql(PASS, { id: p.id, to: 'benefit_realisation', v: 2 });
    expect(reopened.errors).toBeUndefined();
    expect((await coord.gql<{ project: unknown }>(STATUS, { id: p.id })).data!.project).toMatchObject({
      phase: 'benefit_realisation',
      status: 'ACTIVE',
    });
  });

  it('keeps the status on a gate that does not lead to the last phase', async () => {
    const p = await aProject(server.db, b.org.id, 'Idéfase', { phase: 'idea', status: 'PROPOSED' });
    await server.db.prisma.projectArtefact.create({
      data: { projectId: p.id, kind: 'IDEA_DESCRIPTION', title: 'Idé' },
    });
    const coord = await server.client().signIn(b.email('coord'));
    expect((await coord.gql(PASS, { id: p.id, to: 'analysis', v: 1 })).errors).toBeUndefined();
    expect(await server.db.prisma.project.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      phase: 'analysis',
      status: 'PROPOSED',
    });
  });
});
