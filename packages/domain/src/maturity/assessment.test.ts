import { aMaturityFacts, aMaturityMetric, aMaturityStep } from '../testing/maturity.builders';
import { assessMaturity } from './assessment';
import { DEFAULT_MATURITY_STEPS } from './maturity-steps';
import { type MaturityFacts, maturityMetrics } from './metrics';

// aMaturityFacts meets every metric criterion; both self-assessed criteria answered yes.
const allYes = { 'project-model-adopted': true, 'board-steers-on-benefits': true };
const assess = (facts: Partial<MaturityFacts>, self: Record<string, boolean> = allYes) =>
  assessMaturity(DEFAULT_MATURITY_STEPS, maturityMetrics(aMaturityFacts(facts)), self);

describe('assessMaturity', () => {
  it('achieves step 4 when every step is met', () => {
    const assessment = assess({});
    expect(assessment.steps.map((s) => s.met)).toEqual([true, true, true, true]);
    expect(assessment.achievedStep).toBe(4);
    expect(assessment.missingForNext).toEqual([]);
  });

  it('cannot skip a step: steps 2–4 met while step 1 is not gives step 0', () => {
    // 5 of 10 usages owned = 0.5 < 0.8
    const assessment = assess({ usagesWithOwner: 5 });
    expect(assessment.steps.map((s) => s.met)).toEqual([false, true, true, true]);
    expect(assessment.achievedStep).toBe(0);
    expect(assessment.missingForNext).toEqual([
      expect.objectContaining({
        key: 'usages-owned',
        status: 'MEASURED',
        value: 0.5,
        threshold: 0.8,
        met: false,
      }),
    ]);
    // 0.8 − 0.5 = 0.3 short
    expect(assessment.missingForNext[0].gap).toBeCloseTo(0.3, 9);
  });

  it('stops at the first unmet step even when later ones are met', () => {
    // Step 2's self-assessed project model not adopted; steps 3 and 4 still met.
    const assessment = assess({}, { 'project-model-adopted': false, 'board-steers-on-benefits': true });
    expect(assessment.steps.map((s) => s.met)).toEqual([true, false, true, true]);
    expect(assessment.achievedStep).toBe(1);
    expect(assessment.missingForNext).toEqual([
      {
        key: 'project-model-adopted',
        name: expect.any(String),
        status: 'SELF_ASSESSED',
        value: 0,
        threshold: 1,
        met: false,
        gap: 1,
      },
    ]);
  });

  it('lists every unmet criterion of the next step with how far off it is', () => {
    // benefits owned 6/10 = 0.6 vs 0.9 → 0.3 short; measured 7/10 = 0.7 vs 0.8 → 0.1 short; business cases 19/20 met
    const { achievedStep, missingForNext } = assess({ benefitsWithOwner: 6, benefitsWithMeasurements: 7 });
    expect(achievedStep).toBe(2);
    expect(missingForNext.map((c) => c.key)).toEqual(['benefits-owned', 'benefits-measured']);
    expect(missingForNext[0].gap).toBeCloseTo(0.3, 9);
    expect(missingForNext[1].gap).toBeCloseTo(0.1, 9);
  });

  it('meets a criterion exactly on its threshold', () => {
    // 8 of 10 = 0.8 for both step-1 criteria (threshold 0.8)
    const assessment = assess({ usagesWithOwner: 8, contractsWithEndDate: 8 });
    expect(assessment.steps[0].criteria.map((c) => [c.value, c.met, c.gap])).toEqual([
      [0.8, true, 0],
      [0.8, true, 0],
    ]);
    // 7 of 10 = 0.7 just misses
    expect(assess({ usagesWithOwner: 7 }).achievedStep).toBe(0);
  });

  it('never meets a criterion without data, nor an unanswered self-assessment', () => {
    // No contracts registered: contracts-dated is NO_DATA, value 0, 0.8 short.
    const noContracts = assess({ contracts: 0, contractsWithEndDate: 0 });
    expect(noContracts.achievedStep).toBe(0);
    expect(noContracts.missingForNext).toEqual([
      expect.objectContaining({ key: 'contracts-dated', status: 'NO_DATA', value: 0, gap: 0.8 }),
    ]);
    // Nothing answered: step 2 fails on the self-assessment.
    expect(assess({}, {}).achievedStep).toBe(1);
  });

  it('orders custom steps by ordinal and treats a metric it was not given as no data', () => {
    const steps = [
      aMaturityStep({
        ordinal: 2,
        name: 'B',
        criteria: [{ key: 'b', name: 'B', metric: 'benefitsWithOwnerShare', threshold: 0.5 }],
      }),
      aMaturityStep({
        ordinal: 1,
        name: 'A',
        criteria: [{ key: 'a', name: 'A', metric: 'usagesWithOwnerShare', threshold: 0.5 }],
      }),
    ];
    const assessment = assessMaturity(steps, { usagesWithOwnerShare: aMaturityMetric(0.6) }, {});
    expect(assessment.steps.map((s) => [s.ordinal, s.met])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(assessment.achievedStep).toBe(1);
    expect(assessment.missingForNext).toEqual([
      expect.objectContaining({ key: 'b', status: 'NO_DATA', gap: 0.5 }),
    ]);
  });
});
