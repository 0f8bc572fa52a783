import {
  lastDayOfTerm,
  latestNoticeDateFor,
  noticeEffectiveDate,
  roundUpToNoticeRule,
} from './contract-calendar';

describe('lastDayOfTerm', () => {
  it('ends the day before the anniversary (terms are inclusive of their last day)', () => {
    expect(lastDayOfTerm('2025-01-01', 12)).toBe('2025-12-31'); // anniversary 2026-01-01, minus a day
    expect(lastDayOfTerm('2025-01-15', 1)).toBe('2025-02-14'); // anniversary 2025-02-15
    expect(lastDayOfTerm('2025-03-01', 1)).toBe('2025-03-31'); // anniversary 2025-04-01
  });
  it('ends on the month end when the anniversary does not exist (leap day, 31st)', () => {
    // 2025 has no 29 Feb: addMonths clamps to 2025-02-28, which is then the last day.
    expect(lastDayOfTerm('2024-02-29', 12)).toBe('2025-02-28');
    // 2028 does have 29 Feb, so four years from a leap day end the day before it.
    expect(lastDayOfTerm('2024-02-29', 48)).toBe('2028-02-28');
    expect(lastDayOfTerm('2025-01-31', 1)).toBe('2025-02-28');
  });
});

describe('roundUpToNoticeRule', () => {
  it.each([
    ['RUNNING', '2026-05-10'],
    ['END_OF_MONTH', '2026-05-31'],
    ['END_OF_QUARTER', '2026-06-30'], // May is in Q2
    ['END_OF_YEAR', '2026-12-31'],
  ] as const)('moves 2026-05-10 under %s to %s', (rule, expected) => {
    expect(roundUpToNoticeRule('2026-05-10', rule)).toBe(expected);
  });
  it('keeps a date already on the boundary and knows leap Februaries and Q4', () => {
    expect(roundUpToNoticeRule('2026-06-30', 'END_OF_QUARTER')).toBe('2026-06-30');
    expect(roundUpToNoticeRule('2026-10-01', 'END_OF_QUARTER')).toBe('2026-12-31');
    expect(roundUpToNoticeRule('2026-12-31', 'END_OF_YEAR')).toBe('2026-12-31');
    expect(roundUpToNoticeRule('2028-02-10', 'END_OF_MONTH')).toBe('2028-02-29');
    expect(roundUpToNoticeRule('2027-02-10', 'END_OF_MONTH')).toBe('2027-02-28');
  });
});

describe('noticeEffectiveDate', () => {
  const terms = { noticePeriodMonths: 3, irrevocableUntil: null } as const;
  it('adds the notice period, then rounds up to the rule', () => {
    // 2026-05-10 + 3 months = 2026-08-10
    expect(noticeEffectiveDate('2026-05-10', { ...terms, noticeRule: 'RUNNING' })).toBe('2026-08-10');
    expect(noticeEffectiveDate('2026-05-10', { ...terms, noticeRule: 'END_OF_MONTH' })).toBe('2026-08-31');
    expect(noticeEffectiveDate('2026-05-10', { ...terms, noticeRule: 'END_OF_QUARTER' })).toBe('2026-09-30');
    expect(noticeEffectiveDate('2026-05-10', { ...terms, noticeRule: 'END_OF_YEAR' })).toBe('2026-12-31');
  });
  it('never takes effect before irrevocableUntil, still on a rule boundary', () => {
    // max(2026-08-10, 2027-02-15) = 2027-02-15, rounded up to the quarter end 2027-03-31
    const irrevocable = { ...terms, irrevocableUntil: '2027-02-15', noticeRule: 'END_OF_QUARTER' } as const;
    expect(noticeEffectiveDate('2026-05-10', irrevocable)).toBe('2027-03-31');
  });
  it('counts notice from 29 February', () => {
    const leap = { irrevocableUntil: null, noticeRule: 'RUNNING' } as const;
    expect(noticeEffectiveDate('2028-02-29', { ...leap, noticePeriodMonths: 3 })).toBe('2028-05-29');
    // 2029 has no 29 Feb: clamps to the 28th
    expect(noticeEffectiveDate('2028-02-29', { ...leap, noticePeriodMonths: 12 })).toBe('2029-02-28');
    // 2028-03-29, end of month
    expect(
      noticeEffectiveDate('2028-02-29', { ...leap, noticePeriodMonths: 1, noticeRule: 'END_OF_MONTH' }),
    ).toBe('2028-03-31');
  });
  it('is unknown without a notice period', () => {
    expect(
      noticeEffectiveDate('2026-05-10', { ...terms, noticePeriodMonths: null, noticeRule: 'RUNNING' }),
    ).toBeNull();
  });
});

describe('latestNoticeDateFor', () => {
  it('steps past month clamping: 31 Mar + 3 months is still 30 Jun', () => {
    // 30 Jun − 3 months = 30 Mar; 31 Mar + 3 = 30 Jun still fits; 1 Apr + 3 = 1 Jul does not.
    expect(latestNoticeDateFor('2026-06-30', 3)).toBe('2026-03-31');
    expect(latestNoticeDateFor('2026-08-10', 3)).toBe('2026-05-10');
  });
  it('gives the end of February for one month to the end of March, leap years included', () => {
    expect(latestNoticeDateFor('2025-03-31', 1)).toBe('2025-02-28'); // 1 Mar + 1 month = 1 Apr: too late
    expect(latestNoticeDateFor('2028-03-31', 1)).toBe('2028-02-29');
    // 2029-02-28 − 12 months = 2028-02-28, but 2028-02-29 + 12 months clamps to 2029-02-28 too.
    expect(latestNoticeDateFor('2029-02-28', 12)).toBe('2028-02-29');
  });
});
