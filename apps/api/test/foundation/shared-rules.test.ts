import { readFileSync } from 'node:fs';
import path from 'node:path';
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

  it('says the same as the web app for every rule key, so a form and the API word a broken rule alike', () => {
    for (const locale of ['da', 'en'] as const) {
      const file = path.join(__dirname, `../../../web/src/app/locales/${locale}.json`);
      const web = (
        JSON.parse(readFileSync(file, 'utf8')) as { rules: Record<string, Record<string, string>> }
      ).rules;
      for (const key of RULE_MESSAGE_KEYS) {
        const [group, name] = key.split('.');
        // i18next writes {{max}} where the API's messages write {max}.
        const text = web[group]?.[name]?.replace(/\{\{(\w+)\}\}/g, '{$1}');
        expect({ key, locale, text }).toEqual({ key, locale, text: translate(locale, key) });
      }
    }
  });
});
