import { costsByUnit, rollUpDataSourceCosts, rollUpYearlyCosts } from './cost-roll-up';

describe('rollUpYearlyCosts', () => {
  it('sums yearly operation per contract and unit and splits each contract evenly over its usages', () => {
    const rollUp = rollUpYearlyCosts(
      [
        { contractId: 'c1', unitId: 'u1', kind: 'YEARLY_OPERATION', amount: 120_000 },
        { contractId: 'c1', unitId: null, kind: 'YEARLY_OPERATION', amount: 30_000 },
        { contractId: 'c1', unitId: 'u1', kind: 'ACQUISITION', amount: 500_000 }, // one-off: ignored
        { contractId: 'c2', unitId: 'u2', kind: 'YEARLY_OPERATION', amount: 90_000 },
        { contractId: 'c2', unitId: 'u2', kind: 'OTHER', amount: 5_000 }, // not operation: ignored
        { contractId: 'c3', unitId: 'u1', kind: 'YEARLY_OPERATION', amount: 10_000 },
      ],
      [
        { contractId: 'c1', usageId: 'us1' },
        { contractId: 'c1', usageId: 'us2' },
        { contractId: 'c1', usageId: 'us3' },
        { contractId: 'c1', usageId: 'us1' }, // duplicate link counts once
        { contractId: 'c2', usageId: 'us3' },
      ],
    );
    expect(rollUp).toEqual({
      byContract: { c1: 150_000, c2: 90_000, c3: 10_000 },
      byUnit: { u1: 130_000, u2: 90_000 }, // u1: 120,000 (c1) + 10,000 (c3)
      unassignedToUnit: 30_000,
      // c1: 150,000 / 3 = 50,000 each; us3 also carries all of c2's 90,000
      byUsage: { us1: 50_000, us2: 50_000, us3: 140_000 },
      contractsWithoutCoverage: ['c3'],
    });
  });
  it('rounds uneven shares to øre', () => {
    const rollUp = rollUpYearlyCosts(
      [{ contractId: 'c1', unitId: 'u1', kind: 'YEARLY_OPERATION', amount: 100 }],
      ['a', 'b', 'c'].map((usageId) => ({ contractId: 'c1', usageId })),
    );
    // 100 / 3 = 33.333…
    expect(rollUp.byUsage).toEqual({ a: 33.33, b: 33.33, c: 33.33 });
  });
  it('returns empty totals for no lines', () => {
    expect(rollUpYearlyCosts([], [{ contractId: 'c1', usageId: 'us1' }])).toEqual({
      byContract: {},
      byUnit: {},
      unassignedToUnit: 0,
      byUsage: {},
      contractsWithoutCoverage: [],
    });
  });
});

describe('rollUpDataSourceCosts', () => {
  it('sums edge costs per data source and per usage', () => {
    expect(
      rollUpDataSourceCosts([
        { usageId: 'us1', dataSourceId: 'cpr', yearlyCost: 12_000 },
        { usageId: 'us2', dataSourceId: 'cpr', yearlyCost: 8_000.5 },
        { usageId: 'us2', dataSourceId: 'bbr', yearlyCost: 1_500 },
      ]),
    ).toEqual({
      // cpr: 12,000 + 8,000.50; us2: 8,000.50 + 1,500
      byDataSource: { cpr: 20_000.5, bbr: 1_500 },
      byUsage: { us1: 12_000, us2: 9_500.5 },
    });
  });
  it('returns empty totals for no edges', () => {
    expect(rollUpDataSourceCosts([])).toEqual({ byDataSource: {}, byUsage: {} });
  });
});

describe('costsByUnit', () => {
  it('sums each kind per paying unit and counts distinct contracts, unassigned last', () => {
    expect(
      costsByUnit([
        { contractId: 'c1', unitId: 'u1', kind: 'YEARLY_OPERATION', amount: 120_000 },
        { contractId: 'c1', unitId: 'u1', kind: 'ACQUISITION', amount: 500_000 },
        { contractId: 'c1', unitId: null, kind: 'YEARLY_OPERATION', amount: 30_000 },
        { contractId: 'c2', unitId: 'u2', kind: 'YEARLY_OPERATION', amount: 200_000 },
        { contractId: 'c2', unitId: 'u2', kind: 'OTHER', amount: 5_000 },
        { contractId: 'c3', unitId: 'u1', kind: 'YEARLY_OPERATION', amount: 10_000.25 },
      ]),
    ).toEqual([
      // u2 first: 200,000 > u1's 130,000.25
      { unitId: 'u2', yearlyOperation: 200_000, acquisition: 0, other: 5_000, contractCount: 1 },
      // u1: 120,000 (c1) + 10,000.25 (c3); c1 counted once although it has two u1 lines
      { unitId: 'u1', yearlyOperation: 130_000.25, acquisition: 500_000, other: 0, contractCount: 2 },
      { unitId: null, yearlyOperation: 30_000, acquisition: 0, other: 0, contractCount: 1 },
    ]);
  });
  it('returns no rows for no lines', () => {
    expect(costsByUnit([])).toEqual([]);
  });
});
