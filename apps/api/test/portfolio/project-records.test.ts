import { anOrganisation, startTestServer, type TestServer } from '../test-server';
import { aProject } from './portfolio-fixtures';

const ARTEFACT = `mutation($input: ArtefactInput!) { saveProjectArtefact(input: $input) { id kind title content version } }`;
const BUSINESS_CASE = `mutation($id: ID!, $v: Int!, $lines: [BusinessCaseLineInput!]!) {
  saveBusinessCase(projectId: $id, version: $v, lines: $lines) { kind description amount year } }`;
const REPORT = `mutation($input: StatusReportInput!) { fileStatusReport(input: $input) { id overall reportedBy { name } } }`;
const RECORDS = `query($id: ID!) { project(id: $id) {
  version artefacts { kind title version } businessCase { kind amount year }
  statusReports { periodEnd overall risks reportedBy { name } } latestStatus { missing report { overall } }
} }`;
const COMPETENCY = `mutation($n: String!) { createCompetency(name: $n) { id name version } }`;
const UPDATE_COMPETENCY = `mutation($id: ID!, $v: Int!, $n: String!) { updateCompetency(id: $id, version: $v, name: $n) { id name version } }`;

const today = () => new Date().toISOString().slice(0, 10);
const report = (projectId: string) => ({
  projectId,
  periodEnd: today(),
  ragTime: 'GREEN',
  ragCost: 'AMBER',
  ragQuality: 'GREEN',
  ragScope: 'GREEN',
  progressPercent: 40,
  spent: 100_000,
  budget: 400_000,
  risks: 'Leverandøren er forsinket.',
  nextSteps: 'Test i fagcentret.',
});
const code = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  r.errors?.[0]?.extensions?.code;

describe('project records: artefacts, business case and status reports by the project keepers', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'ra', {
      coord: ['PROJECT_COORDINATOR'],
      lead: ['PROJECT_LEAD'],
      other: ['PROJECT_LEAD'],
      owner: ['SYSTEM_OWNER'],
      reader: ['READER'],
    });
    b = await anOrganisation(server.db, 'rb', { coord: ['PROJECT_COORDINATOR'] });
  }, 60_000);
  afterAll(() => server.close());

  async function ownProject(name: string) {
    const p = await aProject(server.db, a.org.id, name, { status: 'ACTIVE', phase: 'execution' });
    await server.db.prisma.project.update({
      where: { id: p.id },
      data: { leadUserId: a.userIds.lead, ownerUserId: a.userIds.owner },
    });
    return p;
  }

  it('refuses a report or business case that breaks the shared rules, with field messages, storing nothing', async () => {
    const p = await ownProject('Regelprojekt');
    const lead = await server.client().signIn(a.email('lead'));
    const bad = await lead.gql(REPORT, {
      input: { ...report(p.id), progressPercent: 101, spent: -1 },
    });
    expect(bad.errors![0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [
        { field: 'progressPercent', message: 'Må højst være 100.' },
        { field: 'spent', message: 'Skal være mindst 0.' },
      ],
    });
    expect(await server.db.prisma.statusReport.count({ where: { projectId: p.id } })).toBe(0);

    const lines = [
      { kind: 'ONE_OFF_COST', description: 'Licens', amount: 10, year: 2026 },
      { kind: 'YEARLY_BENEFIT', description: '', amount: -1, year: 1999 },
    ];
    const badCase = await lead.gql(BUSINESS_CASE, { id: p.id, v: p.version, lines });
    expect(badCase.errors![0].extensions!.fields).toEqual([
      { field: '1.amount', message: 'Skal være mindst 0.' },
      { field: '1.year', message: 'Skal være mindst 2000.' },
    ]);
    const stored = await server.db.prisma.project.findUniqueOrThrow({ where: { id: p.id } });
    expect(stored.version).toBe(p.version);
    expect(await server.db.prisma.businessCaseLine.count({ where: { projectId: p.id } })).toBe(0);
  });

  it('lets the lead file a status report, lists it with who filed it, and refuses other leads', async () => {
    const p = await ownProject('Rapportprojekt');
    const lead = await server.client().signIn(a.email('lead'));
    const filed = await lead.gql<{ fileStatusReport: { overall: string; reportedBy: { name: string } } }>(
      REPORT,
      { input: report(p.id) },
    );
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.fileStatusReport).toMatchObject({ overall: 'AMBER', reportedBy: { name: 'lead ra' } });

    // A project lead of another project, and the owner (whose role cannot report), are refused.
    const otherLead = await server.client().signIn(a.email('other'));
    expect(code(await otherLead.gql(REPORT, { input: report(p.id) }))).toBe('FORBIDDEN');
    const owner = await server.client().signIn(a.email('owner'));
    expect(code(await owner.gql(REPORT, { input: report(p.id) }))).toBe('FORBIDDEN');
    // The coordinator collects reports for every project.
    const coord = await server.client().signIn(a.email('coord'));
    const byCoord = await coord.gql(REPORT, { input: { ...report(p.id), ragCost: 'RED' } });
    expect(byCoord.errors).toBeUndefined();

    const bad = await lead.gql(REPORT, { input: { ...report(p.id), progressPercent: 140, spent: -1 } });
    expect(code(bad)).toBe('VALIDATION_FAILED');
    expect((bad.errors![0].extensions!.fields as { field: string }[]).map((f) => f.field).sort()).toEqual([
      'progressPercent',
      'spent',
    ]);

    const reader = await server.client().signIn(a.email('reader'));
    const records = await reader.gql<{ project: { statusReports: unknown[]; latestStatus: unknown } }>(
      RECORDS,
      { id: p.id },
    );
    expect(records.data!.project.statusReports).toEqual([
      expect.objectContaining({ overall: 'AMBER', reportedBy: { name: 'lead ra' } }),
      expect.objectContaining({ overall: 'RED', reportedBy: { name: 'coord ra' } }),
    ]);
    expect(records.data!.project.latestStatus).toEqual({ missing: false, report: { overall: 'RED' } });
    expect(await server.db.prisma.statusReport.count({ where: { projectId: p.id } })).toBe(2);
    expect(
      await server.db.prisma.auditEntry.count({ where: { entityType: 'StatusReport', action: 'CREATE' } }),
    ).toBe(2);
  });

  it('lets the owner and the lead keep the business case, guarded by the project version', async () => {
    const p = await ownProject('Business case-projekt');
    const lines = [
      { kind: 'ONE_OFF_COST', amount: 500_000, year: 2027, description: 'Anskaffelse' },
      { kind: 'YEARLY_BENEFIT', amount: 200_000, year: 2028, description: 'Sparet tid' },
    ];
    const owner = await server.client().signIn(a.email('owner'));
    const saved = await owner.gql<{ saveBusinessCase: unknown[] }>(BUSINESS_CASE, { id: p.id, v: 1, lines });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveBusinessCase).toHaveLength(2);
    const stale = await owner.gql(BUSINESS_CASE, { id: p.id, v: 1, lines: [] });
    expect(code(stale)).toBe('STALE_VERSION');
    const lead = await server.client().signIn(a.email('lead'));
    const byLead = await lead.gql(BUSINESS_CASE, {
      id: p.id,
      v: 2,
      lines: [...lines, { kind: 'YEARLY_COST', amount: 30_000, year: 2028 }],
    });
    expect(byLead.errors).toBeUndefined();
    const otherLead = await server.client().signIn(a.email('other'));
    expect(code(await otherLead.gql(BUSINESS_CASE, { id: p.id, v: 3, lines: [] }))).toBe('FORBIDDEN');
    const reader = await server.client().signIn(a.email('reader'));
    expect(code(await reader.gql(BUSINESS_CASE, { id: p.id, v: 3, lines: [] }))).toBe('FORBIDDEN');
    const invalid = await lead.gql(BUSINESS_CASE, {
      id: p.id,
      v: 3,
      lines: [{ kind: 'ONE_OFF_COST', amount: -5, year: 1900 }],
    });
    expect(code(invalid)).toBe('VALIDATION_FAILED');
    const after = await reader.gql<{ project: { version: number; businessCase: unknown[] } }>(RECORDS, {
      id: p.id,
    });
    expect(after.data!.project.version).toBe(3);
    expect(after.data!.project.businessCase).toHaveLength(3);
  });

  it('accepts all nine artefact kinds from the keepers and refuses other project leads', async () => {
    const p = await ownProject('Artefaktprojekt');
    const lead = await server.client().signIn(a.email('lead'));
    const kinds = [
      'BUSINESS_CASE',
      'BENEFIT_MAP',
      'RISK_ASSESSMENT',
      'RESOURCE_PLAN',
      'IDEA_DESCRIPTION',
      'IMPLEMENTATION_PLAN',
      'BENEFIT_REALISATION_PLAN',
      'OPERATIONS_HANDOVER',
      'CLOSING_REPORT',
    ];
    for (const kind of kinds) {
      const r = await lead.gql(ARTEFACT, {
        input: { projectId: p.id, kind, title: kind, content: '## Indhold' },
      });
      expect(r.errors).toBeUndefined();
    }
    const revised = await lead.gql<{ saveProjectArtefact: { title: string; version: number } }>(ARTEFACT, {
      input: { projectId: p.id, kind: 'CLOSING_REPORT', title: 'Afslutning', content: 'Ny', version: 1 },
    });
    expect(revised.data!.saveProjectArtefact).toMatchObject({ title: 'Afslutning', version: 2 });
    const otherLead = await server.client().signIn(a.email('other'));
    expect(
      code(
        await otherLead.gql(ARTEFACT, {
          input: { projectId: p.id, kind: 'CLOSING_REPORT', title: 'Kapret', version: 2 },
        }),
      ),
    ).toBe('FORBIDDEN');
    const titleMissing = await lead.gql(ARTEFACT, {
      input: { projectId: p.id, kind: 'CLOSING_REPORT', title: ' ', version: 2 },
    });
    expect(code(titleMissing)).toBe('VALIDATION_FAILED');
    const coord = await server.client().signIn(a.email('coord'));
    const byCoord = await coord.gql(ARTEFACT, {
      input: { projectId: p.id, kind: 'CLOSING_REPORT', title: 'Koordineret', version: 2 },
    });
    expect(byCoord.errors).toBeUndefined();
    const rows = await server.db.prisma.projectArtefact.findMany({ where: { projectId: p.id } });
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r.kind === 'CLOSING_REPORT')).toMatchObject({
      title: 'Koordineret',
      version: 3,
    });
  });

  it('renames a competency with a version, refuses duplicates, stale edits and readers', async () => {
    const coord = await server.client().signIn(a.email('coord'));
    const created = await coord.gql<{ createCompetency: { id: string } }>(COMPETENCY, { n: 'Test' });
    await coord.gql(COMPETENCY, { n: 'Jura' });
    const id = created.data!.createCompetency.id;
    const renamed = await coord.gql<{ updateCompetency: unknown }>(UPDATE_COMPETENCY, {
      id,
      v: 1,
      n: 'Testledelse',
    });
    expect(renamed.data!.updateCompetency).toEqual({ id, name: 'Testledelse', version: 2 });
    expect(code(await coord.gql(UPDATE_COMPETENCY, { id, v: 1, n: 'Igen' }))).toBe('STALE_VERSION');
    expect(code(await coord.gql(UPDATE_COMPETENCY, { id, v: 2, n: 'Jura' }))).toBe('CONFLICT');
    expect(code(await coord.gql(UPDATE_COMPETENCY, { id, v: 2, n: '  ' }))).toBe('VALIDATION_FAILED');
    const reader = await server.client().signIn(a.email('reader'));
    expect(code(await reader.gql(UPDATE_COMPETENCY, { id, v: 2, n: 'Læst' }))).toBe('FORBIDDEN');
    expect(
      await server.db.prisma.auditEntry.count({ where: { entityType: 'Competency', entityId: id } }),
    ).toBe(2);
  });

  it("keeps organisations apart: another organisation's coordinator gets NOT_FOUND", async () => {
    const p = await ownProject('Privat rapport');
    const competency = await server.db.prisma.competency.create({
      data: { organisationId: a.org.id, name: 'Privat kompetence' },
    });
    const other = await server.client().signIn(b.email('coord'));
    expect(code(await other.gql(REPORT, { input: report(p.id) }))).toBe('NOT_FOUND');
    expect(code(await other.gql(BUSINESS_CASE, { id: p.id, v: 1, lines: [] }))).toBe('NOT_FOUND');
    expect(
      code(
        await other.gql(ARTEFACT, { input: { projectId: p.id, kind: 'IMPLEMENTATION_PLAN', title: 'x' } }),
      ),
    ).toBe('NOT_FOUND');
    expect(code(await other.gql(RECORDS, { id: p.id }))).toBe('NOT_FOUND');
    expect(code(await other.gql(UPDATE_COMPETENCY, { id: competency.id, v: 1, n: 'Hacket' }))).toBe(
      'NOT_FOUND',
    );
    expect(await server.db.prisma.statusReport.count({ where: { projectId: p.id } })).toBe(0);
    expect(await server.db.prisma.projectArtefact.count({ where: { projectId: p.id } })).toBe(0);
    expect((await server.db.prisma.competency.findUniqueOrThrow({ where: { id: competency.id } })).name).toBe(
      'Privat kompetence',
    );
  });
});
