import { DEFAULT_MATURITY_STEPS, MATURITY_METRIC_KEYS } from './maturity-steps';

describe('DEFAULT_MATURITY_STEPS', () => {
  it('has four successive steps with unique criterion keys, valid metrics and thresholds in 0..1', () => {
    expect(DEFAULT_MATURITY_STEPS.map((s) => s.ordinal)).toEqual([1, 2, 3, 4]);
    const criteria = DEFAULT_MATURITY_STEPS.flatMap((s) => s.criteria);
    expect(new Set(criteria.map((c) => c.key)).size).toBe(criteria.length);
    for (const c of criteria) {
      expect(c.metric === null || MATURITY_METRIC_KEYS.includes(c.metric)).toBe(true);
      expect(c.threshold).toBeGreaterThanOrEqual(0);
      expect(c.threshold).toBeLessThanOrEqual(1);
    }
    // Every metric the data can show is used by some step.
    expect(new Set(criteria.map((c) => c.metric).filter((m) => m !== null))).toEqual(
      new Set(MATURITY_METRIC_KEYS),
    );
  });
});
