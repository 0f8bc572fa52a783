import { aBenefitRow } from '../benefit/benefit-fixtures';
import { aProject } from '../portfolio/portfolio-fixtures';
import { anOrganisation, startTestServer, type TestClient, type TestServer } from '../test-server';
import { aContract } from './contract-fixtures';

// Every consumer reads the day from the request (Context.today), which this pins.
process.env.OVERBLIK_TODAY = '2026-05-10';

jest.setTimeout(60_000);

const PAGE = `query($id: ID!) { contractToday contract(id: $id) { dates {
  validity currentEnd latestNoticeDate retender { decisionDate } } } }`;
const LANDSCAPE = `query($id: ID!) { systemUsage(id: $id) {
  coveringContracts { id validity effectiveEnd noticeDate } } }`;
const BOARD = `{ portfolioBoard { entries { project { id } timeCriticality { contractDecisionDate } } } }`;
const JOINT = `{ jointTenderCandidates { items { contracts { id decisionDate } } } }`;
const ALERTS = `mutation { runContractAlerts { due } }`;
const NOTIFICATIONS = `{ notifications { kind dueDate subjectId } }`;
const BENEFIT = `query($id: ID!) { benefit(id: $id) { verification { verified realisedOn reason } } }`;

type Dates = { validity: string; currentEnd: string; latestNoticeDate: string; decisionDate: string | null };

/**
 * The contract schedule (ADR 0011) has one implementation; this asserts that every consumer shows
 * its dates for the same contract tree: contract page, landscape, portfolio time criticality,
 * alert job, joint-tender discovery and benefit verification.
 */
describe('one contract schedule for every consumer', () => {
  let server: TestServer;
  let client: TestClient;
  let callOff: string;
  let usageId: string;
  let projectId: string;
  let benefitId: string;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db;
    const norddal = await anOrganisation(db, 'norddal', {
      alle: ['ADMINISTRATOR', 'CONTRACT_MANAGER', 'PORTFOLIO_STEERING_GROUP'],
    });
    const sovang = await anOrganisation(db, 'sovang', { kontrakt: ['CONTRACT_MANAGER'] });
    await db.prisma.organisation.update({
      where: { id: norddal.org.id },
      data: { settings: { procurementLeadMonths: { OTHER: 6 }, migrationMonths: 1 } },
    });
    await db.prisma.collaboration.create({
      data: {
        name: 'Nord-Syd',
        members: {
          create: [
            { organisationId: norddal.org.id, shares: ['CONTRACTS'] },
            { organisationId: sovang.org.id, shares: ['CONTRACTS'] },
          ],
        },
      },
    });
    const esdh = await db.prisma.itSystem.create({ data: { name: 'ESDH X' } });
    const usage = (organisationId: string, migrationMonths: number | null) =>
      db.prisma.systemUsage.create({ data: { organisationId, systemId: esdh.id, migrationMonths } });
    usageId = (await usage(norddal.org.id, 3)).id;

    const framework = await aContract(db, norddal.org.id, {
      name: 'Rammeaftale',
      purchaseForm: 'EU_TENDER',
      start: '2023-06-01',
      end: '2027-05-31',
      noticeMonths: 6,
    });
    callOff = (
      await aContract(db, norddal.org.id, {
        name: 'ESDH-leveranceaftale',
        purchaseForm: 'OTHER',
        start: '2024-01-01',
        end: '2028-12-31',
        noticeMonths: 3,
        yearly: 400_000,
        usageIds: [usageId],
      })
    ).id;
    await db.prisma.contract.update({ where: { id: callOff }, data: { parentId: framework.id } });
    await aContract(db, sovang.org.id, {
      name: 'Søvang ESDH',
      start: '2024-01-01',
      end: '2027-12-31',
      noticeMonths: 3,
      usageIds: [(await usage(sovang.org.id, null)).id],
    });

    projectId = (await aProject(db, norddal.org.id, 'Nyt ESDH')).id;
    await db.prisma.projectSystem.create({ data: { projectId, usageId } });
    benefitId = (
      await aBenefitRow(db, {
        organisationId: norddal.org.id,
        title: 'Leverancen ophører',
        verification: 'CONTRACT_ENDED',
        verificationContractId: callOff,
      })
    ).id;
    client = await server.client().signIn(norddal.email('alle'));
  });
  afterAll(() => server.close());

  async function gql<T>(query: string, variables: Record<string, unknown> = {}) {
    const result = await client.gql<T>(query, variables);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }

  /** The call-off's dates as each consumer shows them. */
  async function everyConsumer() {
    const page = await gql<{ contractToday: string; contract: { dates: Dates & { retender: Dates } } }>(
      PAGE,
      {
        id: callOff,
      },
    );
    const landscape = await gql<{
      systemUsage: {
        coveringContracts: { id: string; validity: string; effectiveEnd: string; noticeDate: string }[];
      };
    }>(LANDSCAPE, { id: usageId });
    const board = await gql<{
      portfolioBoard: {
        entries: { project: { id: string }; timeCriticality: { contractDecisionDate: string } }[];
      };
    }>(BOARD);
    const joint = await gql<{
      jointTenderCandidates: { items: { contracts: { id: string; decisionDate: string }[] }[] };
    }>(JOINT);
    await gql(ALERTS);
    const notices = await gql<{ notifications: { kind: string; dueDate: string; subjectId: string }[] }>(
      NOTIFICATIONS,
    );
    const benefit = await gql<{
      benefit: { verification: { verified: boolean; realisedOn: string | null } };
    }>(BENEFIT, { id: benefitId });
    const covering = landscape.systemUsage.coveringContracts.find((c) => c.id === callOff)!;
    return {
      today: page.contractToday,
      page: {
        validity: page.contract.dates.validity,
        currentEnd: page.contract.dates.currentEnd,
        latestNoticeDate: page.contract.dates.latestNoticeDate,
        decisionDate: page.contract.dates.retender.decisionDate,
      },
      landscape: {
        validity: covering.validity,
        currentEnd: covering.effectiveEnd,
        latestNoticeDate: covering.noticeDate,
      },
      boardDecisionDate: board.portfolioBoard.entries.find((e) => e.project.id === projectId)!.timeCriticality
        .contractDecisionDate,
      jointTenderDecisionDate:
        joint.jointTenderCandidates.items.flatMap((i) => i.contracts).find((c) => c.id === callOff)
          ?.decisionDate ?? null,
      alertDueDates: notices.notifications
        .filter((n) => n.subjectId === callOff)
        .map((n) => `${n.kind}:${n.dueDate}`)
        .sort(),
      benefit: benefit.benefit.verification,
    };
  }

  it('gives the same hand-checked dates everywhere while the call-off runs', async () => {
    const seen = await everyConsumer();
    // The call-off (to 2028-12-31) is capped by its framework's end, 2027-05-31. Notice (3 months)
    // is due by 2027-02-28; 6 months' procurement (the organisation's) + 3 months' migration (the
    // covered usage's, longer than the default 1) before that: 2026-05-31 (ADR 0011).
    const expected = { validity: 'ACTIVE', currentEnd: '2027-05-31', latestNoticeDate: '2027-02-28' };
    expect(seen.today).toBe('2026-05-10');
    expect(seen.page).toEqual({ ...expected, decisionDate: '2026-05-31' });
    expect(seen.landscape).toEqual(expected);
    expect(seen.boardDecisionDate).toBe('2026-05-31');
    expect(seen.jointTenderDecisionDate).toBe('2026-05-31');
    // Within the 12-month horizon: the decision is due; the notice date is beyond the 90-day warning.
    expect(seen.alertDueDates).toEqual(['RETENDER_DECISION_DUE:2026-05-31']);
    expect(seen.benefit).toMatchObject({ verified: false, realisedOn: null });
  });

  it('follows a newly pinned day in every consumer, with the same end', async () => {
    process.env.OVERBLIK_TODAY = '2027-06-15';
    try {
      const seen = await everyConsumer();
      expect(seen.today).toBe('2027-06-15');
      // The framework has expired, and the call-off with it on the same day in every view.
      expect(seen.page).toMatchObject({ validity: 'EXPIRED', currentEnd: '2027-05-31' });
      expect(seen.landscape).toMatchObject({ validity: 'EXPIRED', currentEnd: '2027-05-31' });
      // Ended contracts are not re-tendered: no decision date in the portfolio or joint tenders.
      expect(seen.boardDecisionDate).toBeNull();
      expect(seen.jointTenderDecisionDate).toBeNull();
      // Benefit verification sees the capped end too: the saving is realised the day after it.
      expect(seen.benefit).toMatchObject({ verified: true, realisedOn: '2027-06-01' });
    } finally {
      process.env.OVERBLIK_TODAY = '2026-05-10';
    }
  });
});
