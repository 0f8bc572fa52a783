import { checkRules } from '../shared/rule-errors';
import {
  canEditSupplier,
  canKeepSuppliers,
  supplierContactFields,
  supplierFields,
  supplierNotesFields,
} from './supplier.schema';

describe('supplierFields', () => {
  it('accepts a name with a valid CVR, and an empty CVR as none', () => {
    // 29189846: 2·2+9·7+1·6+8·5+9·4+8·3+4·2+6·1 = 187 = 17·11.
    expect(checkRules(supplierFields, { name: ' Kommunesoft A/S ', cvr: '29189846' })).toEqual({
      ok: true,
      errors: [],
      data: { name: 'Kommunesoft A/S', cvr: '29189846' },
    });
    expect(checkRules(supplierFields, { name: 'Kommunesoft', cvr: '  ' })).toEqual({
      ok: true,
      errors: [],
      data: { name: 'Kommunesoft', cvr: null },
    });
  });

  it('names a blank name and a CVR failing modulus 11', () => {
    // 29189847: the same digits with the check digit one higher, sum 188.
    const result = checkRules(supplierFields, { name: ' ', cvr: '29189847' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.message])).toEqual([
      ['name', 'field.required'],
      ['cvr', 'field.cvr'],
    ]);
  });
});

describe('supplierContactFields', () => {
  it('keeps a contact with e-mail and a phone number written with separators', () => {
    expect(
      checkRules(supplierContactFields, {
        name: 'Lise Holm',
        role: 'Kundeansvarlig',
        email: 'lise@kommunesoft.dk',
        phone: '+45 12 34-56 (78)',
      }),
    ).toEqual({
      ok: true,
      errors: [],
      data: {
        name: 'Lise Holm',
        role: 'Kundeansvarlig',
        email: 'lise@kommunesoft.dk',
        phone: '+45 12 34-56 (78)',
      },
    });
  });

  it('stores empty e-mail and phone as none and the role as empty', () => {
    expect(checkRules(supplierContactFields, { name: 'Support', email: '', phone: ' ' })).toEqual({
      ok: true,
      errors: [],
      data: { name: 'Support', role: '', email: null, phone: null },
    });
  });

  it('refuses a bad e-mail and a phone number with letters', () => {
    const result = checkRules(supplierContactFields, {
      name: 'Lise',
      email: 'lise@',
      phone: 'ring til Lise',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.message])).toEqual([
      ['email', 'field.email'],
      ['phone', 'field.phone'],
    ]);
  });
});

describe('supplierNotesFields', () => {
  it('accepts empty notes and refuses more than 10,000 characters', () => {
    expect(checkRules(supplierNotesFields, { notes: '' }).ok).toBe(true);
    expect(checkRules(supplierNotesFields, { notes: 'x'.repeat(10_000) }).ok).toBe(true);
    expect(checkRules(supplierNotesFields, { notes: 'x'.repeat(10_001) }).ok).toBe(false);
  });
});

describe('who keeps suppliers', () => {
  it('lets landscape and contract editors keep suppliers, not readers or the board', () => {
    expect(canKeepSuppliers(['SYSTEM_OWNER'])).toBe(true);
    expect(canKeepSuppliers(['CONTRACT_MANAGER'])).toBe(true);
    expect(canKeepSuppliers(['READER'])).toBe(false);
    expect(canKeepSuppliers(['EXECUTIVE_BOARD'])).toBe(false);
  });

  it('lets only the registering organisation rename a supplier; national ones are read-only', () => {
    const access = { organisationId: 'org-a', roles: ['CONTRACT_MANAGER'] as const };
    expect(canEditSupplier(access, { ownerOrganisationId: 'org-a' })).toBe(true);
    expect(canEditSupplier(access, { ownerOrganisationId: 'org-b' })).toBe(false);
    expect(canEditSupplier(access, { ownerOrganisationId: null })).toBe(false);
    expect(
      canEditSupplier({ organisationId: 'org-a', roles: ['READER'] }, { ownerOrganisationId: 'org-a' }),
    ).toBe(false);
  });
});

describe('optional fields', () => {
  it('treats a missing CVR, e-mail and phone as none', () => {
    expect(checkRules(supplierFields, { name: 'Uden CVR' })).toEqual({
      ok: true,
      errors: [],
      data: { name: 'Uden CVR', cvr: null },
    });
    expect(checkRules(supplierContactFields, { name: 'Support' })).toEqual({
      ok: true,
      errors: [],
      data: { name: 'Support', role: '', email: null, phone: null },
    });
  });
});

describe('optional fields', () => {
  it('treats a missing CVR, e-mail and phone as none', () => {
    expect(checkRules(supplierFields, { name: 'Uden CVR' })).toEqual({
      ok: true,
      errors: [],
      data: { name: 'Uden CVR', cvr: null },
    });
    expect(checkRules(supplierContactFields, { name: 'Support' })).toEqual({
      ok: true,
      errors: [],
      data: { name: 'Support', role: '', email: null, phone: null },
    });
  });
});
