/**
 * Kroner amounts short enough for a headline tile: '3,2 mio. kr.' (da) or 'DKK 3.2m' (en).
 * Below a million the amount is shown whole ('450.000 kr.'), since it is already short; from a
 * million it is rounded to one decimal (whole units from 100 up) in millions, then billions.
 * Pure: the web's tiles and any printed summary show the same text.
 */
export type AmountLocale = 'da' | 'en';

const INTL: Record<AmountLocale, string> = { da: 'da-DK', en: 'en-GB' };

const MILLION = { size: 1e6, da: 'mio.', en: 'm' } as const;
const BILLION = { size: 1e9, da: 'mia.', en: 'bn' } as const;

/** Whole kroner with the language's grouping: '3.204.125 kr.' (da), 'DKK 3,204,125' (en). */
export function formatExactKr(value: number, locale: AmountLocale = 'da'): string {
  return new Intl.NumberFormat(INTL[locale], {
    style: 'currency',
    currency: 'DKK',
    minimumFractionDigits: 0,
    maximumFractionDigits: 0,
  }).format(value);
}

function roundedIn(abs: number, size: number): number {
  const units = abs / size;
  const digits = units < 100 ? 1 : 0;
  return Math.round(units * 10 ** digits) / 10 ** digits;
}

/** The short form of an amount; identical to the exact form below one million kroner. */
export function formatCompactKr(value: number, locale: AmountLocale = 'da'): string {
  const abs = Math.abs(value);
  if (abs < MILLION.size) return formatExactKr(value, locale);
  // Rounding may carry 999,6 mio. up to "1.000 mio.": the billion form says that better.
  const scale = abs >= BILLION.size || roundedIn(abs, MILLION.size) >= 1000 ? BILLION : MILLION;
  const number = new Intl.NumberFormat(INTL[locale], { maximumFractionDigits: 1 }).format(
    roundedIn(abs, scale.size),
  );
  const sign = value < 0 ? '-' : '';
  // Non-breaking spaces, as Intl writes them: the amount never wraps between number and unit.
  return locale === 'da'
    ? `${sign}${number}\u00a0${scale.da}\u00a0kr.`
    : `${sign}DKK\u00a0${number}${scale.en}`;
}
