import { aProfilePoint } from '../testing/benefit.builders';
import { plannedValueAt } from './profile';

describe('plannedValueAt', () => {
  // 1000 on 1 Jan → 900 on 11 Jan (10 days) → 600 on 10 Feb (30 days).
  const profile = [
    aProfilePoint({ date: '2027-01-01', plannedValue: 1000 }),
    aProfilePoint({ date: '2027-01-11', plannedValue: 900 }),
    aProfilePoint({ date: '2027-02-10', plannedValue: 600 }),
  ];
  const baseline = 1200;

  it('interpolates linearly by days between points', () => {
    // 4 of 10 days: 1000 + (900 − 1000) · 4/10 = 960
    expect(plannedValueAt(profile, '2027-01-05', baseline)).toBeCloseTo(960, 9);
    // 10 of 30 days: 900 + (600 − 900) · 10/30 = 800
    expect(plannedValueAt(profile, '2027-01-21', baseline)).toBeCloseTo(800, 9);
  });

  it('returns a point value on the point itself', () => {
    expect(plannedValueAt(profile, '2027-01-01', baseline)).toBe(1000);
    expect(plannedValueAt(profile, '2027-01-11', baseline)).toBe(900);
    expect(plannedValueAt(profile, '2027-02-10', baseline)).toBe(600);
  });

  it('returns the baseline before the first point, or the first value without a baseline', () => {
    expect(plannedValueAt(profile, '2026-12-31', baseline)).toBe(1200);
    expect(plannedValueAt(profile, '2026-12-31', null)).toBe(1000);
  });

  it('holds the last value after the last point', () => {
    expect(plannedValueAt(profile, '2030-01-01', baseline)).toBe(600);
  });

  it('accepts unsorted points', () => {
    const shuffled = [profile[2], profile[0], profile[1]];
    expect(plannedValueAt(shuffled, '2027-01-05', baseline)).toBeCloseTo(960, 9);
    expect(plannedValueAt(shuffled, '2027-01-21', baseline)).toBeCloseTo(800, 9);
    expect(plannedValueAt(shuffled, '2026-06-01', baseline)).toBe(1200);
    expect(plannedValueAt(shuffled, '2027-03-01', baseline)).toBe(600);
  });

  it('counts calendar days, leap day included', () => {
    // 1 Feb 2028 → 2 Mar 2028 is 30 days (29-day February); 1 Mar is day 29 → 0 + 30 · 29/30 = 29
    const leap = [
      aProfilePoint({ date: '2028-02-01', plannedValue: 0 }),
      aProfilePoint({ date: '2028-03-02', plannedValue: 30 }),
    ];
    expect(plannedValueAt(leap, '2028-03-01', 0)).toBeCloseTo(29, 9);
  });

  it('falls back to the baseline without a profile', () => {
    expect(plannedValueAt([], '2027-06-30', 1200)).toBe(1200);
    expect(plannedValueAt([], '2027-06-30', null)).toBeNull();
  });
});
