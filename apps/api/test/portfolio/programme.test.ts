import { anOrganisation, startTestServer, type TestServer } from '../test-server';
import { aProject } from './portfolio-fixtures';

const FIELDS = 'id organisationId name description archived version lead { name } strategies { name }';
const CREATE = `mutation($input: ProgrammeCreateInput!) { createProgramme(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($input: ProgrammeUpdateInput!) { updateProgramme(input: $input) { ${FIELDS} } }`;
const ARCHIVE = `mutation($id: ID!, $v: Int!, $archived: Boolean!) {
  setProgrammeArchived(id: $id, version: $v, archived: $archived) { id archived version }
}`;
const ASSIGN = `mutation($id: ID!, $v: Int!, $projectIds: [ID!]!) {
  setProgrammeProjects(programmeId: $id, version: $v, projectIds: $projectIds) { id version projects { name } }
}`;
const PROGRAMME = `query($id: ID!) { programme(id: $id) {
  name projects { name programmeId }
  rollup {
    projectCount
    status { worst running green amber red missing }
    spend { budget spent spentPercent overspentProjectIds }
    risks { projectName rag risks }
    benefits { benefitCount targetKr plannedKr realisedKr realisationPercent qualitativeCount }
  }
} }`;
const LIST = `query($all: Boolean) { programmes(includeArchived: $all) { name archived rollup { projectCount status { worst } } } }`;
const UPDATE_PROJECT = `mutation($input: ProjectUpdateInput!) {
  updateProject(input: $input) { id version programmeId programme { name } }
}`;

type Errors = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const code = (r: Errors) => r.errors?.[0]?.extensions?.code;
const fields = (r: Errors) => r.errors?.[0]?.extensions?.fields;

/** A calendar day `days` before today, as the API's today counts (UTC is close enough: days apart). */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

describe('programmes: grouping projects and rolling up their status, spend, risks and benefits', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'prg-a', {
      coord: ['PROJECT_COORDINATOR'],
      board: ['EXECUTIVE_BOARD'],
      lead: ['PROJECT_LEAD'],
      reader: ['READER'],
    });
    b = await anOrganisation(server.db, 'prg-b', { coord: ['PROJECT_COORDINATOR'] });
  }, 60_000);
  afterAll(() => server.close());

  const as = (user: string, org = a) => server.client().signIn(org.email(user));
  const newProgramme = async (name: string) => {
    const coord = await as('coord');
    const r = await coord.gql<{ createProgramme: { id: string; version: number } }>(CREATE, {
      input: { name },
    });
    expect(r.errors).toBeUndefined();
    return r.data!.createProgramme;
  };

  it('lets the coordinator create and the executive board edit a programme, audited and version-guarded', async () => {
    const strategy = await server.db.prisma.strategy.create({
      data: { organisationId: a.org.id, name: 'Digital velfærd' },
    });
    const coord = await as('coord');
    const created = await coord.gql<{ createProgramme: { id: string } }>(CREATE, {
      input: {
        name: 'Velfærdsteknologi',
        description: 'Projekter om teknologi i plejen',
        leadUserId: a.userIds.lead,
        strategyIds: [strategy.id],
      },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createProgramme).toMatchObject({
      organisationId: a.org.id,
      name: 'Velfærdsteknologi',
      archived: false,
      version: 1,
      lead: { name: 'lead prg-a' },
      strategies: [{ name: 'Digital velfærd' }],
    });
    const id = created.data!.createProgramme.id;

    const board = await as('board');
    const edited = await board.gql(UPDATE, {
      input: { id, version: 1, name: 'Velfærdsteknologi 2027', strategyIds: [] },
    });
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateProgramme).toMatchObject({
      name: 'Velfærdsteknologi 2027',
      version: 2,
      strategies: [],
    });

    const stale = await coord.gql(UPDATE, { input: { id, version: 1, name: 'Gammel' } });
    expect(code(stale)).toBe('STALE_VERSION');

    const again = await coord.gql(CREATE, { input: { name: 'Velfærdsteknologi 2027' } });
    expect(code(again)).toBe('CONFLICT');

    const audits = await server.db.prisma.auditEntry.findMany({
      where: { entityType: 'Programme', entityId: id },
      orderBy: { at: 'asc' },
    });
    expect(audits.map((e) => e.action)).toEqual(['CREATE', 'UPDATE']);
    expect(audits[0].after).toMatchObject({ name: 'Velfærdsteknologi', strategyIds: [strategy.id] });
    expect(audits[1].before).toMatchObject({ strategyIds: [strategy.id] });
    expect(audits[1].after).toMatchObject({ name: 'Velfærdsteknologi 2027', strategyIds: [] });
  });

  it('refuses bad input with localised field errors and changes nothing', async () => {
    const coord = await as('coord');
    const blank = await coord.gql(CREATE, { input: { name: '  ' } });
    expect(code(blank)).toBe('VALIDATION_FAILED');
    expect(fields(blank)).toEqual([{ field: 'name', message: expect.stringMatching(/udfyld|skal/i) }]);
    coord.locale = 'en';
    const outsider = await coord.gql(CREATE, { input: { name: 'Udenfor', leadUserId: b.userIds.coord } });
    expect(fields(outsider)).toEqual([
      { field: 'leadUserId', message: 'The user does not exist in your organisation.' },
    ]);
    expect(await server.db.prisma.programme.count({ where: { name: { in: ['  ', 'Udenfor'] } } })).toBe(0);
  });

  it('rolls up two assigned projects: the reddest status, spend against budget, their risks and benefits', async () => {
    const programme = await newProgramme('Borgerservice');
    const web = await aProject(server.db, a.org.id, 'Ny hjemmeside', {
      status: 'ACTIVE',
      phase: 'execution',
    });
    const booking = await aProject(server.db, a.org.id, 'Tidsbestilling', {
      status: 'ACTIVE',
      phase: 'execution',
    });
    await server.db.prisma.project.update({ where: { id: booking.id }, data: { budget: 400_000 } });
    const report = {
      reportedById: a.userIds.lead,
      ragTime: 'GREEN' as const,
      ragCost: 'GREEN' as const,
      ragQuality: 'GREEN' as const,
      ragScope: 'GREEN' as const,
      progressPercent: 40,
    };
    await server.db.prisma.statusReport.createMany({
      data: [
        { ...report, projectId: web.id, periodEnd: new Date(daysAgo(40)), spent: 100_000, budget: 1_000_000 },
        {
          ...report,
          projectId: web.id,
          periodEnd: new Date(daysAgo(10)),
          ragCost: 'AMBER',
          spent: 300_000,
          budget: 1_100_000,
          risks: 'Leverandøren er forsinket',
        },
      ],
    });
    // Booking has no report: it counts as missing and with its own budget, 400,000 kr.
    await server.db.prisma.benefit.create({
      data: {
        organisationId: a.org.id,
        projectId: web.id,
        title: 'Færre opkald',
        type: 'ECONOMIC_KR',
        baseline: 1_000_000,
        target: 600_000,
        direction: 'DECREASE',
        measurements: { create: { measuredOn: new Date(daysAgo(5)), value: 900_000 } },
      },
    });

    const board = await as('board');
    const assigned = await board.gql(ASSIGN, {
      id: programme.id,
      v: programme.version,
      projectIds: [web.id, booking.id, web.id],
    });
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.setProgrammeProjects).toMatchObject({
      version: programme.version + 1,
      projects: [{ name: 'Ny hjemmeside' }, { name: 'Tidsbestilling' }],
    });

    const reader = await as('reader');
    const read = await reader.gql<{ programme: unknown }>(PROGRAMME, { id: programme.id });
    expect(read.errors).toBeUndefined();
    expect(read.data!.programme).toEqual({
      name: 'Borgerservice',
      projects: [
        { name: 'Ny hjemmeside', programmeId: programme.id },
        { name: 'Tidsbestilling', programmeId: programme.id },
      ],
      rollup: {
        projectCount: 2,
        status: { worst: 'AMBER', running: 2, green: 0, amber: 1, red: 0, missing: 1 },
        // 1,100,000 (latest report) + 400,000 (own) = 1,500,000; 300,000 spent = 20 %.
        spend: { budget: 1_500_000, spent: 300_000, spentPercent: 20, overspentProjectIds: [] },
        risks: [{ projectName: 'Ny hjemmeside', rag: 'AMBER', risks: 'Leverandøren er forsinket' }],
        // Saving 1,000,000 → 600,000 targets 400,000; measured 900,000 realises 100,000 = 25 %.
        benefits: {
          benefitCount: 1,
          targetKr: 400_000,
          plannedKr: 0,
          realisedKr: 100_000,
          realisationPercent: 25,
          qualitativeCount: 0,
        },
      },
    });

    const audit = await server.db.prisma.auditEntry.findFirstOrThrow({
      where: { entityType: 'Programme', entityId: programme.id, action: 'UPDATE' },
    });
    expect(audit.before).toMatchObject({ projectIds: [] });
    expect(audit.after).toMatchObject({ projectIds: [web.id, booking.id].sort() });

    // A project belongs to at most one programme: joining another takes it out of this one.
    const other = await newProgramme('Digital post');
    await board.gql(ASSIGN, { id: other.id, v: other.version, projectIds: [booking.id] });
    const after = await reader.gql<{ programme: { rollup: { projectCount: number } } }>(PROGRAMME, {
      id: programme.id,
    });
    expect(after.data!.programme.rollup.projectCount).toBe(1);
  });

  it('puts a project in a programme from its own form, for programme keepers only', async () => {
    const programme = await newProgramme('Skole');
    const project = await aProject(server.db, a.org.id, 'Skoleintra');
    await server.db.prisma.project.update({
      where: { id: project.id },
      data: { ownerUserId: a.userIds.lead },
    });

    const lead = await as('lead');
    const refused = await lead.gql(UPDATE_PROJECT, {
      input: { id: project.id, version: 1, programmeId: programme.id },
    });
    expect(code(refused)).toBe('FORBIDDEN');
    // The project's own people still edit it when the programme stays as it is.
    const unchanged = await lead.gql(UPDATE_PROJECT, {
      input: { id: project.id, version: 1, programmeId: null },
    });
    expect(unchanged.errors).toBeUndefined();

    const coord = await as('coord');
    const joined = await coord.gql(UPDATE_PROJECT, {
      input: { id: project.id, version: 2, programmeId: programme.id },
    });
    expect(joined.errors).toBeUndefined();
    expect(joined.data!.updateProject).toMatchObject({
      programmeId: programme.id,
      programme: { name: 'Skole' },
    });

    const archived = await coord.gql(ARCHIVE, { id: programme.id, v: programme.version, archived: true });
    expect(archived.data!.setProgrammeArchived).toMatchObject({ archived: true });
    const other = await aProject(server.db, a.org.id, 'Forældreintra');
    const toArchived = await coord.gql(UPDATE_PROJECT, {
      input: { id: other.id, version: 1, programmeId: programme.id },
    });
    expect(fields(toArchived)).toEqual([
      {
        field: 'programmeId',
        message: 'Programmet er arkiveret og tager ikke nye projekter. Vælg et aktivt program.',
      },
    ]);
    coord.locale = 'en';
    const assign = await coord.gql(ASSIGN, {
      id: programme.id,
      v: programme.version + 1,
      projectIds: [project.id, other.id],
    });
    expect(fields(assign)).toEqual([
      {
        field: 'projectIds',
        message: 'The programme is archived and takes no new projects. Choose an active programme.',
      },
    ]);

    const list = await coord.gql<{ programmes: { name: string }[] }>(LIST, {});
    expect(list.data!.programmes.map((p) => p.name)).not.toContain('Skole');
    const all = await coord.gql<{ programmes: { name: string; archived: boolean }[] }>(LIST, { all: true });
    expect(all.data!.programmes).toContainEqual(expect.objectContaining({ name: 'Skole', archived: true }));
  });

  it('lets readers read but not keep programmes', async () => {
    const reader = await as('reader');
    expect(code(await reader.gql(CREATE, { input: { name: 'Læser' } }))).toBe('FORBIDDEN');
    const lead = await as('lead');
    expect(code(await lead.gql(CREATE, { input: { name: 'Leder' } }))).toBe('FORBIDDEN');
    const list = await reader.gql<{ programmes: unknown[] }>(LIST, {});
    expect(list.errors).toBeUndefined();
    expect(list.data!.programmes.length).toBeGreaterThan(0);
  });

  it("keeps each organisation's programmes private", async () => {
    const programme = await newProgramme('Hemmeligt program');
    const project = await aProject(server.db, a.org.id, 'Hemmeligt projekt');
    const theirs = await (async () => {
      const r = await (
        await as('coord', b)
      ).gql<{ createProgramme: { id: string; version: number } }>(CREATE, {
        input: { name: 'Eget program' },
      });
      return r.data!.createProgramme;
    })();

    const outsider = await as('coord', b);
    expect(code(await outsider.gql(PROGRAMME, { id: programme.id }))).toBe('NOT_FOUND');
    expect(
      code(await outsider.gql(UPDATE, { input: { id: programme.id, version: 1, name: 'Kapret' } })),
    ).toBe('NOT_FOUND');
    expect(code(await outsider.gql(ARCHIVE, { id: programme.id, v: 1, archived: true }))).toBe('NOT_FOUND');
    expect(code(await outsider.gql(ASSIGN, { id: programme.id, v: 1, projectIds: [] }))).toBe('NOT_FOUND');
    // Another organisation's project cannot join one's own programme, nor its programme one's project.
    const stolen = await outsider.gql(ASSIGN, { id: theirs.id, v: theirs.version, projectIds: [project.id] });
    expect(fields(stolen)).toEqual([
      { field: 'projectIds', message: 'Projektet findes ikke i din organisation.' },
    ]);
    const list = await outsider.gql<{ programmes: { name: string }[] }>(LIST, { all: true });
    expect(list.data!.programmes.map((p) => p.name)).toEqual(['Eget program']);

    const coord = await as('coord');
    const foreign = await coord.gql(UPDATE_PROJECT, {
      input: { id: project.id, version: 1, programmeId: theirs.id },
    });
    expect(fields(foreign)).toEqual([
      { field: 'programmeId', message: 'Programmet findes ikke i din organisation.' },
    ]);
    expect(
      (await server.db.prisma.project.findUniqueOrThrow({ where: { id: project.id } })).programmeId,
    ).toBeNull();
  });
});
