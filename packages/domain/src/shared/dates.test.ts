import { addDays, addMonths, daysBetween, minDate, toUtcDate } from './dates';

describe('calendar dates', () => {
  it('adds months and clamps to the end of shorter months, leap years included', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-05-15', -6)).toBe('2026-11-15');
    expect(addMonths('2027-12-31', 12)).toBe('2028-12-31');
  });
  it('adds days across a year end and counts days between', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
  });
  it('refuses impossible dates', () => {
    expect(() => toUtcDate('2027-02-30')).toThrow(RangeError);
    expect(() => toUtcDate('31-01-2027')).toThrow(RangeError);
  });
  it('takes the earliest present date', () => {
    expect(minDate(null, '2027-03-01', undefined, '2026-12-31')).toBe('2026-12-31');
    expect(minDate(null)).toBeNull();
  });
});
