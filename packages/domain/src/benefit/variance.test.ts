import { aBenefit, aMeasurement, aProfilePoint } from '../testing/benefit.builders';
import { planVariance, varianceRag } from './variance';

const asOf = '2027-07-01';

// INCREASE: baseline 0, planned 1000 from 1 Jul 2027 → planned change +1000.
const increase = (actual: number) =>
  aBenefit({
    direction: 'INCREASE',
    baseline: 0,
    target: 1000,
    profile: [
      aProfilePoint({ date: '2027-01-01', plannedValue: 0 }),
      aProfilePoint({ date: '2027-07-01', plannedValue: 1000 }),
    ],
    measurements: [aMeasurement({ measuredOn: '2027-06-30', value: actual })],
  });

// DECREASE: baseline 100, planned 60 from 1 Jul 2027 → planned change −40, lower is better.
const decrease = (actual: number) =>
  aBenefit({
    direction: 'DECREASE',
    baseline: 100,
    target: 60,
    profile: [
      aProfilePoint({ date: '2027-01-01', plannedValue: 100 }),
      aProfilePoint({ date: '2027-07-01', plannedValue: 60 }),
    ],
    measurements: [aMeasurement({ measuredOn: '2027-06-30', value: actual })],
  });

describe('varianceRag for an increase (behind = (1000 − actual) / 1000 · 100)', () => {
  it.each([
    [1100, -10, 'GREEN'], // ahead of plan
    [900, 10, 'GREEN'], // exactly the amber threshold stays green
    [899, 10.1, 'AMBER'],
    [750, 25, 'AMBER'], // exactly the red threshold stays amber
    [749, 25.1, 'RED'],
    [0, 100, 'RED'],
  ])('actual %d is %d %% behind → %s', (actual, behind, rag) => {
    expect(planVariance(increase(actual), asOf)?.behindPercent).toBeCloseTo(behind, 9);
    expect(varianceRag(increase(actual), asOf)).toBe(rag);
  });
});

describe('varianceRag for a decrease (behind = (60 − actual) · −1 / 40 · 100)', () => {
  it.each([
    [50, -25, 'GREEN'], // lower than planned is ahead
    [64, 10, 'GREEN'],
    [65, 12.5, 'AMBER'],
    [70, 25, 'AMBER'],
    [71, 27.5, 'RED'],
    [110, 125, 'RED'], // moved the wrong way
  ])('actual %d is %d %% behind → %s', (actual, behind, rag) => {
    expect(planVariance(decrease(actual), asOf)?.behindPercent).toBeCloseTo(behind, 9);
    expect(varianceRag(decrease(actual), asOf)).toBe(rag);
  });

  it('uses the given thresholds', () => {
    // 10 % behind with amber at 5 and red at 10 → AMBER; 12.5 % → RED
    expect(varianceRag(decrease(64), asOf, { amberPercent: 5, redPercent: 10 })).toBe('AMBER');
    expect(varianceRag(decrease(65), asOf, { amberPercent: 5, redPercent: 10 })).toBe('RED');
  });
});

describe('planVariance', () => {
  it('compares the latest actual on asOf with the interpolated plan', () => {
    const benefit = aBenefit({
      direction: 'INCREASE',
      baseline: 0,
      profile: [
        aProfilePoint({ date: '2027-01-01', plannedValue: 0 }),
        aProfilePoint({ date: '2027-01-31', plannedValue: 300 }),
      ],
      // The 25 Jan value is after asOf and must be ignored.
      measurements: [
        aMeasurement({ measuredOn: '2027-01-20', value: 180 }),
        aMeasurement({ measuredOn: '2027-01-25', value: 0 }),
      ],
    });
    // planned on 21 Jan: 300 · 20/30 = 200; behind (200 − 180) / 200 · 100 = 10 → GREEN
    const variance = planVariance(benefit, '2027-01-21');
    expect(variance?.planned).toBeCloseTo(200, 9);
    expect(variance?.actual).toBe(180);
    expect(variance?.behindPercent).toBeCloseTo(10, 9);
    expect(varianceRag(benefit, '2027-01-21')).toBe('GREEN');
  });

  it('is null when not computable', () => {
    expect(varianceRag({ ...decrease(70), baseline: null }, asOf)).toBeNull();
    expect(varianceRag({ ...decrease(70), measurements: [] }, asOf)).toBeNull();
    // Only measurement (30 Jun) is after asOf.
    expect(varianceRag(decrease(70), '2027-06-29')).toBeNull();
    // Before the first profile point the plan is the baseline: no planned change to be behind on.
    expect(
      varianceRag(
        { ...decrease(70), profile: [aProfilePoint({ date: '2027-12-31', plannedValue: 60 })] },
        asOf,
      ),
    ).toBeNull();
    expect(varianceRag({ ...decrease(70), profile: [] }, asOf)).toBeNull();
  });
});
