import { anOrganisation, startTestServer, type TestServer } from '../test-server';
import { aPhaseModel, aProject } from './portfolio-fixtures';

const DECIDE = `mutation($input: ProjectLifecycleDecisionInput!) {
  decideProjectLifecycle(input: $input) { id status version }
}`;
const LOG = `query($id: ID!) { project(id: $id) {
  status version lifecycleDecisions { action fromStatus toStatus reason decidedBy { name } }
} }`;
const PASS = `mutation($id: ID!, $to: String!, $v: Int!) { passGate(projectId: $id, toPhase: $to, version: $v) { phase version } }`;
const GATE = `query($id: ID!) { project(id: $id) { phase version gate { nextPhase ok } } }`;
const DELETE = `mutation($id: ID!, $v: Int!) { deleteProject(id: $id, version: $v) }`;
const TEAM = `mutation($p: ID!, $v: Int!, $m: [ProjectTeamMemberInput!]!) {
  setProjectTeam(projectId: $p, version: $v, members: $m) { id version team { role user { name } } }
}`;

type Errors = { errors?: { message: string; extensions?: Record<string, unknown> }[] };
const code = (r: Errors) => r.errors?.[0]?.extensions?.code;

describe('the project lifecycle: board decisions, deletion and the team', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'lc-a', {
      board: ['PORTFOLIO_STEERING_GROUP'],
      coord: ['PROJECT_COORDINATOR'],
      lead: ['PROJECT_LEAD'],
      custodian: ['SYSTEM_OWNER'],
    });
    b = await anOrganisation(server.db, 'lc-b', {
      board: ['PORTFOLIO_STEERING_GROUP'],
      coord: ['PROJECT_COORDINATOR'],
    });
    await aPhaseModel(server.db, a.org.id);
  }, 60_000);
  afterAll(() => server.close());

  const as = (user: string, org = a) => server.client().signIn(org.email(user));

  it('pauses, resumes and stops a running project, each with its reason in the decision log and the audit', async () => {
    const p = await aProject(server.db, a.org.id, 'Ny ESDH', { phase: 'execution', status: 'ACTIVE' });
    const board = await as('board');
    const paused = await board.gql(DECIDE, {
      input: { projectId: p.id, version: 1, action: 'PAUSE', reason: 'Leverandøren er forsinket' },
    });
    expect(paused.errors).toBeUndefined();
    expect(paused.data!.decideProjectLifecycle).toMatchObject({ status: 'ON_HOLD', version: 2 });
    await board.gql(DECIDE, {
      input: { projectId: p.id, version: 2, action: 'RESUME', reason: 'Leverancen er klar' },
    });
    await board.gql(DECIDE, {
      input: { projectId: p.id, version: 3, action: 'STOP', reason: 'Gevinsten er væk' },
    });
    const log = await board.gql<{ project: unknown }>(LOG, { id: p.id });
    expect(log.data!.project).toEqual({
      status: 'CLOSED',
      version: 4,
      lifecycleDecisions: [
        {
          action: 'PAUSE',
          fromStatus: 'ACTIVE',
          toStatus: 'ON_HOLD',
          reason: 'Leverandøren er forsinket',
          decidedBy: { name: 'board lc-a' },
        },
        {
          action: 'RESUME',
          fromStatus: 'ON_HOLD',
          toStatus: 'ACTIVE',
          reason: 'Leverancen er klar',
          decidedBy: { name: 'board lc-a' },
        },
        {
          action: 'STOP',
          fromStatus: 'ACTIVE',
          toStatus: 'CLOSED',
          reason: 'Gevinsten er væk',
          decidedBy: { name: 'board lc-a' },
        },
      ],
    });
    const audits = await server.db.prisma.auditEntry.findMany({
      where: { entityId: p.id, action: 'DECIDE' },
      orderBy: { at: 'asc' },
    });
    expect(audits).toHaveLength(3);
    expect(audits[0].after).toMatchObject({
      status: 'ON_HOLD',
      decision: { action: 'PAUSE', reason: 'Leverandøren er forsinket' },
    });
  });

  it('holds a paused or stopped project at its gate until the board resumes it', async () => {
    const p = await aProject(server.db, a.org.id, 'Sat på pause', { phase: 'proposal', status: 'ACTIVE' });
    const board = await as('board');
    await board.gql(DECIDE, {
      input: { projectId: p.id, version: 1, action: 'PAUSE', reason: 'Afventer budget' },
    });
    const coord = await as('coord');
    expect((await coord.gql<{ project: unknown }>(GATE, { id: p.id })).data!.project).toEqual({
      phase: 'proposal',
      version: 2,
      gate: { nextPhase: 'execution', ok: false },
    });
    // Stepping back needs no artefacts, so only the board's decision can refuse it.
    const held = await coord.gql(PASS, { id: p.id, to: 'idea', v: 2 });
    expect(code(held)).toBe('INVALID_TRANSITION');
    expect(held.errors![0].message).toBe(
      'Projektet er sat på pause, afvist eller stoppet af styregruppen og kan ikke passere en fase.',
    );
    expect(await server.db.prisma.project.findUniqueOrThrow({ where: { id: p.id } })).toMatchObject({
      phase: 'proposal',
      version: 2,
    });
    await board.gql(DECIDE, { input: { projectId: p.id, version: 2, action: 'STOP', reason: 'Droppet' } });
    expect(code(await coord.gql(PASS, { id: p.id, to: 'idea', v: 3 }))).toBe('INVALID_TRANSITION');
    const other = await aProject(server.db, a.org.id, 'Genoptaget', { phase: 'proposal', status: 'ACTIVE' });
    await board.gql(DECIDE, { input: { projectId: other.id, version: 1, action: 'PAUSE', reason: 'Vent' } });
    await board.gql(DECIDE, { input: { projectId: other.id, version: 2, action: 'RESUME', reason: 'Klar' } });
    const moved = await coord.gql<{ passGate: unknown }>(PASS, { id: other.id, to: 'idea', v: 3 });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.passGate).toEqual({ phase: 'idea', version: 4 });
  });

  it('refuses the coordinator before looking at the input, a blank reason, a wrong state and a stale version', async () => {
    const p = await aProject(server.db, a.org.id, 'Pause uden grund', {
      phase: 'execution',
      status: 'ACTIVE',
    });
    const coord = await as('coord');
    expect(
      code(await coord.gql(DECIDE, { input: { projectId: p.id, version: 1, action: 'PAUSE', reason: '' } })),
    ).toBe('FORBIDDEN');
    const board = await as('board');
    const blank = await board.gql(DECIDE, {
      input: { projectId: p.id, version: 1, action: 'PAUSE', reason: '  ' },
    });
    expect(blank.errors![0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'reason', message: 'Skal udfyldes.' }],
    });
    board.locale = 'en';
    const wrong = await board.gql(DECIDE, {
      input: { projectId: p.id, version: 1, action: 'RESUME', reason: 'Klar' },
    });
    expect(code(wrong)).toBe('INVALID_TRANSITION');
    expect(wrong.errors![0].message).toBe(
      'The project cannot take this decision in its current status. Only an active project can be paused, only a paused project resumed, and a closed project cannot be stopped.',
    );
    const stale = await board.gql(DECIDE, {
      input: { projectId: p.id, version: 7, action: 'PAUSE', reason: 'Nu' },
    });
    expect(code(stale)).toBe('STALE_VERSION');
    const row = await server.db.prisma.project.findUniqueOrThrow({ where: { id: p.id } });
    expect(row).toMatchObject({ status: 'ACTIVE', version: 1 });
    expect(await server.db.prisma.projectLifecycleDecision.count({ where: { projectId: p.id } })).toBe(0);
  });

  it('deletes an idea and a rejected project with an audit entry, and refuses a running one', async () => {
    const idea = await aProject(server.db, a.org.id, 'Løs idé');
    const rejected = await aProject(server.db, a.org.id, 'Afvist', { phase: 'proposal', status: 'REJECTED' });
    const running = await aProject(server.db, a.org.id, 'I gang', { phase: 'execution', status: 'ACTIVE' });
    const proposed = await aProject(server.db, a.org.id, 'Indstillet', { phase: 'proposal' });
    const coord = await as('coord');
    expect(code(await coord.gql(DELETE, { id: idea.id, v: 2 }))).toBe('STALE_VERSION');
    expect((await coord.gql(DELETE, { id: idea.id, v: 1 })).data).toEqual({ deleteProject: true });
    expect((await coord.gql(DELETE, { id: rejected.id, v: 1 })).data).toEqual({ deleteProject: true });
    for (const p of [running, proposed]) {
      const refused = await coord.gql(DELETE, { id: p.id, v: 1 });
      expect(code(refused)).toBe('CONFLICT');
      expect(refused.errors![0].message).toBe(
        'Projektet kan kun slettes, mens det er en idé eller efter et afslag. Et projekt, der er i gang, kan stoppes af styregruppen i stedet.',
      );
    }
    expect(await server.db.prisma.project.count({ where: { id: { in: [idea.id, rejected.id] } } })).toBe(0);
    expect(await server.db.prisma.project.count({ where: { id: { in: [running.id, proposed.id] } } })).toBe(
      2,
    );
    const audit = await server.db.prisma.auditEntry.findFirstOrThrow({
      where: { entityId: idea.id, action: 'DELETE' },
    });
    expect(audit.before).toMatchObject({ name: 'Løs idé', phase: 'idea' });
    // A board member may not delete; a proposer may delete only an idea they own.
    const other = await aProject(server.db, a.org.id, 'Andens idé');
    expect(code(await (await as('board')).gql(DELETE, { id: other.id, v: 1 }))).toBe('FORBIDDEN');
    expect(code(await (await as('lead')).gql(DELETE, { id: other.id, v: 1 }))).toBe('FORBIDDEN');
    await server.db.prisma.project.update({ where: { id: other.id }, data: { ownerUserId: a.userIds.lead } });
    expect((await (await as('lead')).gql(DELETE, { id: other.id, v: 1 })).data).toEqual({
      deleteProject: true,
    });
  });

  it('keeps a team with roles, one person in several, refused when stale or naming an outsider', async () => {
    const p = await aProject(server.db, a.org.id, 'Team-projekt', { phase: 'execution', status: 'ACTIVE' });
    const coord = await as('coord');
    const saved = await coord.gql<{ setProjectTeam: { version: number; team: unknown[] } }>(TEAM, {
      p: p.id,
      v: 1,
      m: [
        { userId: a.userIds.custodian, role: 'CUSTODIAN' },
        { userId: a.userIds.lead, role: 'SUPER_USER' },
        { userId: a.userIds.board, role: 'STEERING_GROUP' },
        { userId: a.userIds.custodian, role: 'STEERING_GROUP' },
      ],
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.setProjectTeam.version).toBe(2);
    expect(saved.data!.setProjectTeam.team).toEqual([
      { role: 'CUSTODIAN', user: { name: 'custodian lc-a' } },
      { role: 'SUPER_USER', user: { name: 'lead lc-a' } },
      { role: 'STEERING_GROUP', user: { name: 'board lc-a' } },
      { role: 'STEERING_GROUP', user: { name: 'custodian lc-a' } },
    ]);
    expect(code(await coord.gql(TEAM, { p: p.id, v: 1, m: [] }))).toBe('STALE_VERSION');
    const outsider = await coord.gql(TEAM, {
      p: p.id,
      v: 2,
      m: [{ userId: b.userIds.board, role: 'CUSTODIAN' }],
    });
    expect(outsider.errors![0].extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ field: 'members', message: 'Brugeren findes ikke i din organisation.' }],
    });
    expect(await server.db.prisma.projectTeamMember.count({ where: { projectId: p.id } })).toBe(4);
    const audit = await server.db.prisma.auditEntry.findFirstOrThrow({
      where: { entityId: p.id, action: 'UPDATE' },
    });
    expect(audit.after).toMatchObject({
      team: expect.arrayContaining([{ userId: a.userIds.custodian, role: 'CUSTODIAN' }]),
    });
    expect(code(await (await as('board')).gql(TEAM, { p: p.id, v: 2, m: [] }))).toBe('FORBIDDEN');
  });

  it('keeps organisations apart: another board or coordinator cannot decide, delete or staff', async () => {
    const p = await aProject(server.db, a.org.id, 'Privat', { status: 'ACTIVE' });
    const idea = await aProject(server.db, a.org.id, 'Privat idé');
    const otherBoard = await as('board', b);
    const otherCoord = await as('coord', b);
    expect(
      code(
        await otherBoard.gql(DECIDE, {
          input: { projectId: p.id, version: 1, action: 'PAUSE', reason: 'x' },
        }),
      ),
    ).toBe('NOT_FOUND');
    expect(code(await otherCoord.gql(DELETE, { id: idea.id, v: 1 }))).toBe('NOT_FOUND');
    expect(code(await otherCoord.gql(TEAM, { p: p.id, v: 1, m: [] }))).toBe('NOT_FOUND');
    expect(code(await otherCoord.gql(LOG, { id: p.id }))).toBe('NOT_FOUND');
    expect(await server.db.prisma.project.count({ where: { id: { in: [p.id, idea.id] }, version: 1 } })).toBe(
      2,
    );
  });
});
