import { checkRules } from '../shared/rule-errors';
import { auditLogFilterSchema } from './audit-log.schema';

describe('auditLogFilterSchema', () => {
  it('accepts no filter and a full one', () => {
    expect(checkRules(auditLogFilterSchema, {}).ok).toBe(true);
    expect(
      checkRules(auditLogFilterSchema, {
        entityType: ' Contract ',
        userId: '22222222-2222-4222-8222-222222222222',
        action: 'UPDATE',
        from: '2026-01-01',
        to: '2026-01-01',
      }),
    ).toMatchObject({ ok: true, data: { entityType: 'Contract', from: '2026-01-01', to: '2026-01-01' } });
  });

  it('refuses an end before the start on the end field', () => {
    expect(checkRules(auditLogFilterSchema, { from: '2026-02-01', to: '2026-01-31' }).errors).toEqual([
      { field: 'to', message: 'field.dateOrder' },
    ]);
  });

  it('refuses an unknown action, a malformed person id and a malformed day', () => {
    const fields = checkRules(auditLogFilterSchema, { action: 'HACK', userId: 'x', from: '1.2.2026' })
      .errors.map((e) => e.field)
      .sort();
    expect(fields).toEqual(['action', 'from', 'userId']);
  });
});
