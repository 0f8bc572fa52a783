import { formatCompactKr } from '@overblik/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatKr, formatNumber, type FormatLocale } from './formatters';

/** The formatters bound to the language the user sees. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale: FormatLocale = i18n.resolvedLanguage === 'en' ? 'en' : 'da';
  return useMemo(
    () => ({
      locale,
      formatDate: (value: Parameters<typeof formatDate>[0], options?: Parameters<typeof formatDate>[2]) =>
        formatDate(value, locale, options),
      formatDateTime: (value: Parameters<typeof formatDateTime>[0]) => formatDateTime(value, locale),
      formatNumber: (value: number | null | undefined, options?: Intl.NumberFormatOptions) =>
        formatNumber(value, locale, options),
      formatKr: (value: number | null | undefined, options?: { decimals?: number }) =>
        formatKr(value, locale, options),
      /** '3,2 mio. kr.': for tiles and headlines; show `formatKr` beside it on hover or in tables. */
      formatCompactKr: (value: number) => formatCompactKr(value, locale),
      /** A NumberInput's separators the language's way: 1.234,5 (da) or 1,234.5 (en). */
      numberInput:
        locale === 'en'
          ? { thousandSeparator: ',', decimalSeparator: '.' }
          : { thousandSeparator: '.', decimalSeparator: ',' },
      /** The suffix of a kroner amount field, as `formatKr` names the currency: ' kr.' (da) or ' DKK' (en). */
      krSuffix: locale === 'en' ? ' DKK' : ' kr.',
    }),
    [locale],
  );
}
