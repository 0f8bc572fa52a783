import { SegmentedControl, VisuallyHidden } from '@mantine/core';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale, isLocale, LOCALES } from './i18n';
import { ViewerContext } from './ViewerContext';

/**
 * DA/EN switch. The choice is kept in localStorage (by the i18n instance) and, when signed in,
 * saved on the user so the API's e-mails and messages follow it.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  // Also used on the sign-in page, where nobody is signed in.
  const viewerState = useContext(ViewerContext);

  const change = async (value: string) => {
    if (!isLocale(value)) return;
    await i18n.changeLanguage(value);
    await viewerState?.saveLocale(value);
  };

  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language')}
      value={currentLocale(i18n)}
      onChange={(value) => void change(value)}
      // The radio covers its segment (transparent) instead of being zero-sized: a click on the
      // segment hits the radio itself, which keeps the control easy to drive from browser tests.
      styles={{ input: { inset: 0, width: '100%', height: '100%', margin: 0, zIndex: 3, cursor: 'pointer' } }}
      data={LOCALES.map((locale) => ({
        value: locale,
        label: (
          <>
            <span aria-hidden>{locale.toUpperCase()}</span>
            <VisuallyHidden lang={locale}>{t(`languageName.${locale}`)}</VisuallyHidden>
          </>
        ),
      }))}
    />
  );
}
