import { addDays, addMonths, daysBetween, isOverdue, minDate, toUtcDate } from './dates';

describe('calendar dates', () => {
  it('adds months and clamps to the end of shorter months, leap years included', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-05-15', -6)).toBe('2026-11-15');
    expect(addMonths('2027-12-31', 12)).toBe('2028-12-31');
  });
  it('adds months across year ends both ways, with the century leap-year rules', () => {
    expect(addMonths('2027-03-31', -13)).toBe('2026-02-28'); // 13 back from March 2027 = February 2026
    expect(addMonths('2027-01-15', -1)).toBe('2026-12-15');
    expect(addMonths('2026-11-30', 14)).toBe('2028-01-30');
    expect(addMonths('2027-05-15', 0)).toBe('2027-05-15');
    expect(addMonths('2000-01-31', 1)).toBe('2000-02-29'); // divisible by 400: leap
    expect(addMonths('2100-01-31', 1)).toBe('2100-02-28'); // divisible by 100 only: not leap
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
  });
  it('refuses to add months to an impossible date', () => {
    expect(() => addMonths('2027-02-29', 1)).toThrow(RangeError);
    expect(() => addMonths('2027-13-01', 1)).toThrow(RangeError);
    expect(() => addMonths('2027-04-31', 1)).toThrow(RangeError);
  });
  it('adds days across a year end and counts days between', () => {
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2027-02-28', '2027-03-01')).toBe(1);
  });
  it('refuses impossible dates', () => {
    expect(() => toUtcDate('2027-02-30')).toThrow(RangeError);
    expect(() => toUtcDate('31-01-2027')).toThrow(RangeError);
    expect(() => toUtcDate('2027-00-10')).toThrow(RangeError);
    expect(() => toUtcDate('2027-01-00')).toThrow(RangeError);
    expect(toUtcDate('2028-02-29').toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });
  it('takes the earliest present date', () => {
    expect(minDate(null, '2027-03-01', undefined, '2026-12-31')).toBe('2026-12-31');
    expect(minDate(null)).toBeNull();
  });
  it('marks a deadline overdue from the day after it, across a year end', () => {
    expect(isOverdue('2026-12-06', '2026-12-07')).toBe(true);
    expect(isOverdue('2026-12-07', '2026-12-07')).toBe(false); // the day itself: still due
    expect(isOverdue('2026-12-31', '2027-01-01')).toBe(true);
    expect(isOverdue('2027-01-01', '2026-12-31')).toBe(false);
  });
});
