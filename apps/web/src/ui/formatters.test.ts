import { formatDate, formatDateTime, formatKr, formatNumber } from './formatters';

// Intl separates amount and currency with a no-break space.
const nbsp = (text: string) => text.replace(/ /g, '\u00a0');

describe('formatters', () => {
  it('formats numbers the Danish way by default', () => {
    expect(formatNumber(1234567.89)).toBe('1.234.567,89');
    expect(formatNumber(1234567.89, 'en')).toBe('1,234,567.89');
    expect(formatNumber(null)).toBe('');
  });

  it('formats kr. amounts in whole kroner', () => {
    expect(formatKr(1234567.4)).toBe(nbsp('1.234.567 kr.'));
    expect(formatKr(1250.5, 'da', { decimals: 2 })).toBe(nbsp('1.250,50 kr.'));
    expect(formatKr(1234567, 'en')).toBe(nbsp('DKK 1,234,567'));
  });

  it('shows a local date as the calendar date it is', () => {
    expect(formatDate('2025-03-01')).toBe('1. mar. 2025');
    expect(formatDate('2025-03-01', 'da', { dateStyle: 'long' })).toBe('1. marts 2025');
    expect(formatDate('2025-03-01', 'en')).toBe('1 Mar 2025');
    expect(formatDate('')).toBe('');
    expect(formatDate('not a date')).toBe('');
  });

  it('shows an instant in Copenhagen time', () => {
    // 22:30 UTC on 30 June is 00:30 on 1 July in Copenhagen (summer time).
    expect(formatDate('2025-06-30T22:30:00Z')).toBe('1. jul. 2025');
    expect(formatDateTime('2025-06-30T22:30:00Z')).toBe('1. jul. 2025, 00.30');
    expect(formatDateTime('2025-01-15T12:00:00Z', 'en')).toBe('15 Jan 2025, 13:00');
  });
});
