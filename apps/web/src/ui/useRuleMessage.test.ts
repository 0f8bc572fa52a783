import { RULE_MESSAGE_KEYS } from '@overblik/domain';
import { createI18n } from '../app/i18n';
import { ruleErrorsByField } from './useRuleMessage';

describe('shared rule messages on the web', () => {
  it('has a Danish and an English text for every rule key', () => {
    for (const locale of ['da', 'en'] as const) {
      const i18n = createI18n(locale);
      for (const key of RULE_MESSAGE_KEYS) {
        expect({ key, exists: i18n.exists(key, { ns: 'rules' }) }).toEqual({ key, exists: true });
      }
    }
  });

  it('fills in the rule’s limits', () => {
    const i18n = createI18n('en');
    expect(i18n.t('field.tooLong', { ns: 'rules', max: 300 })).toBe('Must be at most 300 characters.');
  });

  it('keeps the first error per field and renames API fields to the form’s', () => {
    expect(
      ruleErrorsByField(
        [
          { field: 'verificationUsageId', message: 'field.required' },
          { field: 'title', message: 'field.required' },
          { field: 'title', message: 'field.tooLong', params: { max: 3 } },
        ],
        { verificationUsageId: 'verificationTargetId' },
      ),
    ).toEqual({
      verificationTargetId: { field: 'verificationUsageId', message: 'field.required' },
      title: { field: 'title', message: 'field.required' },
    });
  });
});
