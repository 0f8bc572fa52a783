import { canSwitchPasswordsOff, passwordSignInAllowed } from './passwords';

const keeps = { organisationId: 'keeps', passwordSignIn: true };
const sso = { organisationId: 'sso', passwordSignIn: false };

describe('passwordSignInAllowed', () => {
  it('opens only organisations that still accept passwords', () => {
    expect(passwordSignInAllowed({ installationAdmin: false }, [keeps, sso])).toEqual([keeps]);
    expect(passwordSignInAllowed({ installationAdmin: false }, [sso])).toEqual([]);
  });

  it('keeps every membership for installation administrators', () => {
    expect(passwordSignInAllowed({ installationAdmin: true }, [keeps, sso])).toEqual([keeps, sso]);
  });
});

describe('canSwitchPasswordsOff', () => {
  it('needs an enabled provider someone has signed in through', () => {
    expect(canSwitchPasswordsOff([])).toBe(false);
    expect(canSwitchPasswordsOff([{ enabled: true, lastSignInAt: null }])).toBe(false);
    expect(canSwitchPasswordsOff([{ enabled: false, lastSignInAt: new Date() }])).toBe(false);
    expect(
      canSwitchPasswordsOff([
        { enabled: false, lastSignInAt: new Date() },
        { enabled: true, lastSignInAt: '2026-12-07T10:00:00Z' },
      ]),
    ).toBe(true);
  });
});
