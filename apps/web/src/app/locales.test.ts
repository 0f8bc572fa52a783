import da from './locales/da.json';
import en from './locales/en.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

const valueAt = (catalogue: unknown, path: string) =>
  path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue);

/** The key paths whose value passes `test`. */
const pathsWhere = (catalogue: unknown, test: (value: unknown) => boolean) =>
  keys(catalogue).filter((path) => test(valueAt(catalogue, path)));

// i18next's plural forms (Intl.PluralRules categories): `items_one` and `items_other` are one key,
// `items`, since a language may need forms another does not (Danish and English use one/other only).
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const keyPaths = (catalogue: unknown) =>
  new Set(keys(catalogue).map((path) => path.replace(PLURAL_SUFFIX, '')));
const onlyIn = (catalogue: unknown, other: unknown) => {
  const others = keyPaths(other);
  return [...keyPaths(catalogue)].filter((path) => !others.has(path)).sort();
};

describe('locale catalogues', () => {
  it('has every key path in both Danish and English', () => {
    expect({ onlyInDanish: onlyIn(da, en), onlyInEnglish: onlyIn(en, da) }).toEqual({
      onlyInDanish: [],
      onlyInEnglish: [],
    });
  });

  it("gives every plural key the forms its language's plural rules ask for", () => {
    const missingForms = (catalogue: unknown, locale: string) => {
      const paths = new Set(keys(catalogue));
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const plurals = [...paths]
        .filter((p) => PLURAL_SUFFIX.test(p))
        .map((p) => p.replace(PLURAL_SUFFIX, ''));
      return [...new Set(plurals)].flatMap((base) =>
        categories.map((c) => `${base}_${c}`).filter((form) => !paths.has(form)),
      );
    };
    expect(missingForms(da, 'da')).toEqual([]);
    expect(missingForms(en, 'en')).toEqual([]);
  });

  it('has no empty strings', () => {
    const empty = (catalogue: unknown) =>
      pathsWhere(catalogue, (value) => typeof value !== 'string' || value.trim() === '');
    expect(empty(da)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });

  it('keeps page intros about what a page holds now, not what it will hold', () => {
    const future = (catalogue: unknown, pattern: RegExp) =>
      pathsWhere(catalogue, (value) => typeof value === 'string' && pattern.test(value));
    expect(future(en, /\bthis area will\b|\bis being built\b/i)).toEqual([]);
    expect(future(da, /under opbygning|kommer til at rumme/i)).toEqual([]);
  });

  // Danish kroner amounts end in 'kr.' ('1.234 kr.'), so a full stop right after one reads 'kr..'.
  it('puts no full stop straight after an amount in kroner', () => {
    const amounts = ['amount', 'saving', 'switching', 'spent', 'budget', 'cost'];
    const afterAmount = new RegExp(`\\{\\{(${amounts.join('|')})\\}\\}\\.`);
    const offending = (catalogue: unknown) =>
      keys(catalogue).filter((path) => {
        const value = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue);
        return typeof value === 'string' && afterAmount.test(value);
      });
    expect(offending(da)).toEqual([]);
    expect(offending(en)).toEqual([]);
  });
});
