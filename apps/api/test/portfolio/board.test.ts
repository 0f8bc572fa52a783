import { addMonths } from '@overblik/domain';
import { anOrganisation, aUsage, startTestServer, type TestServer } from '../test-server';
import { aProject } from './portfolio-fixtures';

const BOARD = `query($s: ID) { portfolioBoard(scenarioId: $s) {
  capacityLineIndex divergenceThreshold scenarioId
  entries { project { id name } position score mandatory scorePosition divergence divergent fits
    firstShortfall { competencyName quarter shortfallHours }
    timeCriticality { level reasons contractDecisionDate } }
} }`;
const REORDER = `mutation($p: ID!, $b: ID, $a: ID) { reorderProject(projectId: $p, beforeId: $b, afterId: $a) { id rankKey } }`;
const CREATE_SCENARIO = `mutation($n: String!) { createScenario(name: $n) { id version approvedAt } }`;
const SCENARIO_REORDER = `mutation($s: ID!, $p: ID!, $b: ID, $a: ID) { reorderInScenario(scenarioId: $s, projectId: $p, beforeId: $b, afterId: $a) { id } }`;
const APPROVE = `mutation($s: ID!, $v: Int!) { approveScenario(scenarioId: $s, version: $v) { id approvedAt version } }`;
const CRITERION = `mutation($input: CriterionCreateInput!) { createCriterion(input: $input) { id version } }`;
const SCORE = `mutation($input: CriterionScoreInput!) { setCriterionScore(input: $input) { id value version } }`;

type Entry = {
  project: { id: string; name: string };
  position: number;
  score: number;
  scorePosition: number;
  divergence: number;
  divergent: boolean;
  fits: boolean;
  firstShortfall: { competencyName: string; quarter: string; shortfallHours: number } | null;
  timeCriticality: { level: string; reasons: string[]; contractDecisionDate: string | null };
};
type Board = { portfolioBoard: { capacityLineIndex: number | null; entries: Entry[] } };

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date());

describe('ranking board: scores, divergence, time criticality, capacity line, reorder, scenarios', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db.prisma;
    a = await anOrganisation(server.db, 'ra', {
      board: ['PORTFOLIO_STEERING_GROUP'],
      board2: ['EXECUTIVE_BOARD'],
      coord: ['PROJECT_COORDINATOR'],
      reader: ['READER'],
    });
    b = await anOrganisation(server.db, 'rb', {
      board: ['PORTFOLIO_STEERING_GROUP'],
      admin: ['ADMINISTRATOR'],
    });
    for (const [i, name] of ['P1', 'P2', 'P3', 'P4'].entries()) {
      ids[name] = (
        await aProject(server.db, a.org.id, name, { rankKey: `a${i}`, status: i % 2 ? 'ACTIVE' : 'PROPOSED' })
      ).id;
    }
    await aProject(server.db, b.org.id, 'Fremmed', { rankKey: 'a0' });

    // Capacity: one developer at 37 h/week; demands in 2027-Q1 of 20, 20, 10 and 5 hours.
    const dev = await db.competency.create({ data: { organisationId: a.org.id, name: 'Udvikler' } });
    await db.person.create({
      data: {
        organisationId: a.org.id,
        name: 'Dorte',
        weeklyCapacityHours: 37,
        competencies: { create: [{ competencyId: dev.id }] },
      },
    });
    for (const [name, hours] of [
      ['P1', 20],
      ['P2', 20],
      ['P3', 10],
      ['P4', 5],
    ] as const) {
      await db.resourceDemand.create({
        data: { projectId: ids[name], competencyId: dev.id, quarter: '2027-Q1', hoursPerWeek: hours },
      });
    }

    // P3 touches a system fed by a copy register; P4 a system whose contract must be decided soon.
    const copy = await aUsage(server.db, a.org.id, 'Kopi-system');
    const cpr = await db.dataSource.create({ data: { name: 'CPR-kopi', kind: 'COPY_REGISTER' } });
    await db.usageDataSource.create({
      data: { organisationId: a.org.id, usageId: copy.id, dataSourceId: cpr.id, authoritative: false },
    });
    await db.projectSystem.create({ data: { projectId: ids.P3, usageId: copy.id } });
    const contracted = await aUsage(server.db, a.org.id, 'Kontrakt-system');
    const end = addMonths(today(), 24);
    const contract = await db.contract.create({
      data: {
        organisationId: a.org.id,
        name: 'Driftsaftale',
        startDate: new Date('2020-01-01'),
        endDate: new Date(`${end}T00:00:00Z`),
        noticePeriodMonths: 9,
        purchaseForm: 'EU_TENDER',
      },
    });
    await db.contractCoverage.create({ data: { contractId: contract.id, usageId: contracted.id } });
    await db.projectSystem.create({ data: { projectId: ids.P4, usageId: contracted.id } });
  }, 60_000);
  afterAll(() => server.close());

  const as = (key: string, org = a) => server.client().signIn(org.email(key));
  const order = (board: Board) => board.portfolioBoard.entries.map((e) => e.project.name);

  it('scores with the active model: weights, scale and direction; flags the divergence', async () => {
    const coord = await as('coord');
    const c1 = await coord.gql<{ createCriterion: { id: string } }>(CRITERION, {
      input: { name: 'Strategisk værdi', weight: 2 },
    });
    const c2 = await coord.gql<{ createCriterion: { id: string } }>(CRITERION, {
      input: { name: 'Kompleksitet', weight: 1, direction: 'LOWER_IS_BETTER' },
    });
    expect(c1.errors).toBeUndefined();
    const s = (p: string, c: { createCriterion: { id: string } }, value: number) =>
      coord.gql(SCORE, { input: { projectId: ids[p], criterionId: c.createCriterion.id, value } });
    await s('P1', c1.data!, 1);
    await s('P1', c2.data!, 5);
    await s('P2', c1.data!, 3);
    await s('P2', c2.data!, 3);
    await s('P4', c1.data!, 5);
    await s('P4', c2.data!, 1);
    const outOfScale = await s('P3', c1.data!, 6);
    expect(outOfScale.errors![0].extensions!.code).toBe('VALIDATION_FAILED');
    const reader = await as('reader');
    const readerScore = await reader.gql(SCORE, {
      input: { projectId: ids.P3, criterionId: c1.data!.createCriterion.id, value: 3 },
    });
    expect(readerScore.errors![0].extensions!.code).toBe('FORBIDDEN');

    const board = (await reader.gql<Board>(BOARD)).data!;
    expect(order(board)).toEqual(['P1', 'P2', 'P3', 'P4']);
    // P4: 100; P2: (2·0.5 + 1·0.5)/3 = 50; P1: 0; P3 unscored: 0 → score order P4, P2, P1, P3.
    expect(
      board.portfolioBoard.entries.map((e) => [e.score, e.scorePosition, e.divergence, e.divergent]),
    ).toEqual([
      [0, 3, -2, false],
      [50, 2, 0, false],
      [0, 4, -1, false],
      [100, 1, 3, true],
    ]);
  });

  it('shows time criticality from the landscape', async () => {
    const board = (await (await as('reader')).gql<Board>(BOARD)).data!;
    const tc = Object.fromEntries(
      board.portfolioBoard.entries.map((e) => [e.project.name, e.timeCriticality]),
    );
    expect(tc.P1).toEqual({ level: 'NONE', reasons: [], contractDecisionDate: null });
    expect(tc.P3).toEqual({ level: 'SOON', reasons: ['REMOVES_COPY_REGISTER'], contractDecisionDate: null });
    // End in 24 months − 9 months notice − 12 months EU tender = decision in 3 months: URGENT.
    expect(tc.P4).toEqual({
      level: 'URGENT',
      reasons: ['CONTRACT_DECISION_WITHIN_6_MONTHS'],
      contractDecisionDate: addMonths(addMonths(today(), 24), -21),
    });
  });

  it('draws the capacity line at the first project that does not fit, and it moves with a reorder', async () => {
    const board = await as('board');
    const before = (await board.gql<Board>(BOARD)).data!;
    // 20 fits 37; 20 + 20 = 40 does not (3 h short); P3 and P4 still fit what is left.
    expect(before.portfolioBoard.capacityLineIndex).toBe(1);
    expect(before.portfolioBoard.entries.map((e) => e.fits)).toEqual([true, false, true, true]);
    expect(before.portfolioBoard.entries[1].firstShortfall).toEqual({
      competencyName: 'Udvikler',
      quarter: '2027-Q1',
      shortfallHours: 3,
    });

    const moved = await board.gql(REORDER, { p: ids.P1, b: ids.P4, a: null });
    expect(moved.errors).toBeUndefined();
    const after = (await board.gql<Board>(BOARD)).data!;
    expect(order(after)).toEqual(['P2', 'P3', 'P4', 'P1']);
    // 20, 30, 35 fit; P1 would make 55.
    expect(after.portfolioBoard.capacityLineIndex).toBe(3);
    const audit = await server.db.prisma.auditEntry.findMany({
      where: { entityId: ids.P1, action: 'REORDER' },
    });
    expect(audit).toHaveLength(1);
    // Only the moved row changed.
    const rows = await server.db.prisma.project.findMany({
      where: { organisationId: a.org.id },
      orderBy: { name: 'asc' },
    });
    expect(rows.map((r) => r.rankKey).slice(1)).toEqual(['a1', 'a2', 'a3']);
    await board.gql(REORDER, { p: ids.P1, b: null, a: ids.P2 });
  });

  it('applies two concurrent reorders of different projects by two board members', async () => {
    const [first, second] = await Promise.all([as('board'), as('board2')]);
    // Board is P1, P2, P3, P4. One moves P4 to the top, the other P1 to the bottom, at once.
    const results = await Promise.all([
      first.gql(REORDER, { p: ids.P4, b: null, a: ids.P1 }),
      second.gql(REORDER, { p: ids.P1, b: ids.P4, a: null }),
    ]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    const names = order((await first.gql<Board>(BOARD)).data!);
    // Both moves survive, whichever ran first: P4 is on top, and P1 sits under its anchor P4
    // (when P4 had already moved) or at the end (when it had not).
    expect(names[0]).toBe('P4');
    expect([
      ['P4', 'P1', 'P2', 'P3'],
      ['P4', 'P2', 'P3', 'P1'],
    ]).toContainEqual(names);
    expect(
      await server.db.prisma.auditEntry.count({
        where: { action: 'REORDER', entityId: { in: [ids.P1, ids.P4] } },
      }),
    ).toBe(4);
    // Back to P1, P2, P3, P4 for the next tests.
    await first.gql(REORDER, { p: ids.P4, b: ids.P3, a: null });
    await first.gql(REORDER, { p: ids.P1, b: null, a: ids.P2 });
    expect(order((await first.gql<Board>(BOARD)).data!)).toEqual(['P1', 'P2', 'P3', 'P4']);
  });

  it('refuses reorders without the rank permission and across organisations', async () => {
    const keysBefore = await server.db.prisma.project.findMany({
      where: { organisationId: a.org.id },
      select: { id: true, rankKey: true },
      orderBy: { id: 'asc' },
    });
    const coord = await as('coord');
    expect((await coord.gql(REORDER, { p: ids.P2, b: null, a: ids.P1 })).errors![0].extensions!.code).toBe(
      'FORBIDDEN',
    );
    const other = await as('board', b);
    expect((await other.gql(REORDER, { p: ids.P2, b: null, a: ids.P1 })).errors![0].extensions!.code).toBe(
      'NOT_FOUND',
    );
    const otherBoard = (await other.gql<Board>(BOARD)).data!;
    expect(order(otherBoard)).toEqual(['Fremmed']);
    const keysAfter = await server.db.prisma.project.findMany({
      where: { organisationId: a.org.id },
      select: { id: true, rankKey: true },
      orderBy: { id: 'asc' },
    });
    expect(keysAfter).toEqual(keysBefore);
    const admin = await as('admin', b);
    expect(
      (await admin.gql(CRITERION, { input: { name: 'B-kriterium', weight: 1 } })).errors,
    ).toBeUndefined();
    const crit = await server.db.prisma.criterion.findFirstOrThrow({ where: { name: 'B-kriterium' } });
    const foreign = await (
      await as('coord')
    ).gql(SCORE, { input: { projectId: ids.P1, criterionId: crit.id, value: 3 } });
    expect(foreign.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('keeps the live ranking while a scenario is saved and reordered, and applies it once approved', async () => {
    const board = await as('board');
    const live = order((await board.gql<Board>(BOARD)).data!);
    expect(live).toEqual(['P1', 'P2', 'P3', 'P4']);
    const liveKeys = await server.db.prisma.project.findMany({
      where: { organisationId: a.org.id },
      select: { id: true, rankKey: true },
    });
    const created = await board.gql<{ createScenario: { id: string; version: number } }>(CREATE_SCENARIO, {
      n: 'Hvad nu hvis',
    });
    expect(created.errors).toBeUndefined();
    const s = created.data!.createScenario;
    const r = await board.gql(SCENARIO_REORDER, { s: s.id, p: ids.P4, b: null, a: ids.P1 });
    expect(r.errors).toBeUndefined();
    const inScenario = (await board.gql<Board>(BOARD, { s: s.id })).data!;
    expect(order(inScenario)[0]).toBe('P4');
    expect(order((await board.gql<Board>(BOARD)).data!)).toEqual(live);
    expect(
      await server.db.prisma.project.findMany({
        where: { organisationId: a.org.id },
        select: { id: true, rankKey: true },
      }),
    ).toEqual(liveKeys);

    const other = await as('board', b);
    expect((await other.gql(BOARD, { s: s.id })).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await other.gql(APPROVE, { s: s.id, v: 1 })).errors![0].extensions!.code).toBe('NOT_FOUND');
    const coord = await as('coord');
    expect((await coord.gql(APPROVE, { s: s.id, v: 1 })).errors![0].extensions!.code).toBe('FORBIDDEN');

    const approved = await board.gql<{ approveScenario: { approvedAt: string | null } }>(APPROVE, {
      s: s.id,
      v: s.version,
    });
    expect(approved.errors).toBeUndefined();
    expect(approved.data!.approveScenario.approvedAt).not.toBeNull();
    expect(order((await board.gql<Board>(BOARD)).data!)).toEqual(order(inScenario));
    expect(
      (await board.gql(SCENARIO_REORDER, { s: s.id, p: ids.P1, b: null, a: ids.P4 })).errors![0].extensions!
        .code,
    ).toBe('INVALID_TRANSITION');
  });

  it('shows every change on the next request although whole board responses are cached', async () => {
    const coord = await as('coord');
    const reader = await as('reader');
    const lineOf = async () => (await reader.gql<Board>(BOARD)).data!.portfolioBoard.capacityLineIndex;
    const before = await lineOf();
    expect(await lineOf()).toBe(before);
    const dev = await server.db.prisma.competency.findFirstOrThrow({ where: { organisationId: a.org.id } });
    const first = (await reader.gql<Board>(BOARD)).data!.portfolioBoard.entries[0].project.id;
    // The top project now needs 40 h/week: more than the 37 available, so the line moves to the top.
    const demand = await coord.gql(
      `mutation($input: ResourceDemandInput!) { setResourceDemand(input: $input) { quarter } }`,
      { input: { projectId: first, competencyId: dev.id, quarter: '2027-Q1', hoursPerWeek: 40 } },
    );
    expect(demand.errors).toBeUndefined();
    expect(await lineOf()).toBe(0);
    const model = await coord.gql<{
      prioritisationModel: { criteria: { id: string; version: number; name: string }[] };
    }>('{ prioritisationModel { criteria { id version name } } }');
    const c1 = model.data!.prioritisationModel.criteria[0];
    const update = await coord.gql(
      `mutation($input: CriterionUpdateInput!) { updateCriterion(input: $input) { version } }`,
      { input: { id: c1.id, version: c1.version, name: c1.name, weight: 2, direction: 'LOWER_IS_BETTER' } },
    );
    expect(update.errors).toBeUndefined();
    // Strategic value flipped to lower-is-better: P1 (value 1 of 1..5, complexity 5) = (2·1 + 1·0)/3.
    const p2 = (await reader.gql<Board>(BOARD)).data!.portfolioBoard.entries.find(
      (e) => e.project.name === 'P2',
    );
    expect(p2!.score).toBe(50);
  });
});
