import {
  aCopyRegister,
  aDataSource,
  aLandscapeContract,
  aLandscapeGraph,
  anEdge,
  aUsage,
  usagesWithIds,
} from '../testing/landscape.builders';
import { copyRegisterExit } from './copy-register-exit';

const today = '2027-01-01';
const cpr = aDataSource({ id: 'cpr', name: 'CPR', defaultChannel: 'SERVICEPLATFORMEN' });
const cvr = aDataSource({ id: 'cvr', name: 'CVR', defaultChannel: 'DATAFORDELEREN' });
const cprCopy = aCopyRegister('cpr', { id: 'cpr-copy', name: 'CPR copy' });
const cvrCopy = aCopyRegister('cvr', { id: 'cvr-copy', name: 'CVR copy' });
const sources = [cpr, cvr, cprCopy, cvrCopy];

/** A paid, non-authoritative read through a copy register. */
const copyEdge = (usageId: string, dataSourceId: string, yearlyCost: number, switchingCost: number) =>
  anEdge({ usageId, dataSourceId, yearlyCost, switchingCost, authoritative: false, channel: 'DIRECT' });

describe('copyRegisterExit', () => {
  it('recommends switching now when the saving until contract end exceeds the switching cost', () => {
    // 2027-01-01 → 2028-01-01 is 365 days: saving = 120,000 × 365/365 = 120,000 > 50,000.
    const graph = aLandscapeGraph({
      usages: usagesWithIds('a'),
      dataSources: sources,
      dataEdges: [copyEdge('a', 'cpr-copy', 120_000, 50_000)],
    });
    const contracts = [
      aLandscapeContract({ id: 'k', effectiveEnd: '2028-01-01', noticeDate: '2027-07-01', usageIds: ['a'] }),
    ];

    const [row] = copyRegisterExit(graph, contracts, today).rows;

    expect(row).toEqual({
      edgeId: 'a->cpr-copy',
      usageId: 'a',
      usageName: 'a',
      dataSourceId: 'cpr-copy',
      dataSourceName: 'CPR copy',
      channel: 'DIRECT',
      yearlyCost: 120_000,
      switchingCost: 50_000,
      alternative: { dataSourceId: 'cpr', name: 'CPR', channel: 'SERVICEPLATFORMEN' },
      contract: { id: 'k', name: 'k', effectiveEnd: '2028-01-01', noticeDate: '2027-07-01' },
      basis: 'CONTRACT_END',
      savingUntilContractEnd: 120_000,
      recommendation: 'SWITCH_NOW',
      recommendedSwitchDate: today,
      plannedSwitchDate: null,
    });
  });

  it('waits for the re-tender when the saving only equals the switching cost, and switches now just below it', () => {
    // 2027-01-01 → 2027-07-20 = 31+28+31+30+31+30+19 = 200 days: 73,000 × 200/365 = 40,000.
    const run = (switchingCost: number) =>
      copyRegisterExit(
        aLandscapeGraph({
          usages: usagesWithIds('b'),
          dataSources: sources,
          dataEdges: [copyEdge('b', 'cvr-copy', 73_000, switchingCost)],
        }),
        [aLandscapeContract({ id: 'k', effectiveEnd: '2027-07-20', usageIds: ['b'] })],
        today,
      ).rows[0];

    expect(run(40_000)).toMatchObject({
      alternative: { dataSourceId: 'cvr', channel: 'DATAFORDELEREN' },
      savingUntilContractEnd: 40_000,
      recommendation: 'SWITCH_AT_RETENDER',
      recommendedSwitchDate: '2027-07-20',
    });
    expect(run(39_999)).toMatchObject({ recommendation: 'SWITCH_NOW', recommendedSwitchDate: today });
  });

  it('without a dated contract switches now only if it pays back within a year', () => {
    const graph = aLandscapeGraph({
      usages: usagesWithIds('pays-back', 'too-dear', 'free', 'open-ended'),
      dataSources: sources,
      dataEdges: [
        copyEdge('pays-back', 'cpr-copy', 30_000, 20_000),
        copyEdge('too-dear', 'cpr-copy', 30_000, 45_000),
        copyEdge('free', 'cpr-copy', 0, 0),
        copyEdge('open-ended', 'cpr-copy', 10_000, 5_000),
      ],
    });
    // An open-ended contract has no end to weigh against, so the no-contract rule applies.
    const contracts = [aLandscapeContract({ id: 'k-open', effectiveEnd: null, usageIds: ['open-ended'] })];

    const rows = new Map(copyRegisterExit(graph, contracts, today).rows.map((r) => [r.usageId, r]));

    expect(rows.get('pays-back')).toMatchObject({
      basis: 'NO_CONTRACT',
      contract: null,
      savingUntilContractEnd: null,
      recommendation: 'SWITCH_NOW',
      recommendedSwitchDate: today,
    });
    expect(rows.get('too-dear')).toMatchObject({
      recommendation: 'SWITCH_AT_RETENDER',
      recommendedSwitchDate: null,
    });
    expect(rows.get('free')).toMatchObject({
      recommendation: 'SWITCH_AT_RETENDER',
      recommendedSwitchDate: null,
    });
    expect(rows.get('open-ended')).toMatchObject({
      basis: 'NO_CONTRACT',
      contract: { id: 'k-open', effectiveEnd: null },
      recommendation: 'SWITCH_NOW',
    });
  });

  it('takes the next-ending covering contract and ignores expired ones', () => {
    // Expired 2026-06-30 is ignored; of 2027-07-20 and 2029-01-01 the earlier is the next chance.
    // 200 days × 36,500/365 = 20,000 < 25,000 → wait for 2027-07-20.
    const graph = aLandscapeGraph({
      usages: usagesWithIds('a'),
      dataSources: sources,
      dataEdges: [copyEdge('a', 'cpr-copy', 36_500, 25_000)],
    });
    const contracts = [
      aLandscapeContract({ id: 'expired', effectiveEnd: '2026-06-30', usageIds: ['a'] }),
      aLandscapeContract({ id: 'later', effectiveEnd: '2029-01-01', usageIds: ['a'] }),
      aLandscapeContract({ id: 'sooner', effectiveEnd: '2027-07-20', usageIds: ['a'] }),
    ];

    expect(copyRegisterExit(graph, contracts, today).rows[0]).toMatchObject({
      contract: { id: 'sooner' },
      savingUntilContractEnd: 20_000,
      recommendation: 'SWITCH_AT_RETENDER',
      recommendedSwitchDate: '2027-07-20',
    });
  });

  it('covers non-authoritative edges to other sources, and skips authoritative edges and retired usages', () => {
    const internal = aDataSource({ id: 'excel', name: 'Excel list', kind: 'INTERNAL' });
    const graph = aLandscapeGraph({
      usages: [...usagesWithIds('a', 'b', 'c'), aUsage({ id: 'gone', lifecycle: 'RETIRED' })],
      dataSources: [...sources, internal],
      dataEdges: [
        anEdge({ usageId: 'a', dataSourceId: 'cpr', authoritative: true, yearlyCost: 5_000 }),
        anEdge({
          usageId: 'b',
          dataSourceId: 'cvr',
          authoritative: false,
          channel: 'FILE_TRANSFER',
          yearlyCost: 8_000,
        }),
        anEdge({ usageId: 'c', dataSourceId: 'excel', authoritative: false, yearlyCost: 2_000 }),
        copyEdge('gone', 'cpr-copy', 90_000, 0),
      ],
    });

    const plan = copyRegisterExit(graph, [], today);

    // A base register fetched the wrong way is its own alternative; an internal list has none.
    expect(plan.rows.map((r) => [r.usageId, r.alternative?.dataSourceId ?? null, r.recommendation])).toEqual([
      ['b', 'cvr', 'SWITCH_NOW'],
      ['c', null, 'NO_ALTERNATIVE'],
    ]);
    expect(plan.totalYearlySaving).toBe(8_000);
  });

  it('totals the yearly saving and lays out a timeline by switch date, planned dates first', () => {
    // a: 120,000/50,000, contract to 2028-01-01 → SWITCH_NOW today.
    // b: 73,000/40,000, contract to 2027-07-20 → re-tender 2027-07-20.
    // c: 30,000/20,000, no contract → SWITCH_NOW, but the owner planned 2027-03-01.
    // d: 30,000/45,000, no contract → re-tender, no date.
    // i: internal list, 5,000 → no alternative, not counted.
    // Saving 120,000 + 73,000 + 30,000 + 30,000 = 253,000; switching 50,000 + 40,000 + 20,000 + 45,000 = 155,000.
    const graph = aLandscapeGraph({
      usages: usagesWithIds('a', 'b', 'c', 'd', 'i'),
      dataSources: [...sources, aDataSource({ id: 'excel', kind: 'INTERNAL' })],
      dataEdges: [
        copyEdge('d', 'cpr-copy', 30_000, 45_000),
        copyEdge('b', 'cvr-copy', 73_000, 40_000),
        { ...copyEdge('c', 'cpr-copy', 30_000, 20_000), plannedSwitchDate: '2027-03-01' },
        copyEdge('i', 'excel', 5_000, 0),
        copyEdge('a', 'cpr-copy', 120_000, 50_000),
      ],
    });
    const contracts = [
      aLandscapeContract({ id: 'ka', effectiveEnd: '2028-01-01', usageIds: ['a'] }),
      aLandscapeContract({ id: 'kb', effectiveEnd: '2027-07-20', usageIds: ['b'] }),
    ];

    const plan = copyRegisterExit(graph, contracts, today);

    expect(plan.rows.map((r) => r.usageId)).toEqual(['a', 'b', 'c', 'd', 'i']);
    expect(plan.totalYearlySaving).toBe(253_000);
    expect(plan.totalSwitchingCost).toBe(155_000);
    expect(plan.timeline.map((t) => [t.usageId, t.switchDate, t.dateSource, t.yearlySaving])).toEqual([
      ['a', '2027-01-01', 'RECOMMENDED', 120_000],
      ['c', '2027-03-01', 'PLANNED', 30_000],
      ['b', '2027-07-20', 'RECOMMENDED', 73_000],
      ['d', null, 'RECOMMENDED', 30_000],
    ]);
  });
});
