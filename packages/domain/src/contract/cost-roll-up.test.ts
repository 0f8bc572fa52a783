import { rollUpYearlyCosts } from './cost-roll-up';

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
