import da from './locales/da.json';
import en from './locales/en.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('locale catalogues', () => {
  it('has the same keys in Danish and English', () => {
    expect(keys(en).sort()).toEqual(keys(da).sort());
  });

  it('has no empty strings', () => {
    const empty = (catalogue: unknown) =>
      keys(catalogue).filter((path) => {
        const value = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue);
        return typeof value !== 'string' || value.trim() === '';
      });
    expect(empty(da)).toEqual([]);
    expect(empty(en)).toEqual([]);
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
