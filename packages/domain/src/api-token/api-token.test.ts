import { hasPermission, type Permission } from '../shared/roles';
import { checkRules } from '../shared/rule-errors';
import { apiTokenRoles, apiTokenSchema } from './api-token';

const can = (scope: 'READ' | 'READ_WRITE', permission: Permission) =>
  hasPermission(apiTokenRoles(scope), permission);

describe('what an API token may do', () => {
  it('reads only with READ', () => {
    expect(apiTokenRoles('READ')).toEqual(['READER']);
    for (const p of ['landscape.edit', 'contract.edit', 'project.report', 'organisation.admin'] as const) {
      expect(can('READ', p)).toBe(false);
    }
  });

  it('edits data with READ_WRITE, but never administers and never decides', () => {
    expect(apiTokenRoles('READ_WRITE')).toEqual([
      'SYSTEM_OWNER',
      'CONTRACT_MANAGER',
      'PROJECT_COORDINATOR',
      'PROJECT_LEAD',
    ]);
    expect(can('READ_WRITE', 'landscape.edit')).toBe(true);
    expect(can('READ_WRITE', 'contract.edit')).toBe(true);
    expect(can('READ_WRITE', 'benefit.measure')).toBe(true);
    expect(can('READ_WRITE', 'organisation.admin')).toBe(false);
    expect(can('READ_WRITE', 'portfolio.decide')).toBe(false);
    expect(can('READ_WRITE', 'portfolio.prequalify')).toBe(false);
    expect(can('READ_WRITE', 'portfolio.rank')).toBe(false);
  });
});

describe('apiTokenSchema', () => {
  const now = new Date('2026-12-07T12:00:00Z');

  it('gives a token without expiry exactly one year', () => {
    const result = checkRules(apiTokenSchema(now), { name: ' BI ', scope: 'READ' });
    expect(result).toEqual({
      ok: true,
      errors: [],
      data: { name: 'BI', scope: 'READ', expiresAt: new Date('2027-12-07T12:00:00Z') },
    });
  });

  it('accepts up to one year ahead and refuses later or past expiries', () => {
    const at = (iso: string) =>
      checkRules(apiTokenSchema(now), { name: 'BI', scope: 'READ_WRITE', expiresAt: new Date(iso) });
    expect(at('2027-12-07T12:00:00Z').ok).toBe(true);
    expect(at('2026-12-08T00:00:00Z').ok).toBe(true);
    expect(at('2027-12-07T12:00:01Z').errors).toEqual([{ field: 'expiresAt', message: 'field.tokenExpiry' }]);
    expect(at('2026-12-07T11:59:59Z').errors).toEqual([{ field: 'expiresAt', message: 'field.tokenExpiry' }]);
  });

  it('needs a name and a known scope', () => {
    const result = checkRules(apiTokenSchema(now), { name: '', scope: 'ADMIN' });
    expect(result.errors).toEqual([
      { field: 'name', message: 'field.required' },
      { field: 'scope', message: 'field.invalid' },
    ]);
  });
});
