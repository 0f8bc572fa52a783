import {
  decideSignIn,
  emailDomain,
  isEmailDomainAllowed,
  mappedRoles,
  type ProvisioningPolicy,
} from './provisioning';

const mapping = [
  { value: 'overblik-admins', role: 'ADMINISTRATOR' as const },
  { value: 'overblik-readers', role: 'READER' as const },
  { value: 'it-owners', role: 'SYSTEM_OWNER' as const },
  { value: 'overblik-admins', role: 'READER' as const },
];
const mapped: ProvisioningPolicy = {
  allowedDomains: ['norddal.dk'],
  roleMapping: mapping,
  newUserRole: 'READER',
};
const unmapped: ProvisioningPolicy = {
  allowedDomains: ['norddal.dk'],
  roleMapping: [],
  newUserRole: 'READER',
};
const active = { roles: ['CONTRACT_MANAGER' as const], active: true, deactivatedBySignIn: false };
const anna = (claimValues: string[] = []) => ({ email: 'anna@norddal.dk', claimValues });

describe('e-mail domains', () => {
  it('takes the part after the last @, lower case', () => {
    expect(emailDomain('Anna@Norddal.DK')).toBe('norddal.dk');
    expect(emailDomain('"a@b"@norddal.dk')).toBe('norddal.dk');
    expect(emailDomain('no-at-sign')).toBe('');
  });

  it('allows listed domains exactly, not their subdomains or look-alikes', () => {
    expect(isEmailDomainAllowed('anna@NORDDAL.dk', ['norddal.dk'])).toBe(true);
    expect(isEmailDomainAllowed('anna@it.norddal.dk', ['norddal.dk'])).toBe(false);
    expect(isEmailDomainAllowed('anna@norddal.dk.evil.example', ['norddal.dk'])).toBe(false);
    expect(isEmailDomainAllowed('anna@sydby.dk', ['norddal.dk', 'sydby.dk'])).toBe(true);
    expect(isEmailDomainAllowed('anna@norddal.dk', [])).toBe(false);
    expect(isEmailDomainAllowed('anna', ['norddal.dk'])).toBe(false);
  });
});

describe('mappedRoles', () => {
  it('gives each role once, in mapping order, for every matching value', () => {
    expect(mappedRoles(mapping, ['it-owners', 'overblik-admins', 'unrelated'])).toEqual([
      'ADMINISTRATOR',
      'SYSTEM_OWNER',
      'READER',
    ]);
  });

  it('matches values exactly (case matters: group ids are opaque)', () => {
    expect(mappedRoles(mapping, ['Overblik-Admins'])).toEqual([]);
    expect(mappedRoles(mapping, [])).toEqual([]);
  });
});

describe('decideSignIn', () => {
  it('refuses a domain that is not allowed before anything else', () => {
    expect(decideSignIn(mapped, { email: 'eve@sydby.dk', claimValues: ['overblik-admins'] }, active)).toEqual(
      {
        outcome: 'REFUSE',
        reason: 'DOMAIN_NOT_ALLOWED',
      },
    );
  });

  it('with a mapping, a newcomer joins with the mapped roles, or is refused when nothing maps', () => {
    expect(decideSignIn(mapped, anna(['overblik-readers']), null)).toEqual({
      outcome: 'JOIN',
      roles: ['READER'],
    });
    expect(decideSignIn(mapped, anna(['someone-else']), null)).toEqual({
      outcome: 'REFUSE',
      reason: 'NO_ROLE',
    });
  });

  it('with a mapping, a member gets the mapped roles, replacing the old ones', () => {
    expect(decideSignIn(mapped, anna(['it-owners']), active)).toEqual({
      outcome: 'SIGN_IN',
      roles: ['SYSTEM_OWNER'],
    });
  });

  it('with a mapping, a member whose claims map to nothing loses access', () => {
    expect(decideSignIn(mapped, anna([]), active)).toEqual({ outcome: 'LOSE_ACCESS', reason: 'NO_ROLE' });
  });

  it('a membership lost through the mapping comes back when the claims map again', () => {
    const lost = { roles: ['READER' as const], active: false, deactivatedBySignIn: true };
    expect(decideSignIn(mapped, anna(['overblik-readers']), lost)).toEqual({
      outcome: 'SIGN_IN',
      roles: ['READER'],
    });
    expect(decideSignIn(mapped, anna([]), lost)).toEqual({ outcome: 'REFUSE', reason: 'NO_ROLE' });
  });

  it("an administrator's deactivation stands, whatever the claims say", () => {
    const deactivated = { roles: ['READER' as const], active: false, deactivatedBySignIn: false };
    expect(decideSignIn(mapped, anna(['overblik-admins']), deactivated)).toEqual({
      outcome: 'REFUSE',
      reason: 'DEACTIVATED',
    });
    expect(decideSignIn(unmapped, anna(), deactivated)).toEqual({ outcome: 'REFUSE', reason: 'DEACTIVATED' });
  });

  it('without a mapping, members keep their roles and newcomers get the role for new users', () => {
    expect(decideSignIn(unmapped, anna(['overblik-admins']), active)).toEqual({
      outcome: 'SIGN_IN',
      roles: ['CONTRACT_MANAGER'],
    });
    expect(decideSignIn(unmapped, anna(), null)).toEqual({ outcome: 'JOIN', roles: ['READER'] });
  });

  it('without a mapping or a role for new users, only existing members may enter', () => {
    const invitedOnly = { ...unmapped, newUserRole: null };
    expect(decideSignIn(invitedOnly, anna(), null)).toEqual({ outcome: 'REFUSE', reason: 'NOT_A_MEMBER' });
    expect(decideSignIn(invitedOnly, anna(), active).outcome).toBe('SIGN_IN');
  });
});
