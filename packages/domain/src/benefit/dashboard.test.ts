import { aBenefit, aMeasurement, aProfilePoint } from '../testing/benefit.builders';
import { benefitDashboard, plannedVsRealisedSeries } from './dashboard';

const asOf = '2027-12-31';
const point = (date: string, plannedValue: number) => aProfilePoint({ date, plannedValue });
const measured = (measuredOn: string, value: number) => [aMeasurement({ measuredOn, value })];

// Gains on 2027-12-31 (planned / realised / target, kr.):
// b1 kr. cost cut, cashable:  planned 1,000,000 − 700,000 = 300,000; realised 1,000,000 − 760,000 = 240,000; target 400,000
const b1 = aBenefit({
  id: 'b1',
  projectId: 'p1',
  harvestingUnitId: 'unit-1',
  strategyIds: ['s1', 's2'],
  profile: [point('2027-01-01', 1_000_000), point('2027-12-31', 700_000), point('2028-12-31', 600_000)],
  measurements: measured('2027-12-01', 760_000),
});
// b2 FTE freed, non-cashable: planned 1 · 550,000 = 550,000; realised 0.9 · 550,000 = 495,000; target 2 · 550,000 = 1,100,000
const b2 = aBenefit({
  id: 'b2',
  projectId: 'p2',
  type: 'ECONOMIC_FTE',
  cashable: false,
  direction: 'INCREASE',
  baseline: 0,
  target: 2,
  harvestingUnitId: 'unit-1',
  strategyIds: ['s1'],
  profile: [point('2027-06-30', 0), point('2027-12-31', 1)],
  measurements: measured('2027-11-30', 0.9),
});
// b3 disbenefit (extra licence cost), cashable: planned −50,000; realised −70,000; target −50,000
const b3 = aBenefit({
  id: 'b3',
  projectId: 'p1',
  type: 'DISBENEFIT',
  direction: 'INCREASE',
  baseline: 0,
  target: 50_000,
  harvestingUnitId: 'unit-2',
  strategyIds: [],
  profile: [point('2027-12-31', 50_000)],
  measurements: measured('2027-12-15', 70_000),
});
// b4 qualitative: only counted
const b4 = aBenefit({
  id: 'b4',
  projectId: 'p2',
  type: 'QUALITATIVE',
  direction: 'INCREASE',
  baseline: 3,
  target: 4,
  harvestingUnitId: 'unit-2',
  strategyIds: ['s2'],
  measurements: measured('2027-12-01', 3.5),
});
// b5 kr., non-cashable, plan starts mid-2028 and nothing measured: planned 0; realised 0; target 100,000
const b5 = aBenefit({
  id: 'b5',
  projectId: 'p3',
  cashable: false,
  direction: 'INCREASE',
  baseline: 0,
  target: 100_000,
  harvestingUnitId: null,
  strategyIds: ['s1'],
  profile: [point('2028-06-30', 100_000)],
});
const all = [b1, b2, b3, b4, b5];

describe('benefitDashboard', () => {
  it('sums the organisation with FTE in kr., disbenefits negative and a cashable split', () => {
    const [org, ...rest] = benefitDashboard(all, asOf, 'ORGANISATION');
    expect(rest).toHaveLength(0);
    // planned 300,000 + 550,000 − 50,000 + 0 = 800,000; realised 240,000 + 495,000 − 70,000 + 0 = 665,000
    // target 400,000 + 1,100,000 − 50,000 + 100,000 = 1,550,000 → 665,000 / 1,550,000 = 42.903 %
    // behind (800,000 − 665,000) / 800,000 = 16.875 % → AMBER
    expect(org).toMatchObject({
      key: 'ORGANISATION',
      benefitCount: 5,
      plannedKr: 800_000,
      realisedKr: 665_000,
      targetKr: 1_550_000,
      rag: 'AMBER',
    });
    expect(org.realisationPercent).toBeCloseTo(42.903, 3);
    // cashable b1 + b3: 300,000 − 50,000 / 240,000 − 70,000; non-cashable b2 + b5: 550,000 / 495,000
    expect(org.cashable).toEqual({ count: 2, plannedKr: 250_000, realisedKr: 170_000 });
    expect(org.nonCashable).toEqual({ count: 2, plannedKr: 550_000, realisedKr: 495_000 });
    expect(org.qualitative).toEqual({ count: 1 });
  });

  it('converts FTE with the given fteKr', () => {
    // b2 at 600,000: planned 600,000, realised 540,000 → 850,000 / 710,000
    const [org] = benefitDashboard(all, asOf, 'ORGANISATION', { fteKr: 600_000 });
    expect(org).toMatchObject({ plannedKr: 850_000, realisedKr: 710_000 });
  });

  it('groups by harvesting unit, unassigned last', () => {
    const groups = benefitDashboard(all, asOf, 'UNIT');
    expect(groups.map((g) => g.key)).toEqual(['unit-1', 'unit-2', null]);
    const [unit1, unit2, none] = groups;
    // unit-1 = b1 + b2: planned 850,000; realised 735,000; behind 115,000 / 850,000 = 13.5 % → AMBER; 735,000 / 1,500,000 = 49 %
    expect(unit1).toMatchObject({
      benefitCount: 2,
      plannedKr: 850_000,
      realisedKr: 735_000,
      targetKr: 1_500_000,
      rag: 'AMBER',
    });
    expect(unit1.realisationPercent).toBeCloseTo(49, 9);
    // unit-2 = b3 + b4: planned −50,000; realised −70,000; behind (−50,000 + 70,000) / 50,000 = 40 % → RED
    expect(unit2).toMatchObject({
      benefitCount: 2,
      plannedKr: -50_000,
      realisedKr: -70_000,
      rag: 'RED',
      qualitative: { count: 1 },
    });
    // unassigned = b5: nothing planned yet → no RAG; realised 0 of 100,000 = 0 %
    expect(none).toMatchObject({
      benefitCount: 1,
      plannedKr: 0,
      realisedKr: 0,
      rag: null,
      realisationPercent: 0,
    });
  });

  it('groups by project', () => {
    const groups = benefitDashboard(all, asOf, 'PROJECT');
    expect(groups.map((g) => g.key)).toEqual(['p1', 'p2', 'p3']);
    const [p1, p2] = groups;
    // p1 = b1 + b3: planned 250,000; realised 170,000; behind 80,000 / 250,000 = 32 % → RED; 170,000 / 350,000 = 48.571 %
    expect(p1).toMatchObject({ plannedKr: 250_000, realisedKr: 170_000, targetKr: 350_000, rag: 'RED' });
    expect(p1.realisationPercent).toBeCloseTo(48.571, 3);
    // p2 = b2 + b4: planned 550,000; realised 495,000; behind 55,000 / 550,000 = exactly 10 % → GREEN
    expect(p2).toMatchObject({
      plannedKr: 550_000,
      realisedKr: 495_000,
      rag: 'GREEN',
      realisationPercent: 45,
    });
    // Thresholds pass through: red at 40 % makes p1's 32 % AMBER.
    expect(benefitDashboard(all, asOf, 'PROJECT', { redPercent: 40 })[0].rag).toBe('AMBER');
  });

  it('counts a benefit under each strategy it serves', () => {
    const groups = benefitDashboard(all, asOf, 'STRATEGY');
    expect(groups.map((g) => [g.key, g.benefitCount])).toEqual([
      ['s1', 3], // b1, b2, b5
      ['s2', 2], // b1, b4
      [null, 1], // b3
    ]);
    const [s1, s2, none] = groups;
    // s1: planned 300,000 + 550,000 + 0; realised 240,000 + 495,000 + 0; target 400,000 + 1,100,000 + 100,000
    expect(s1).toMatchObject({ plannedKr: 850_000, realisedKr: 735_000, targetKr: 1_600_000, rag: 'AMBER' });
    expect(s1.realisationPercent).toBeCloseTo(45.9375, 9);
    // s2: b1 only in kr.: behind 60,000 / 300,000 = 20 % → AMBER
    expect(s2).toMatchObject({
      plannedKr: 300_000,
      realisedKr: 240_000,
      rag: 'AMBER',
      qualitative: { count: 1 },
    });
    expect(none).toMatchObject({ plannedKr: -50_000, rag: 'RED' });
  });

  it('returns an empty organisation row for no benefits and no rows otherwise', () => {
    expect(benefitDashboard([], asOf, 'ORGANISATION')).toEqual([
      expect.objectContaining({
        key: 'ORGANISATION',
        benefitCount: 0,
        plannedKr: 0,
        rag: null,
        realisationPercent: null,
      }),
    ]);
    expect(benefitDashboard([], asOf, 'UNIT')).toEqual([]);
  });
});

describe('plannedVsRealisedSeries', () => {
  // Kr. cost cut: plan 900,000 / 800,000 / 700,000 at the end of Mar / Jun / Sep; measured 950,000 (15 Apr), 720,000 (1 Oct).
  const cut = aBenefit({
    profile: [point('2027-03-31', 900_000), point('2027-06-30', 800_000), point('2027-09-30', 700_000)],
    measurements: [
      aMeasurement({ measuredOn: '2027-04-15', value: 950_000 }),
      aMeasurement({ measuredOn: '2027-10-01', value: 720_000 }),
    ],
  });
  // FTE: 1 FTE planned from 30 Jun, 0.5 measured on 30 Jun.
  const fte = aBenefit({
    type: 'ECONOMIC_FTE',
    direction: 'INCREASE',
    baseline: 0,
    target: 1,
    profile: [point('2027-06-30', 1)],
    measurements: measured('2027-06-30', 0.5),
  });
  const qualitative = aBenefit({ type: 'QUALITATIVE', measurements: measured('2027-03-31', 5) });

  it('gives planned and realised gain per month, sorted, qualitative left out', () => {
    const series = plannedVsRealisedSeries(
      [cut, fte, qualitative],
      ['2027-09-30', '2027-03-31', '2027-12-31', '2027-06-30'],
    );
    expect(series).toEqual([
      // cut: planned 100,000, nothing measured yet; fte: before its plan → 0
      { date: '2027-03-31', plannedKr: 100_000, realisedKr: 0 },
      // cut 200,000 / 50,000; fte 550,000 / 0.5 · 550,000 = 275,000
      { date: '2027-06-30', plannedKr: 750_000, realisedKr: 325_000 },
      // cut 300,000 / still 50,000 (the 1 Oct value is later); fte unchanged
      { date: '2027-09-30', plannedKr: 850_000, realisedKr: 325_000 },
      // cut 300,000 / 280,000; fte unchanged
      { date: '2027-12-31', plannedKr: 850_000, realisedKr: 555_000 },
    ]);
  });

  it('reads unsorted profiles and measurements, and a same-day correction as the latest', () => {
    // Baseline 1,000,000 down (DECREASE). Listed out of order; on 2027-05-31 the 880,000 is
    // recorded after the 900,000 it corrects, so it wins.
    const unsorted = aBenefit({
      profile: [point('2027-12-31', 600_000), point('2027-03-31', 1_000_000)],
      measurements: [
        aMeasurement({ measuredOn: '2027-08-31', value: 700_000 }),
        aMeasurement({ measuredOn: '2027-05-31', value: 900_000 }),
        aMeasurement({ measuredOn: '2027-05-31', value: 880_000 }),
      ],
    });
    expect(plannedVsRealisedSeries([unsorted], ['2027-06-30', '2027-02-28', '2027-12-31'])).toEqual([
      // before the profile: the baseline, nothing planned; nothing measured
      { date: '2027-02-28', plannedKr: 0, realisedKr: 0 },
      // 91 of 275 days from 31 Mar to 31 Dec: 1,000,000 − 400,000 · 91/275 = 867,636.36… → gain 132,363.63…;
      // measured 880,000 (the correction) → 120,000
      { date: '2027-06-30', plannedKr: (400_000 * 91) / 275, realisedKr: 120_000 },
      // plan 600,000 → 400,000; measured 700,000 → 300,000
      { date: '2027-12-31', plannedKr: 400_000, realisedKr: 300_000 },
    ]);
  });
});
