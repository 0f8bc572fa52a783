import { anOrganisation, startTestServer, type TestServer } from '../test-server';
import { aContract } from '../contract/contract-fixtures';

process.env.OVERBLIK_TODAY = '2026-11-27';

const CANDIDATES = `query($w: Int) { jointTenderCandidates(windowMonths: $w) { totalCount items {
  key matchedOn label windowStart windowEnd
  contracts { id name organisationName decisionDate yearlyCost priceHidden }
} } }`;
const CREATE_PLAN = `mutation($input: TenderPlanFromCandidateInput!) { createTenderPlan(input: $input) {
  id name windowStart windowEnd participants { organisationName contractId }
} }`;

type Candidate = {
  key: string;
  matchedOn: string;
  label: string;
  windowStart: string;
  windowEnd: string;
  contracts: {
    id: string;
    name: string;
    organisationName: string;
    decisionDate: string | null;
    yearlyCost: number | null;
    priceHidden: boolean;
  }[];
};

describe('joint tenders', () => {
  let server: TestServer;
  let norddal: Awaited<ReturnType<typeof anOrganisation>>;
  let sovang: Awaited<ReturnType<typeof anOrganisation>>;
  let other: Awaited<ReturnType<typeof anOrganisation>>;
  let norddalContract: string;
  let sovangContract: string;
  let norddalUsage: string;
  let sovangUsage: string;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db;
    norddal = await anOrganisation(db, 'norddal', { kontrakt: ['CONTRACT_MANAGER'] });
    sovang = await anOrganisation(db, 'sovang', { kontrakt: ['CONTRACT_MANAGER'], laeser: ['READER'] });
    other = await anOrganisation(db, 'other', { kontrakt: ['CONTRACT_MANAGER'] });
    // Norddal shares its contracts but keeps prices local; Søvang shares both.
    await db.prisma.collaboration.create({
      data: {
        name: 'Nord-Syd samarbejdet',
        members: {
          create: [
            { organisationId: norddal.org.id, shares: ['CONTRACTS'] },
            { organisationId: sovang.org.id, shares: ['CONTRACTS', 'CONTRACT_PRICES'] },
          ],
        },
      },
    });
    // Another collaboration in which "other" shares nothing: its contract must never show.
    await db.prisma.collaboration.create({
      data: {
        name: 'Lukket samarbejde',
        members: {
          create: [
            { organisationId: sovang.org.id, shares: ['CONTRACTS'] },
            { organisationId: other.org.id, shares: [] },
          ],
        },
      },
    });
    const esdh = await db.prisma.itSystem.create({ data: { name: 'ESDH X' } });
    const usage = (organisationId: string) =>
      db.prisma.systemUsage.create({
        data: { organisationId, systemId: esdh.id, capabilities: ['Sagsbehandling'] },
      });
    // Norddal: EU tender, 6 months' notice → notice by 2027-12-31 (+6 months = 2028-06-30), decision 12
    // months before that: 2026-12-31 (ADR 0011: counted back from the latest notice date).
    norddalContract = (
      await aContract(db, norddal.org.id, {
        name: 'Norddal ESDH',
        purchaseForm: 'EU_TENDER',
        start: '2022-07-01',
        end: '2028-06-30',
        noticeMonths: 6,
        yearly: 500_000,
        usageIds: [(norddalUsage = (await usage(norddal.org.id)).id)],
      })
    ).id;
    // Søvang: mini-tender, 3 months' notice → notice by 2027-12-31, decision 4 months before: 2027-08-31.
    sovangContract = (
      await aContract(db, sovang.org.id, {
        name: 'Søvang ESDH',
        purchaseForm: 'MINI_TENDER',
        start: '2024-04-01',
        end: '2028-03-31',
        noticeMonths: 3,
        yearly: 300_000,
        usageIds: [(sovangUsage = (await usage(sovang.org.id)).id)],
      })
    ).id;
    await aContract(db, other.org.id, {
      name: 'Hemmelig ESDH',
      purchaseForm: 'MINI_TENDER',
      start: '2024-04-01',
      end: '2028-03-31',
      noticeMonths: 3,
      yearly: 1,
      usageIds: [(await usage(other.org.id)).id],
    });
  });
  afterAll(() => server.close());

  async function candidates(email: string, w?: number) {
    const client = await server.client().signIn(email);
    const result = await client.gql<{ jointTenderCandidates: { totalCount: number; items: Candidate[] } }>(
      CANDIDATES,
      w ? { w } : {},
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.jointTenderCandidates.totalCount).toBe(
      result.data!.jointTenderCandidates.items.length,
    );
    return result.data!.jointTenderCandidates.items;
  }

  it('shows the Søvang user the Norddal contract in a candidate without its price', async () => {
    const found = await candidates(sovang.email('kontrakt'));
    expect(found).toHaveLength(1);
    const [candidate] = found;
    expect(candidate).toMatchObject({
      matchedOn: 'SYSTEM',
      label: 'ESDH X',
      windowStart: '2026-12-31',
      windowEnd: '2027-08-31',
    });
    const byName = Object.fromEntries(candidate.contracts.map((c) => [c.name, c]));
    expect(Object.keys(byName).sort()).toEqual(['Norddal ESDH', 'Søvang ESDH']);
    expect(byName['Norddal ESDH']).toMatchObject({
      organisationName: 'norddal Kommune',
      yearlyCost: null,
      priceHidden: true,
    });
    expect(byName['Søvang ESDH']).toMatchObject({ yearlyCost: 300_000, priceHidden: false });
  });

  it('shows Norddal the shared Søvang price', async () => {
    const [candidate] = await candidates(norddal.email('kontrakt'));
    const sovangItem = candidate.contracts.find((c) => c.name === 'Søvang ESDH')!;
    expect(sovangItem).toMatchObject({ yearlyCost: 300_000, priceHidden: false });
    expect(candidate.contracts.find((c) => c.name === 'Norddal ESDH')!.yearlyCost).toBe(500_000);
  });

  it('respects the window and leaves out organisations that share nothing', async () => {
    // The decisions lie 8 months apart (2026-12-31 + 8 months = 2027-08-31).
    expect(await candidates(sovang.email('kontrakt'), 7)).toEqual([]);
    expect(await candidates(sovang.email('kontrakt'), 8)).toHaveLength(1);
    // "other" sees Søvang's contract (Søvang shares with it), but its own is not in Søvang's view.
    const forOther = await candidates(other.email('kontrakt'));
    expect(forOther.flatMap((c) => c.contracts.map((x) => x.name)).sort()).toEqual([
      'Hemmelig ESDH',
      'Søvang ESDH',
    ]);
  });

  it('turns a candidate into a tender plan with its participants', async () => {
    const [candidate] = await candidates(sovang.email('kontrakt'));
    const reader = await server.client().signIn(sovang.email('laeser'));
    expect(
      (await reader.gql(CREATE_PLAN, { input: { candidateKey: candidate.key } })).errors![0].extensions!.code,
    ).toBe('FORBIDDEN');
    const manager = await server.client().signIn(sovang.email('kontrakt'));
    const unknown = await manager.gql(CREATE_PLAN, { input: { candidateKey: 'SYSTEM:nothing:2026-01-01' } });
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
    const created = await manager.gql<{
      createTenderPlan: { name: string; participants: { contractId: string }[] };
    }>(CREATE_PLAN, { input: { candidateKey: candidate.key } });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createTenderPlan).toMatchObject({
      name: 'Fælles udbud: ESDH X',
      windowStart: '2026-12-31',
      windowEnd: '2027-08-31',
    });
    expect(created.data!.createTenderPlan.participants.map((p) => p.contractId).sort()).toEqual(
      [norddalContract, sovangContract].sort(),
    );
    const plan = await server.db.prisma.tenderPlan.findFirstOrThrow({ include: { collaboration: true } });
    expect(plan.collaboration.name).toBe('Nord-Syd samarbejdet');

    const norddalClient = await server.client().signIn(norddal.email('kontrakt'));
    const plans = await norddalClient.gql<{ tenderPlans: { name: string }[] }>('{ tenderPlans { name } }');
    expect(plans.data!.tenderPlans.map((p) => p.name)).toEqual(['Fælles udbud: ESDH X']);
    const otherClient = await server.client().signIn(other.email('kontrakt'));
    const none = await otherClient.gql<{ tenderPlans: unknown[] }>('{ tenderPlans { name } }');
    expect(none.data!.tenderPlans).toEqual([]);
  });

  it('answers a repeated request from the response cache and shows any change, in any organisation, on the next one', async () => {
    const db = server.db.prisma;
    const first = await candidates(sovang.email('kontrakt'));
    const start = server.db.queryCount();
    expect(await candidates(sovang.email('kontrakt'))).toEqual(first);
    const hit = server.db.queryCount() - start;
    await candidates(sovang.email('kontrakt'), 17); // other variables: not in the cache
    const miss = server.db.queryCount() - start - hit;
    // A hit costs the sign-in, the session lookup and the data-version queries, not the discovery.
    expect(hit).toBeLessThan(miss);

    // Norddal extends its contract by a quarter: its decision moves from 2026-12-31 to 2027-03-31.
    await db.contract.update({ where: { id: norddalContract }, data: { endDate: new Date('2028-09-30') } });
    expect((await candidates(sovang.email('kontrakt')))[0].windowStart).toBe('2027-03-31');
    await db.contract.update({ where: { id: norddalContract }, data: { endDate: new Date('2028-06-30') } });
    expect((await candidates(sovang.email('kontrakt')))[0].windowStart).toBe('2026-12-31');
    // An exercised three-month option does the same (options have no timestamp of their own).
    const option = await db.contractOption.create({
      data: { contractId: norddalContract, ordinal: 1, months: 3, exercisedOn: new Date('2026-06-01') },
    });
    expect((await candidates(sovang.email('kontrakt')))[0].windowStart).toBe('2027-03-31');
    await db.contractOption.delete({ where: { id: option.id } });
    expect((await candidates(sovang.email('kontrakt')))[0].windowStart).toBe('2026-12-31');

    // The catalogue system is renamed: the label follows.
    const system = await db.itSystem.findFirstOrThrow({ where: { name: 'ESDH X' } });
    await db.itSystem.update({ where: { id: system.id }, data: { name: 'ESDH Y' } });
    expect((await candidates(sovang.email('kontrakt')))[0].label).toBe('ESDH Y');
    await db.itSystem.update({ where: { id: system.id }, data: { name: 'ESDH X' } });
    expect((await candidates(sovang.email('kontrakt')))[0].label).toBe('ESDH X');

    // Norddal shares its prices, then stops sharing its contracts: Søvang sees each at once.
    const member = { organisationId: norddal.org.id, collaboration: { name: 'Nord-Syd samarbejdet' } };
    const norddalMember = await db.collaborationMember.findFirstOrThrow({ where: member });
    const norddalItem = async () =>
      (await candidates(sovang.email('kontrakt')))[0]?.contracts.find((c) => c.name === 'Norddal ESDH');
    await db.collaborationMember.update({
      where: { id: norddalMember.id },
      data: { shares: ['CONTRACTS', 'CONTRACT_PRICES'] },
    });
    expect(await norddalItem()).toMatchObject({ yearlyCost: 500_000, priceHidden: false });
    await db.collaborationMember.update({ where: { id: norddalMember.id }, data: { shares: [] } });
    expect(await candidates(sovang.email('kontrakt'))).toEqual([]);
    await db.collaborationMember.update({ where: { id: norddalMember.id }, data: { shares: ['CONTRACTS'] } });
    expect(await norddalItem()).toMatchObject({ yearlyCost: null, priceHidden: true });
  });

  it('moves the decision dates by the migration times, as the contract pages plan them', async () => {
    const db = server.db.prisma;
    // Norddal's usage takes 5 months to migrate: 17 months before 2027-12-31 is 2026-07-31.
    await db.systemUsage.update({ where: { id: norddalUsage }, data: { migrationMonths: 5 } });
    // Søvang: an integration tied to the contract takes 2 months, but the covered usage has no time of
    // its own and counts with Søvang's default of 3, which is longer: 7 months before 2027-12-31 = 2027-05-31.
    // Each step is asked for before the next, so each change must show through both caches.
    await db.organisation.update({
      where: { id: sovang.org.id },
      data: { settings: { migrationMonths: 3 } },
    });
    const portal = await db.systemUsage.create({
      data: {
        organisationId: sovang.org.id,
        systemId: (await db.itSystem.create({ data: { name: 'Portal' } })).id,
      },
    });
    const integration = await db.integration.create({
      data: {
        organisationId: sovang.org.id,
        fromUsageId: sovangUsage,
        toUsageId: portal.id,
        contractId: sovangContract,
        migrationMonths: 2,
      },
    });
    const decisionsNow = async () => {
      const [candidate] = await candidates(sovang.email('kontrakt'));
      return Object.fromEntries(candidate.contracts.map((c) => [c.id, c.decisionDate]));
    };
    expect(await decisionsNow()).toEqual({ [norddalContract]: '2026-07-31', [sovangContract]: '2027-05-31' });

    // The integration is found to take 4 months, longer than the default: 8 months before 2027-12-31 = 2027-04-30.
    await db.integration.update({ where: { id: integration.id }, data: { migrationMonths: 4 } });
    const decisions = await decisionsNow();
    expect(decisions).toEqual({ [norddalContract]: '2026-07-31', [sovangContract]: '2027-04-30' });

    // Discovery reads only a summary of the dependents; the contract page reads them by name. Both agree.
    const pages: [string, string, object][] = [
      [norddal.email('kontrakt'), norddalContract, { months: 5, source: 'SYSTEM_USAGE' }],
      [sovang.email('kontrakt'), sovangContract, { months: 4, source: 'INTEGRATION' }],
    ];
    for (const [email, id, migration] of pages) {
      const client = await server.client().signIn(email);
      const page = await client.gql<{
        contract: { dates: { retender: { decisionDate: string }; migration: object } };
      }>(
        `query($id: ID!) { contract(id: $id) { dates { retender { decisionDate } migration { months source } } } }`,
        {
          id,
        },
      );
      expect(page.errors).toBeUndefined();
      expect(page.data!.contract.dates.migration).toEqual(migration);
      expect(page.data!.contract.dates.retender.decisionDate).toBe(decisions[id]);
    }
  });
});
