import { aBenefit, aMeasurement, aProfilePoint } from '../testing/benefit.builders';
import { DEFAULT_FTE_KR, plannedGainKr, realisedGainKr, targetGainKr } from './gain';

const asOf = '2027-12-31';
const measured = (value: number) => [aMeasurement({ measuredOn: '2027-12-01', value })];

describe('gains in kr.', () => {
  it('turns a cost decrease into a positive gain', () => {
    // baseline 1,000,000 → target 600,000, measured 800,000: gain (800,000 − 1,000,000) · −1 = 200,000
    const benefit = aBenefit({
      measurements: measured(800_000),
      profile: [aProfilePoint({ date: '2027-12-31', plannedValue: 700_000 })],
    });
    expect(realisedGainKr(benefit, asOf)).toBe(200_000);
    expect(plannedGainKr(benefit, asOf)).toBe(300_000);
    expect(targetGainKr(benefit)).toBe(400_000);
  });

  it('converts FTE with fteKr, 550,000 by default', () => {
    const fte = aBenefit({
      type: 'ECONOMIC_FTE',
      direction: 'INCREASE',
      baseline: 0,
      target: 2,
      measurements: measured(1.5),
    });
    expect(DEFAULT_FTE_KR).toBe(550_000);
    // 1.5 · 550,000 = 825,000; 1.5 · 600,000 = 900,000; target 2 · 550,000 = 1,100,000
    expect(realisedGainKr(fte, asOf)).toBe(825_000);
    expect(realisedGainKr(fte, asOf, { fteKr: 600_000 })).toBe(900_000);
    expect(targetGainKr(fte)).toBe(1_100_000);
  });

  it('counts a disbenefit negative', () => {
    // Extra cost growing from 0 to 20,000 counts −20,000
    const disbenefit = aBenefit({
      type: 'DISBENEFIT',
      direction: 'INCREASE',
      baseline: 0,
      target: 50_000,
      measurements: measured(20_000),
    });
    expect(realisedGainKr(disbenefit, asOf)).toBe(-20_000);
    expect(targetGainKr(disbenefit)).toBe(-50_000);
  });

  it('is zero before anything is planned or measured (not −0) and null where kr. do not apply', () => {
    const notStarted = aBenefit({ profile: [aProfilePoint({ date: '2028-06-30', plannedValue: 600_000 })] });
    expect(plannedGainKr(notStarted, asOf)).toBe(0);
    expect(realisedGainKr(notStarted, asOf)).toBe(0);
    expect(realisedGainKr(aBenefit({ type: 'QUALITATIVE', measurements: measured(4) }), asOf)).toBeNull();
    expect(plannedGainKr(aBenefit({ baseline: null }), asOf)).toBeNull();
    expect(targetGainKr(aBenefit({ target: null }))).toBeNull();
  });
});
