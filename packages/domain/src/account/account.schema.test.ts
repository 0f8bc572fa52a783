import { checkRules } from '../shared/rule-errors';
import { changePasswordSchema, newOrganisationSchema, organisationSlug } from './account.schema';

describe('account rules', () => {
  it('wants a new password of at least 12 characters and the current one', () => {
    expect(checkRules(changePasswordSchema, { currentPassword: '', newPassword: 'kort' }).errors).toEqual([
      { field: 'currentPassword', message: 'field.required' },
      { field: 'newPassword', message: 'field.tooShort', params: { min: 12 } },
    ]);
    expect(checkRules(changePasswordSchema, { currentPassword: 'x', newPassword: 'tolv-tegn-ok' }).ok).toBe(
      true,
    );
  });

  it('checks a new organisation’s CVR with modulus 11, its type and its administrator’s e-mail', () => {
    const good = { name: 'Ny Kommune', cvr: '29189420', type: 'MUNICIPALITY', adminEmail: 'it@ny.dk' };
    expect(checkRules(newOrganisationSchema, good).ok).toBe(true);
    expect(
      checkRules(newOrganisationSchema, { ...good, cvr: '29189421', type: 'BY', adminEmail: 'nej' }).errors,
    ).toEqual([
      { field: 'cvr', message: 'field.cvr' },
      { field: 'type', message: 'field.invalid' },
      { field: 'adminEmail', message: 'field.email' },
    ]);
  });

  it('makes a slug of Danish letters and spaces', () => {
    expect(organisationSlug('Ærø Kommune')).toBe('aeroe-kommune');
    expect(organisationSlug('  Høje-Taastrup  Kommune ')).toBe('hoeje-taastrup-kommune');
    expect(organisationSlug('!!!')).toBe('organisation');
  });
});
