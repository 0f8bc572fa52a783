import { checkRules } from '../shared/rule-errors';
import { isLoopbackIssuer, oidcSettingsSchema, signInProviderSchema } from './sign-in-provider';

const valid = {
  name: 'Norddal Kommune (Microsoft Entra ID)',
  allowedDomains: ['norddal.dk'],
  roleClaim: 'groups',
  roleMapping: [{ value: 'overblik-admins', role: 'ADMINISTRATOR' }],
  newUserRole: null,
};

describe('signInProviderSchema', () => {
  it('accepts valid settings and stores domains lower case without "@"', () => {
    const result = signInProviderSchema.parse({
      ...valid,
      allowedDomains: [' @Norddal.DK ', 'it.norddal.dk'],
    });
    expect(result.allowedDomains).toEqual(['norddal.dk', 'it.norddal.dk']);
    expect(
      checkRules(signInProviderSchema, { ...valid, roleClaim: '', roleMapping: [], newUserRole: 'READER' })
        .ok,
    ).toBe(true);
  });

  it('names each broken rule on its field', () => {
    const result = checkRules(signInProviderSchema, {
      name: ' ',
      allowedDomains: ['norddal', 'https://norddal.dk', 'anna@norddal.dk'],
      roleClaim: '',
      roleMapping: [
        { value: 'a', role: 'READER' },
        { value: 'a', role: 'READER' },
        { value: ' ', role: 'KING' },
      ],
      newUserRole: 'KING',
    });
    expect(result.errors).toEqual([
      { field: 'name', message: 'field.required' },
      { field: 'allowedDomains.0', message: 'field.emailDomain' },
      { field: 'allowedDomains.1', message: 'field.emailDomain' },
      { field: 'allowedDomains.2', message: 'field.emailDomain' },
      { field: 'roleMapping.2.value', message: 'field.required' },
      { field: 'roleMapping.2.role', message: 'field.invalid' },
      { field: 'newUserRole', message: 'field.invalid' },
    ]);
  });

  it('needs at least one domain, and the claim once the mapping has rows; a value maps to a role once', () => {
    const result = checkRules(signInProviderSchema, {
      ...valid,
      allowedDomains: [],
      roleClaim: ' ',
      roleMapping: [
        { value: 'g', role: 'READER' },
        { value: 'g', role: 'ADMINISTRATOR' },
        { value: 'g', role: 'READER' },
      ],
    });
    expect(result.errors).toEqual([
      { field: 'allowedDomains', message: 'field.min', params: { min: 1 } },
      { field: 'roleClaim', message: 'field.required' },
      { field: 'roleMapping.2.value', message: 'field.duplicateMapping' },
    ]);
  });
});

describe('oidcSettingsSchema', () => {
  const oidc = {
    issuer: 'https://login.microsoftonline.com/tenant/v2.0',
    clientId: 'abc',
    clientSecret: null,
  };

  it('wants https, except for a provider on this machine', () => {
    expect(checkRules(oidcSettingsSchema, oidc).ok).toBe(true);
    expect(checkRules(oidcSettingsSchema, { ...oidc, issuer: 'http://localhost:4999' }).ok).toBe(true);
    expect(
      checkRules(oidcSettingsSchema, { ...oidc, issuer: 'http://login.example.org', clientId: '' }).errors,
    ).toEqual([
      { field: 'issuer', message: 'field.httpsUrl' },
      { field: 'clientId', message: 'field.required' },
    ]);
    expect(checkRules(oidcSettingsSchema, { ...oidc, issuer: 'not a url' }).errors).toEqual([
      { field: 'issuer', message: 'field.httpsUrl' },
    ]);
  });

  it('tells a loopback issuer from others', () => {
    expect(isLoopbackIssuer('http://127.0.0.1:4999/')).toBe(true);
    expect(isLoopbackIssuer('https://localhost.example.org')).toBe(false);
    expect(isLoopbackIssuer('nonsense')).toBe(false);
  });
});
