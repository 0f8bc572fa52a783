import { planningQuarters, quarterOf, quartersFrom } from './quarters';

describe('quarters', () => {
  it('finds the quarter of a day', () => {
    expect(quarterOf(new Date(2026, 0, 1))).toBe('2026-Q1');
    expect(quarterOf(new Date(2026, 2, 31))).toBe('2026-Q1');
    expect(quarterOf(new Date(2026, 3, 1))).toBe('2026-Q2');
    expect(quarterOf(new Date(2026, 11, 31))).toBe('2026-Q4');
  });

  it('counts quarters across a year end', () => {
    expect(quartersFrom('2026-Q3', 4)).toEqual(['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2']);
    expect(quartersFrom('2026-Q1', 0)).toEqual([]);
  });

  it('plans from the last quarter over eight quarters', () => {
    expect(planningQuarters('2026-11-27')).toEqual([
      '2026-Q3',
      '2026-Q4',
      '2027-Q1',
      '2027-Q2',
      '2027-Q3',
      '2027-Q4',
      '2028-Q1',
      '2028-Q2',
    ]);
    expect(planningQuarters('2027-02-10')[0]).toBe('2026-Q4');
  });
});
