import { createI18n, LOCALE_STORAGE_KEY, readStoredLocale } from './i18n';

describe('i18n', () => {
  beforeEach(() => window.localStorage.clear());

  it('starts in Danish without recording a choice', () => {
    const i18n = createI18n();
    expect(i18n.t('nav:systems')).toBe('Systemer');
    expect(document.documentElement.lang).toBe('da');
    expect(readStoredLocale()).toBeNull();
  });

  it('remembers a chosen language and starts in it next time', async () => {
    const first = createI18n();
    await first.changeLanguage('en');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    const next = createI18n();
    expect(next.t('nav:systems')).toBe('Systems');
  });

  it('ignores a stored value that is not a supported language', () => {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, '<script>');
    expect(readStoredLocale()).toBeNull();
    expect(createI18n().resolvedLanguage).toBe('da');
  });
});
