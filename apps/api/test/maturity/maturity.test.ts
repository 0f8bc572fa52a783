import { aUsage, anOrganisation, startTestServer, type TestServer } from '../test-server';

// Set-up starts a server and migrates a fresh database; under load that exceeds jest's 5 s hook default.
jest.setTimeout(60_000);

const MATURITY = `{ maturity {
  achievedStep customSteps
  steps { ordinal name met achieved criteria { key status value threshold met gap } }
  missingForNext { key name status value threshold gap }
  metrics { key value status numerator denominator }
  selfAssessment { key yes comment }
  history { achievedStep change direction note assessedBy { email } }
} }`;
const RECORD = `mutation($input: MaturityAssessmentInput!) { recordMaturityAssessment(input: $input) {
  achievedStep steps { met achieved } history { achievedStep change direction }
} }`;

interface Maturity {
  achievedStep: number;
  customSteps: boolean;
  steps: {
    ordinal: number;
    met: boolean;
    achieved: boolean;
    criteria: { key: string; status: string; value: number }[];
  }[];
  missingForNext: { key: string; status: string; value: number; threshold: number; gap: number }[];
  metrics: { key: string; value: number; status: string; numerator: number; denominator: number }[];
  selfAssessment: { key: string; yes: boolean; comment: string }[];
  history: { achievedStep: number; change: number | null; direction: string | null; note: string }[];
}

describe('maturity', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  async function maturity(email: string, organisationId?: string) {
    const client = await server.client().signIn(email);
    if (organisationId) client.organisationId = organisationId;
    return client.gql<{ maturity: Maturity }>(MATURITY);
  }

  it('measures the default steps from the data and lists what is missing for the next step', async () => {
    const org = await anOrganisation(server.db, 'modena', { coord: ['PROJECT_COORDINATOR'] });
    for (const name of ['ESDH', 'Økonomi']) {
      const usage = await aUsage(server.db, org.org.id, `${name} ${org.org.id}`);
      await server.db.prisma.systemUsage.update({
        where: { id: usage.id },
        data: { ownerUserId: org.userIds.coord },
      });
    }
    const retired = await aUsage(server.db, org.org.id, `Udfaset ${org.org.id}`);
    await server.db.prisma.systemUsage.update({ where: { id: retired.id }, data: { lifecycle: 'RETIRED' } });

    // 2 of 2 active usages owned; no contracts at all → contracts-dated has no data and step 1 fails.
    let m = (await maturity(org.email('coord'))).data!.maturity;
    expect(m.customSteps).toBe(false);
    expect(m.achievedStep).toBe(0);
    expect(m.metrics.find((x) => x.key === 'usagesWithOwnerShare')).toEqual({
      key: 'usagesWithOwnerShare',
      value: 1,
      status: 'MEASURED',
      numerator: 2,
      denominator: 2,
    });
    expect(m.missingForNext).toEqual([
      {
        key: 'contracts-dated',
        name: 'Kontrakter har en kendt slutdato',
        status: 'NO_DATA',
        value: 0,
        threshold: 0.8,
        gap: 0.8,
      },
    ]);

    // 4 of 5 contracts with a known end = 0.8, exactly the threshold → step 1 met.
    for (let i = 0; i < 5; i++) {
      await server.db.prisma.contract.create({
        data: {
          organisationId: org.org.id,
          name: `K${i}`,
          startDate: new Date('2024-01-01T00:00:00Z'),
          ...(i < 4 ? { endDate: new Date('2027-12-31T00:00:00Z') } : { ongoing: true }),
        },
      });
    }
    m = (await maturity(org.email('coord'))).data!.maturity;
    expect(m.achievedStep).toBe(1);
    expect(m.steps.map((s) => [s.met, s.achieved])).toEqual([
      [true, true],
      [false, false],
      [false, false],
      [false, false],
    ]);
    expect(m.missingForNext.map((c) => [c.key, c.status])).toEqual([
      ['project-model-adopted', 'SELF_ASSESSED'],
      ['projects-in-model', 'NO_DATA'],
      ['decisions-recorded', 'NO_DATA'],
    ]);
    expect(m.selfAssessment).toEqual([
      { key: 'project-model-adopted', yes: false, comment: '' },
      { key: 'board-steers-on-benefits', yes: false, comment: '' },
    ]);
  });

  it('does not count a later step while an earlier one is unmet, and records history', async () => {
    const org = await anOrganisation(server.db, 'modenb', { coord: ['PROJECT_COORDINATOR'] });
    const step1 = await server.db.prisma.maturityStep.create({
      data: { organisationId: org.org.id, ordinal: 1, name: 'Overblik' },
    });
    await server.db.prisma.maturityCriterion.create({
      data: { stepId: step1.id, name: 'Systemer har ejer', metric: 'usagesWithOwnerShare', threshold: 0.8 },
    });
    const step2 = await server.db.prisma.maturityStep.create({
      data: { organisationId: org.org.id, ordinal: 2, name: 'Styring' },
    });
    const self = await server.db.prisma.maturityCriterion.create({
      data: { stepId: step2.id, name: 'Projektmodel vedtaget', metric: null, threshold: 1 },
    });
    const usage = await aUsage(server.db, org.org.id, `Uden ejer ${org.org.id}`);

    const client = await server.client().signIn(org.email('coord'));
    const first = await client.gql<{ recordMaturityAssessment: Maturity }>(RECORD, {
      input: { answers: [{ key: self.id, yes: true, comment: 'Vedtaget marts' }], note: 'Første vurdering' },
    });
    expect(first.errors).toBeUndefined();
    // Step 2 is met on its own, but step 1 (0 of 1 usages owned) is not: achieved stays 0.
    expect(first.data!.recordMaturityAssessment).toEqual({
      achievedStep: 0,
      steps: [
        { met: false, achieved: false },
        { met: true, achieved: false },
      ],
      history: [{ achievedStep: 0, change: null, direction: null }],
    });
    let m = (await maturity(org.email('coord'))).data!.maturity;
    expect(m.customSteps).toBe(true);
    expect(m.missingForNext).toEqual([
      {
        key: expect.any(String),
        name: 'Systemer har ejer',
        status: 'MEASURED',
        value: 0,
        threshold: 0.8,
        gap: 0.8,
      },
    ]);
    expect(m.selfAssessment).toEqual([{ key: self.id, yes: true, comment: 'Vedtaget marts' }]);

    // Once the earlier step is met, the recorded self-assessment carries step 2 too.
    await server.db.prisma.systemUsage.update({
      where: { id: usage.id },
      data: { ownerUserId: org.userIds.coord },
    });
    m = (await maturity(org.email('coord'))).data!.maturity;
    expect(m.achievedStep).toBe(2);
    expect(m.missingForNext).toEqual([]);
    const second = await client.gql<{ recordMaturityAssessment: Maturity }>(RECORD, {
      input: { answers: [{ key: self.id, yes: true }] },
    });
    expect(second.data!.recordMaturityAssessment.history).toEqual([
      { achievedStep: 0, change: null, direction: null },
      { achievedStep: 2, change: 2, direction: 'UP' },
    ]);
    const stored = await server.db.prisma.maturityAssessment.findMany({
      where: { organisationId: org.org.id },
    });
    expect(stored).toHaveLength(2);
    expect(
      await server.db.prisma.auditEntry.count({
        where: { entityType: 'MaturityAssessment', organisationId: org.org.id },
      }),
    ).toBe(2);
  });

  it('refuses a reader and an unknown criterion key, storing nothing', async () => {
    const org = await anOrganisation(server.db, 'modenc', {
      coord: ['PROJECT_COORDINATOR'],
      reader: ['READER'],
    });
    const reader = await server.client().signIn(org.email('reader'));
    const refused = await reader.gql(RECORD, { input: { answers: [] } });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
    const coord = await server.client().signIn(org.email('coord'));
    const bad = await coord.gql(RECORD, { input: { answers: [{ key: 'usages-owned', yes: true }] } });
    expect(bad.errors![0].extensions!.fields).toEqual([
      { field: 'answers.0.key', message: 'Ugyldig værdi.' },
    ]);
    expect(await server.db.prisma.maturityAssessment.count({ where: { organisationId: org.org.id } })).toBe(
      0,
    );
  });

  it("isolates organisations: another organisation's history and steps are never read or written", async () => {
    const a = await anOrganisation(server.db, 'modend', { coord: ['PROJECT_COORDINATOR'] });
    const b = await anOrganisation(server.db, 'modene', { coord: ['PROJECT_COORDINATOR'] });
    const aClient = await server.client().signIn(a.email('coord'));
    await aClient.gql(RECORD, { input: { answers: [], note: 'A' } });
    const bView = (await maturity(b.email('coord'))).data!.maturity;
    expect(bView.history).toEqual([]);
    expect((await maturity(b.email('coord'), a.org.id)).errors![0].extensions!.code).toBe('FORBIDDEN');
    const bClient = await server.client().signIn(b.email('coord'));
    bClient.organisationId = a.org.id;
    const write = await bClient.gql(RECORD, { input: { answers: [] } });
    expect(write.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await server.db.prisma.maturityAssessment.count({ where: { organisationId: a.org.id } })).toBe(1);
  });
});
