import { anOrganisation, startTestServer, type TestServer } from '../test-server';
import { aBenefitRow, aProject, aStrategy } from './benefit-fixtures';

// Set-up starts a server and migrates a fresh database; under load that exceeds jest's 5 s hook default.
jest.setTimeout(60_000);

const DASHBOARD = `query($groupBy: BenefitGroupBy!, $asOf: LocalDate) {
  benefitDashboard(groupBy: $groupBy, asOf: $asOf) {
    asOf verifiedCount
    total { plannedKr realisedKr targetKr realisationPercent rag benefitCount qualitativeCount
      cashable { count plannedKr realisedKr } nonCashable { count plannedKr realisedKr } }
    rows { key label benefitCount plannedKr realisedKr targetKr realisationPercent rag qualitativeCount }
    series { date plannedKr realisedKr }
    gaps {
      projectsWithoutBenefits { id name }
      benefitsWithoutOwner { id title projectName }
      benefitsWithoutMeasurements { id }
      overdueBenefits { id }
    }
  }
}`;

interface Row {
  key: string | null;
  label: string | null;
  benefitCount: number;
  plannedKr: number;
  realisedKr: number;
  targetKr: number;
  realisationPercent: number | null;
  rag: string | null;
}
interface Dashboard {
  asOf: string;
  verifiedCount: number;
  total: Row & { cashable: unknown; nonCashable: unknown; qualitativeCount: number };
  rows: Row[];
  series: { date: string; plannedKr: number; realisedKr: number | null }[];
  gaps: Record<string, { id: string }[]>;
}

/**
 * A small hand-checked set-up on 2025-12-31:
 * B1 kr., cashable, DECREASE 1,000,000 → 600,000, profile 1,000,000 (2024-12-31) → 600,000 (2025-12-31),
 *    measured 800,000 on 2025-06-30: planned gain 400,000, realised 200,000, target 400,000. Unit U1, project P1 (S1).
 * B2 FTE, non-cashable, INCREASE 0 → 2, profile 2 on 2025-12-31, measured 2 on 2025-09-30, no owner:
 *    2 · 550,000 = 1,100,000 planned, realised and target. Unit U2, project P2 (S1, S2).
 * B3 qualitative, unit U1, project P2, due 2025-06-30, never measured: overdue.
 * P3 has a business case and no benefits.
 */
describe('benefitDashboard', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let other: Awaited<ReturnType<typeof anOrganisation>>;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'dasha', { reader: ['READER'], coord: ['PROJECT_COORDINATOR'] });
    other = await anOrganisation(server.db, 'dashb', { reader: ['READER'] });
    ids.u1 = a.unit.id;
    ids.u2 = (
      await server.db.prisma.unit.create({ data: { organisationId: a.org.id, name: 'Jobcenter' } })
    ).id;
    ids.s1 = (await aStrategy(server.db, a.org.id, 'Digitalisering')).id;
    ids.s2 = (await aStrategy(server.db, a.org.id, 'Grøn omstilling')).id;
    ids.p1 = (
      await aProject(server.db, a.org.id, 'Licensoprydning', { strategyIds: [ids.s1], businessCase: true })
    ).id;
    ids.p2 = (await aProject(server.db, a.org.id, 'Robotter', { strategyIds: [ids.s1, ids.s2] })).id;
    ids.p3 = (await aProject(server.db, a.org.id, 'Uden opfølgning', { businessCase: true })).id;
    ids.b1 = (
      await aBenefitRow(server.db, {
        organisationId: a.org.id,
        projectId: ids.p1,
        title: 'B1',
        cashable: true,
        baseline: 1_000_000,
        target: 600_000,
        direction: 'DECREASE',
        dueDate: '2026-12-31',
        responsibleUserId: a.userIds.reader,
        harvestingUnitId: ids.u1,
        profile: [
          ['2024-12-31', 1_000_000],
          ['2025-12-31', 600_000],
        ],
        measurements: [['2025-06-30', 800_000]],
      })
    ).id;
    ids.b2 = (
      await aBenefitRow(server.db, {
        organisationId: a.org.id,
        projectId: ids.p2,
        title: 'B2',
        type: 'ECONOMIC_FTE',
        baseline: 0,
        target: 2,
        direction: 'INCREASE',
        harvestingUnitId: ids.u2,
        profile: [['2025-12-31', 2]],
        measurements: [['2025-09-30', 2]],
      })
    ).id;
    ids.b3 = (
      await aBenefitRow(server.db, {
        organisationId: a.org.id,
        projectId: ids.p2,
        title: 'B3',
        type: 'QUALITATIVE',
        dueDate: '2025-06-30',
        responsibleUserId: a.userIds.reader,
        harvestingUnitId: ids.u1,
      })
    ).id;
    // Another organisation's benefit must never reach these numbers.
    await aBenefitRow(server.db, {
      organisationId: other.org.id,
      title: 'Fremmed',
      baseline: 0,
      target: 9e9,
      measurements: [['2025-01-01', 9e9]],
    });
  });
  afterAll(() => server.close());

  async function dashboard(groupBy: string, asOf = '2025-12-31') {
    const client = await server.client().signIn(a.email('reader'));
    const r = await client.gql<{ benefitDashboard: Dashboard }>(DASHBOARD, { groupBy, asOf });
    expect(r.errors).toBeUndefined();
    return r.data!.benefitDashboard;
  }

  it('totals the organisation: planned, realised, target, realisation %, RAG and the cashable split', async () => {
    const d = await dashboard('ORGANISATION');
    // planned 400,000 + 1,100,000; realised 200,000 + 1,100,000; 1,300,000 / 1,500,000 = 86.67 %;
    // 200,000 short of 1,500,000 planned = 13.3 % behind → AMBER (over 10, at most 25).
    expect(d.total).toMatchObject({
      benefitCount: 3,
      plannedKr: 1_500_000,
      realisedKr: 1_300_000,
      targetKr: 1_500_000,
      rag: 'AMBER',
      qualitativeCount: 1,
      cashable: { count: 1, plannedKr: 400_000, realisedKr: 200_000 },
      nonCashable: { count: 1, plannedKr: 1_100_000, realisedKr: 1_100_000 },
    });
    expect(d.total.realisationPercent).toBeCloseTo(86.6667, 3);
    expect(d.rows).toHaveLength(1);
  });

  it('groups by unit and by project with names; by strategy a benefit counts under each strategy', async () => {
    const byUnit = await dashboard('UNIT');
    const pick = (rows: Row[]) =>
      Object.fromEntries(
        rows.map((r) => [r.label, [r.benefitCount, r.plannedKr, r.realisedKr, r.realisationPercent, r.rag]]),
      );
    // U1: B1 (50 % of target, 50 % behind plan → RED) + B3 (qualitative); U2: B2 at plan → GREEN.
    expect(pick(byUnit.rows)).toEqual({
      'IT og Digitalisering': [2, 400_000, 200_000, 50, 'RED'],
      Jobcenter: [1, 1_100_000, 1_100_000, 100, 'GREEN'],
    });
    const byProject = await dashboard('PROJECT');
    expect(pick(byProject.rows)).toEqual({
      Licensoprydning: [1, 400_000, 200_000, 50, 'RED'],
      Robotter: [2, 1_100_000, 1_100_000, 100, 'GREEN'],
    });
    const byStrategy = await dashboard('STRATEGY');
    expect(byStrategy.rows.find((r) => r.key === ids.s1)).toMatchObject({
      label: 'Digitalisering',
      benefitCount: 3,
      plannedKr: 1_500_000,
      realisedKr: 1_300_000,
    });
    expect(byStrategy.rows.find((r) => r.key === ids.s2)).toMatchObject({
      label: 'Grøn omstilling',
      benefitCount: 2,
    });
  });

  it('gives month ends over the last 24 and next 12 months, planned vs realised', async () => {
    const { series } = await dashboard('ORGANISATION');
    expect(series).toHaveLength(36);
    expect(series[0].date).toBe('2024-01-31');
    expect(series.at(-1)!.date).toBe('2026-12-31');
    const june = series.find((p) => p.date === '2025-06-30')!;
    // B1 planned: 181 of 365 days from 1,000,000 to 600,000 → gain 400,000 · 181/365 = 198,356.16; B2 plans nothing yet.
    expect(june.plannedKr).toBeCloseTo((400_000 * 181) / 365, 6);
    expect(june.realisedKr).toBe(200_000);
    // Sept: B2 measured 2 FTE = 1,100,000 on top of B1's 200,000.
    expect(series.find((p) => p.date === '2025-09-30')!.realisedKr).toBe(1_300_000);
    // After asOf nothing is realised yet; the plan continues at its steady state.
    expect(series.find((p) => p.date === '2026-06-30')).toEqual({
      date: '2026-06-30',
      plannedKr: 1_500_000,
      realisedKr: null,
    });
  });

  it('calls out follow-up gaps with drill-through ids', async () => {
    const { gaps } = await dashboard('ORGANISATION');
    expect(gaps.projectsWithoutBenefits).toEqual([{ id: ids.p3, name: 'Uden opfølgning' }]);
    expect(gaps.benefitsWithoutOwner).toEqual([{ id: ids.b2, title: 'B2', projectName: 'Robotter' }]);
    expect(gaps.benefitsWithoutMeasurements).toEqual([{ id: ids.b3 }]);
    expect(gaps.overdueBenefits).toEqual([{ id: ids.b3 }]);
  });

  it('reads at an earlier asOf from the same data', async () => {
    const d = await dashboard('ORGANISATION', '2025-06-30');
    expect(d.total.realisedKr).toBe(200_000);
    expect(d.gaps.overdueBenefits).toEqual([]);
  });

  it('uses as many statements for 23 benefits as for 3 (one batched load)', async () => {
    const client = await server.client().signIn(a.email('reader'));
    // An asOf no other test asks for, so neither request is answered from the response cache.
    const statements = async () => {
      const before = server.db.queryCount();
      await client.gql(DASHBOARD, { groupBy: 'PROJECT', asOf: '2025-11-30' });
      return server.db.queryCount() - before;
    };
    const few = await statements();
    for (let i = 0; i < 20; i++) {
      await aBenefitRow(server.db, {
        organisationId: a.org.id,
        projectId: ids.p1,
        title: `Ekstra ${i}`,
        baseline: 0,
        target: 10,
        profile: [['2025-01-01', 5]],
        measurements: [['2025-02-01', 1]],
      });
    }
    expect(await statements()).toBe(few);
    expect(few).toBeLessThanOrEqual(12);
  });

  it('answers a repeated request from the response cache and shows every change on the next one', async () => {
    const row = async (key: string, groupBy = 'PROJECT') =>
      (await dashboard(groupBy)).rows.find((r) => r.key === key)!;
    const before = await row(ids.p1);
    const start = server.db.queryCount();
    expect(await row(ids.p1)).toEqual(before);
    const hit = server.db.queryCount() - start;
    await row(ids.p1, 'UNIT');
    const miss = server.db.queryCount() - start - hit;
    // A hit costs the sign-in, the session lookup and the data-version queries.
    expect(hit).toBeLessThan(miss);

    // A measurement recorded through the API: B1 now at 600,000 of a 1,000,000 baseline.
    const coord = await server.client().signIn(a.email('coord'));
    const recorded = await coord.gql(
      `mutation($input: BenefitMeasurementInput!) { recordMeasurement(input: $input) { id } }`,
      { input: { benefitId: ids.b1, measuredOn: '2025-12-31', value: 600_000 } },
    );
    expect(recorded.errors).toBeUndefined();
    expect((await row(ids.p1)).realisedKr).toBe(before.realisedKr + 200_000);

    // Names the groups are labelled with, changed by any writer, show on the next request too.
    await server.db.prisma.project.update({ where: { id: ids.p1 }, data: { name: 'Licensoprydning 2.0' } });
    expect((await row(ids.p1)).label).toBe('Licensoprydning 2.0');
    expect((await row(ids.s2, 'STRATEGY')).label).toBe('Grøn omstilling');
    await server.db.prisma.strategy.update({ where: { id: ids.s2 }, data: { name: 'Klima' } });
    expect((await row(ids.s2, 'STRATEGY')).label).toBe('Klima');

    // A benefit moved to another unit regroups.
    const u1Count = (await row(ids.u1, 'UNIT')).benefitCount;
    await server.db.prisma.benefit.update({ where: { id: ids.b3 }, data: { harvestingUnitId: ids.u2 } });
    expect((await row(ids.u1, 'UNIT')).benefitCount).toBe(u1Count - 1);
  });

  it('never serves one organisation’s cached dashboard to another', async () => {
    await dashboard('ORGANISATION');
    const client = await server.client().signIn(other.email('reader'));
    const r = await client.gql<{ benefitDashboard: Dashboard }>(DASHBOARD, {
      groupBy: 'ORGANISATION',
      asOf: '2025-12-31',
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.benefitDashboard.total.benefitCount).toBe(1);
    expect(r.data!.benefitDashboard.total.targetKr).toBe(9e9);
  });
});
