/**
 * Dates, numbers and kr. amounts through Intl: 'da-DK' (default) or 'en-GB', Danish time.
 * Components use `useFormatters()`, which binds these to the current language.
 */
export type FormatLocale = 'da' | 'en';

export const TIME_ZONE = 'Europe/Copenhagen';
const INTL_LOCALES: Record<FormatLocale, string> = { da: 'da-DK', en: 'en-GB' };

export const intlLocale = (locale: FormatLocale = 'da'): string => INTL_LOCALES[locale] ?? INTL_LOCALES.da;

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface DateFormatOptions {
  dateStyle?: 'short' | 'medium' | 'long' | 'full';
}

/**
 * A `LocalDate` ('2025-03-01') is a calendar date and is shown as written; an instant
 * (`DateTimeISO`) is shown as the date in Copenhagen.
 */
export function formatDate(
  value: string | Date | null | undefined,
  locale: FormatLocale = 'da',
  { dateStyle = 'medium' }: DateFormatOptions = {},
): string {
  if (value == null || value === '') return '';
  const isLocalDate = typeof value === 'string' && LOCAL_DATE.test(value);
  const date = isLocalDate ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle,
    timeZone: isLocalDate ? 'UTC' : TIME_ZONE,
  }).format(date);
}

/** Date and time of an instant, in Copenhagen. */
export function formatDateTime(value: string | Date | null | undefined, locale: FormatLocale = 'da'): string {
  if (value == null || value === '') return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: TIME_ZONE,
  }).format(date);
}

export function formatNumber(
  value: number | null | undefined,
  locale: FormatLocale = 'da',
  options: Intl.NumberFormatOptions = {},
): string {
  if (value == null || Number.isNaN(value)) return '';
  return new Intl.NumberFormat(intlLocale(locale), options).format(value);
}

/** An amount in Danish kroner: '1.234.567 kr.' (da) or 'DKK 1,234,567' (en); whole kroner by default. */
export function formatKr(
  value: number | null | undefined,
  locale: FormatLocale = 'da',
  { decimals = 0 }: { decimals?: number } = {},
): string {
  return formatNumber(value, locale, {
    style: 'currency',
    currency: 'DKK',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}
