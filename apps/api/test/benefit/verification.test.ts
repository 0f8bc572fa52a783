import { todayInCopenhagen } from '../../src/shared/today';
import { aUsage, anOrganisation, startTestServer, type TestServer } from '../test-server';
import { aBenefitRow } from './benefit-fixtures';

// Set-up starts a server and migrates a fresh database; under load that exceeds jest's 5 s hook default.
jest.setTimeout(60_000);

const DETAIL = `query($id: ID!) { benefit(id: $id) {
  realisationPercent realisedGainKr verification { verified realisedOn amount reason }
} }`;
const RETIRE = `mutation($input: SystemUsageUpdateInput!) { updateSystemUsage(input: $input) { lifecycle version } }`;
const TOTAL = `query { benefitDashboard(groupBy: ORGANISATION) { verifiedCount total { realisedKr }
  gaps { benefitsWithoutMeasurements { id } } } }`;

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe('verified benefits', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'verif', { owner: ['SYSTEM_OWNER'], reader: ['READER'] });
  });
  afterAll(() => server.close());

  async function aContract(
    usageIds: string[],
    lines: { kind: 'YEARLY_OPERATION' | 'ACQUISITION'; amount: number }[],
    extra = {},
  ) {
    const contract = await server.db.prisma.contract.create({
      data: { organisationId: a.org.id, name: 'Driftsaftale', startDate: day('2020-01-01'), ...extra },
    });
    for (const line of lines)
      await server.db.prisma.contractEconomyLine.create({ data: { contractId: contract.id, ...line } });
    for (const usageId of usageIds)
      await server.db.prisma.contractCoverage.create({ data: { contractId: contract.id, usageId } });
    return contract;
  }

  const read = async (id: string) => {
    const client = await server.client().signIn(a.email('reader'));
    const r = await client.gql<{ benefit: Record<string, unknown> }>(DETAIL, { id });
    expect(r.errors).toBeUndefined();
    return r.data!.benefit;
  };

  it('retiring the usage through updateSystemUsage verifies the tied benefit from its contract', async () => {
    const usage = await aUsage(server.db, a.org.id, 'Gammelt ESDH', { ownerUserId: a.userIds.owner });
    // The contract covering only this usage stops 120,000 kr. a year; the one-off line is no saving.
    await aContract(
      [usage.id],
      [
        { kind: 'YEARLY_OPERATION', amount: 120_000 },
        { kind: 'ACQUISITION', amount: 50_000 },
      ],
    );
    // A contract shared with another usage keeps being paid, so it does not count.
    await aContract(
      [usage.id, (await aUsage(server.db, a.org.id, 'Andet system')).id],
      [{ kind: 'YEARLY_OPERATION', amount: 999_000 }],
    );
    const benefit = await aBenefitRow(server.db, {
      organisationId: a.org.id,
      title: 'Udfasning af ESDH',
      baseline: 500_000,
      target: 380_000,
      direction: 'DECREASE',
      verification: 'USAGE_RETIRED',
      verificationUsageId: usage.id,
    });
    expect(await read(benefit.id)).toEqual({
      realisationPercent: null,
      realisedGainKr: 0,
      verification: { verified: false, realisedOn: null, amount: 0, reason: 'USAGE_NOT_YET_RETIRED' },
    });

    const owner = await server.client().signIn(a.email('owner'));
    const retired = await owner.gql(RETIRE, { input: { id: usage.id, version: 1, lifecycle: 'RETIRED' } });
    expect(retired.errors).toBeUndefined();

    // 500,000 − 120,000 = 380,000 = the target: 100 % realised, counted as realised on the day it was retired.
    expect(await read(benefit.id)).toEqual({
      realisationPercent: 100,
      realisedGainKr: 120_000,
      verification: { verified: true, realisedOn: todayInCopenhagen(), amount: 120_000, reason: 'VERIFIED' },
    });
    const client = await server.client().signIn(a.email('reader'));
    const dashboard = await client.gql<{
      benefitDashboard: {
        verifiedCount: number;
        total: { realisedKr: number };
        gaps: { benefitsWithoutMeasurements: unknown[] };
      };
    }>(TOTAL);
    expect(dashboard.data!.benefitDashboard).toEqual({
      verifiedCount: 1,
      total: { realisedKr: 120_000 },
      gaps: { benefitsWithoutMeasurements: [] },
    });
  });

  it('verifies an ended contract from the day after its last day, and not a running one', async () => {
    const ended = await aContract([], [{ kind: 'YEARLY_OPERATION', amount: 90_000 }], {
      endDate: day('2024-12-31'),
    });
    const running = await aContract([], [{ kind: 'YEARLY_OPERATION', amount: 70_000 }], {
      endDate: day('2999-12-31'),
    });
    const tie = (contractId: string) =>
      aBenefitRow(server.db, {
        organisationId: a.org.id,
        title: 'Opsagt kontrakt',
        baseline: 90_000,
        target: 0,
        direction: 'DECREASE',
        verification: 'CONTRACT_ENDED',
        verificationContractId: contractId,
      });
    expect((await read((await tie(ended.id)).id)).verification).toEqual({
      verified: true,
      realisedOn: '2025-01-01',
      amount: 90_000,
      reason: 'VERIFIED',
    });
    expect((await read((await tie(running.id)).id)).verification).toMatchObject({
      verified: false,
      reason: 'CONTRACT_STILL_RUNNING',
    });
  });

  it('reports an ended contract renewed by a successor as renewed, not realised', async () => {
    const successor = await aContract([], [{ kind: 'YEARLY_OPERATION', amount: 95_000 }], {
      startDate: day('2025-01-01'),
      endDate: day('2999-12-31'),
    });
    // Ended 2024-12-31 like the one above, but renewed by the successor: the cost continues.
    const renewed = await aContract([], [{ kind: 'YEARLY_OPERATION', amount: 90_000 }], {
      endDate: day('2024-12-31'),
      successorId: successor.id,
    });
    const benefit = await aBenefitRow(server.db, {
      organisationId: a.org.id,
      title: 'Fornyet kontrakt',
      baseline: 90_000,
      target: 0,
      direction: 'DECREASE',
      verification: 'CONTRACT_ENDED',
      verificationContractId: renewed.id,
    });
    // No measurement and no verified saving: nothing realised yet.
    expect(await read(benefit.id)).toEqual({
      realisationPercent: null,
      realisedGainKr: 0,
      verification: { verified: false, realisedOn: null, amount: 0, reason: 'CONTRACT_RENEWED' },
    });
    // Remove the successor link: the same contract now ended without renewal and is realised.
    await server.db.prisma.contract.update({ where: { id: renewed.id }, data: { successorId: null } });
    expect(await read(benefit.id)).toEqual({
      realisationPercent: 100,
      realisedGainKr: 90_000,
      verification: { verified: true, realisedOn: '2025-01-01', amount: 90_000, reason: 'VERIFIED' },
    });
  });

  it('verifies a copy-register purchase switched to the base register', async () => {
    const usage = await aUsage(server.db, a.org.id, 'Borgerservice');
    const copy = await server.db.prisma.dataSource.create({
      data: { name: 'CPR-kopi', kind: 'COPY_REGISTER' },
    });
    const cpr = await server.db.prisma.dataSource.create({ data: { name: 'CPR', kind: 'BASE_REGISTER' } });
    const edge = await server.db.prisma.usageDataSource.create({
      data: {
        organisationId: a.org.id,
        usageId: usage.id,
        dataSourceId: copy.id,
        authoritative: false,
        yearlyCost: 80_000,
        plannedTargetSourceId: cpr.id,
        plannedSwitchDate: day('2025-03-01'),
      },
    });
    const benefit = await aBenefitRow(server.db, {
      organisationId: a.org.id,
      title: 'Gratis grunddata',
      verification: 'COPY_REGISTER_REPLACED',
      verificationEdgeId: edge.id,
    });
    // No baseline: the verified saving is measured from 0, so the realised gain is the saving itself.
    expect(await read(benefit.id)).toMatchObject({
      realisedGainKr: 80_000,
      verification: { verified: true, realisedOn: '2025-03-01', amount: 80_000 },
    });
  });

  it("cannot tie a benefit to another organisation's usage", async () => {
    const other = await anOrganisation(server.db, 'verifb', { coord: ['PROJECT_COORDINATOR'] });
    const foreign = await aUsage(server.db, a.org.id, 'Fremmed system');
    const client = await server.client().signIn(other.email('coord'));
    const r = await client.gql('mutation($i: BenefitCreateInput!) { createBenefit(input: $i) { id } }', {
      i: {
        title: 'Snyd',
        type: 'ECONOMIC_KR',
        verificationKind: 'USAGE_RETIRED',
        verificationUsageId: foreign.id,
      },
    });
    expect(r.errors![0].extensions!.fields).toEqual([
      { field: 'verificationUsageId', message: 'Systemet findes ikke i din organisation.' },
    ]);
    client.organisationId = a.org.id;
    const dashboard = await client.gql(TOTAL);
    expect(dashboard.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
