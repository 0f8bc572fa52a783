import { expect, type Page } from '@playwright/test';
import { gql } from '../fixtures';

const CREATE =
  'mutation($input: SignInProviderInput!) { createSignInProvider(kind: OIDC, input: $input) { id version } }';
const ENABLE =
  'mutation($id: ID!, $v: Int!) { setSignInProviderEnabled(id: $id, version: $v, enabled: true) { id } }';

/**
 * Creates and enables an OpenID Connect provider through the API, as the signed-in administrator of
 * the page's session: for journeys about signing in, not about the settings form (the Danish
 * set-up journey clicks through that).
 */
export async function enableOidcProvider(
  page: Page,
  provider: { name: string; issuer: string; clientId: string; clientSecret: string; allowedDomain: string },
) {
  const { createSignInProvider: created } = await gql<{
    createSignInProvider: { id: string; version: number };
  }>(page, CREATE, {
    input: {
      name: provider.name,
      allowedDomains: [provider.allowedDomain],
      roleClaim: 'groups',
      roleMapping: [{ value: 'overblik-readers', role: 'READER' }],
      newUserRole: null,
      oidc: { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret },
    },
  });
  await gql(page, ENABLE, { id: created.id, v: created.version });
}

/** Signs in at the test provider's own login form (it accepts any password). */
export async function loginAtTestProvider(page: Page, login: string) {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any-password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

/** Fails the journey on any 5xx from Overblik while it runs: a refused sign-in is never a server error. */
export function refuseServerErrors(page: Page, origin: string) {
  const errors: string[] = [];
  page.on('response', (res) => {
    if (res.url().startsWith(origin) && res.status() >= 500) errors.push(`${res.status()} ${res.url()}`);
  });
  return () => expect(errors).toEqual([]);
}
