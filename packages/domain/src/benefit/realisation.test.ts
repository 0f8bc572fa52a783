import { aBenefit, aMeasurement } from '../testing/benefit.builders';
import { realisationPercent } from './realisation';

describe('realisationPercent', () => {
  const increase = aBenefit({ baseline: 0, target: 200, direction: 'INCREASE' });
  const decrease = aBenefit({ baseline: 100, target: 60, direction: 'DECREASE' });
  const measured = (value: number, measuredOn = '2027-06-30') => [aMeasurement({ measuredOn, value })];

  it('measures progress from baseline to target for an increase, using the latest measurement', () => {
    const benefit = {
      ...increase,
      // Listed out of date order on purpose: the latest is 2027-06-30 = 150.
      measurements: [
        aMeasurement({ measuredOn: '2027-06-30', value: 150 }),
        aMeasurement({ measuredOn: '2027-03-31', value: 50 }),
      ],
    };
    // (150 − 0) / (200 − 0) · 100 = 75
    expect(realisationPercent(benefit)).toBe(75);
    // On 2027-05-01 only the March value exists: 50 / 200 · 100 = 25
    expect(realisationPercent(benefit, '2027-05-01')).toBe(25);
    // A measurement taken on asOf itself counts.
    expect(realisationPercent(benefit, '2027-06-30')).toBe(75);
  });

  it('is direction-correct for a decrease', () => {
    // (80 − 100) / (60 − 100) · 100 = −20 / −40 · 100 = 50
    expect(realisationPercent({ ...decrease, measurements: measured(80) })).toBe(50);
  });

  it('is not clamped on an overshoot', () => {
    // (50 − 100) / (60 − 100) · 100 = 125
    expect(realisationPercent({ ...decrease, measurements: measured(50) })).toBe(125);
    // (260 − 0) / 200 · 100 = 130
    expect(realisationPercent({ ...increase, measurements: measured(260) })).toBe(130);
  });

  it('goes negative when the value moved the wrong way', () => {
    // (110 − 100) / (60 − 100) · 100 = 10 / −40 · 100 = −25
    expect(realisationPercent({ ...decrease, measurements: measured(110) })).toBe(-25);
    // baseline 200 → target 300, measured 180: −20 / 100 · 100 = −20
    expect(
      realisationPercent(
        aBenefit({ baseline: 200, target: 300, direction: 'INCREASE', measurements: measured(180) }),
      ),
    ).toBe(-20);
  });

  it('lets a same-day correction listed last win', () => {
    const measurements = [
      aMeasurement({ measuredOn: '2027-06-30', value: 70 }),
      aMeasurement({ measuredOn: '2027-06-30', value: 90 }),
    ];
    // latest = 90: (90 − 100) / (60 − 100) · 100 = 25
    expect(realisationPercent({ ...decrease, measurements })).toBe(25);
  });

  it('is null when it cannot be computed', () => {
    expect(realisationPercent({ ...decrease, baseline: null, measurements: measured(80) })).toBeNull();
    expect(realisationPercent({ ...decrease, target: null, measurements: measured(80) })).toBeNull();
    expect(realisationPercent({ ...decrease, measurements: [] })).toBeNull();
    expect(realisationPercent({ ...decrease, target: 100, measurements: measured(80) })).toBeNull();
    // The only measurement is after asOf.
    expect(
      realisationPercent({ ...decrease, measurements: measured(80, '2027-07-01') }, '2027-06-30'),
    ).toBeNull();
  });
});
