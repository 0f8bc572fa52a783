import { formatCompactKr as compact, formatExactKr as exact, type AmountLocale } from './compact-amount';

// Both forms use non-breaking spaces (as Intl does); the expectations are written with plain ones.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const formatCompactKr = (value: number, locale: AmountLocale) => plain(compact(value, locale));
const formatExactKr = (value: number, locale: AmountLocale) => plain(exact(value, locale));

describe('compact kroner amounts for headline tiles', () => {
  it('shortens millions to one decimal, Danish and English', () => {
    // 3.204.125 = 3,204125 mio. → 3,2
    expect(formatCompactKr(3_204_125, 'da')).toBe('3,2 mio. kr.');
    expect(formatCompactKr(3_204_125, 'en')).toBe('DKK 3.2m');
    // 1.000.000 exactly: no trailing ",0"
    expect(formatCompactKr(1_000_000, 'da')).toBe('1 mio. kr.');
    expect(formatCompactKr(1_000_000, 'en')).toBe('DKK 1m');
    // 12.960.000 = 12,96 mio. → 13,0 → "13"
    expect(formatCompactKr(12_960_000, 'da')).toBe('13 mio. kr.');
    // 99.949.999 = 99,949999 mio. → 99,9
    expect(formatCompactKr(99_949_999, 'en')).toBe('DKK 99.9m');
  });
  it('shows whole millions from a hundred million up', () => {
    // 123.456.789 = 123,456789 mio. → 123
    expect(formatCompactKr(123_456_789, 'da')).toBe('123 mio. kr.');
    expect(formatCompactKr(123_456_789, 'en')).toBe('DKK 123m');
  });
  it('switches to billions, also when rounding carries a million amount over', () => {
    // 2.450.000.000 = 2,45 mia. → 2,5 (half away from zero)
    expect(formatCompactKr(2_450_000_000, 'da')).toBe('2,5 mia. kr.');
    expect(formatCompactKr(2_450_000_000, 'en')).toBe('DKK 2.5bn');
    // 999.600.000 = 999,6 mio. → 1.000 mio. → said as 1 mia.
    expect(formatCompactKr(999_600_000, 'da')).toBe('1 mia. kr.');
    expect(formatCompactKr(999_400_000, 'da')).toBe('999 mio. kr.');
  });
  it('keeps amounts below a million whole, as they already fit', () => {
    expect(formatCompactKr(450_000, 'da')).toBe('450.000 kr.');
    expect(formatCompactKr(450_000, 'en')).toBe('DKK 450,000');
    expect(formatCompactKr(999_999, 'da')).toBe('999.999 kr.');
    expect(formatCompactKr(0, 'da')).toBe('0 kr.');
  });
  it('keeps the sign of savings that went backwards', () => {
    expect(formatCompactKr(-3_204_125, 'da')).toBe('-3,2 mio. kr.');
    expect(formatCompactKr(-3_204_125, 'en')).toBe('-DKK 3.2m');
  });
  it('gives the exact amount for the hover text and the table view', () => {
    expect(formatExactKr(3_204_125, 'da')).toBe('3.204.125 kr.');
    expect(formatExactKr(3_204_125, 'en')).toBe('DKK 3,204,125');
    // Whole kroner: 0,5 rounds up
    expect(formatExactKr(1_234.5, 'da')).toBe('1.235 kr.');
  });
});
