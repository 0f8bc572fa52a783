import { $Enums } from '@prisma/client';
import { ENUM_VALUES, RULE_MESSAGE_KEYS } from '@overblik/domain';
import { translate } from '../../src/shared/messages';

describe('rules shared from @overblik/domain', () => {
  it('lists the same enum values as the database schema, for every enum', () => {
    const prisma = $Enums as unknown as Record<string, Record<string, string>>;
    expect(Object.keys(ENUM_VALUES).sort()).toEqual(Object.keys(prisma).sort());
    for (const [name, values] of Object.entries(ENUM_VALUES)) {
      expect({ name, values: [...values].sort() }).toEqual({
        name,
        values: Object.values(prisma[name]).sort(),
      });
    }
  });

  it('has a Danish and an English message for every rule key', () => {
    for (const key of RULE_MESSAGE_KEYS) {
      for (const locale of ['da', 'en'] as const) {
        expect({ key, locale, text: translate(locale, key) }).not.toEqual({ key, locale, text: key });
      }
    }
    expect(translate('en', 'field.targetMustBeBelow')).toBe(
      'The target must be below the baseline when the value should decrease.',
    );
  });
});
