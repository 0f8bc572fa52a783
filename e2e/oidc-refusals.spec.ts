import { startTestOidcProvider, type TestOidcProvider } from './oidc/start-test-oidc-provider';
import { enableOidcProvider, loginAtTestProvider, refuseServerErrors } from './oidc/oidc-journey';
import { expect, gql, test } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * OpenID Connect answers that must not sign anyone in (issue 12): an id token made for another
 * client, an expired id token, and a callback used twice. Each goes through the real provider's
 * login form; the person sees why in Danish and English, Overblik answers no 5xx, and no session
 * or membership comes of it. The provider's misbehaving clients (test-oidc-provider.mjs) sign the
 * wrong tokens with its own key, so only Overblik's checks stand in the way.
 */
const ORIGIN = `http://localhost:${Number(process.env.E2E_PORT ?? 4310)}`;
let idp: TestOidcProvider;

test.beforeAll(async () => {
  idp = await startTestOidcProvider([`${ORIGIN}/auth/oidc/callback`]);
});
test.afterAll(async () => idp?.stop());

const MEMBERS = '{ members { user { email } } }';
const VIEWER = '{ viewer { email } }';

/** A person at the test provider on a domain the new provider allows, and that provider. */
async function aProviderAndPerson(
  page: Page,
  clientId: string,
  signInAs: (address: string) => Promise<void>,
) {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const person = { login: `sofie-${stamp}`, email: `sofie@oidc-${stamp}.test` };
  await idp.setAccount(person.login, {
    email: person.email,
    name: `Sofie ${stamp}`,
    groups: ['overblik-readers'],
  });
  const name = `Norddal Kommune (Test-IdP ${stamp})`;
  await signInAs('admin@norddal.dk');
  await enableOidcProvider(page, {
    name,
    issuer: idp.issuer,
    clientId,
    clientSecret: idp.clientSecret,
    allowedDomain: `oidc-${stamp}.test`,
  });
  await page.context().clearCookies();
  return { name, ...person };
}

/** The refused browser holds no session, and the organisation has `memberships` of the person. */
async function expectNoChange(
  page: Page,
  email: string,
  memberships: number,
  signInAs: (address: string) => Promise<void>,
) {
  expect(await gql<{ viewer: unknown }>(page, VIEWER)).toEqual({ viewer: null });
  await signInAs('admin@norddal.dk');
  const { members } = await gql<{ members: { user: { email: string } }[] }>(page, MEMBERS);
  expect(members.filter((m) => m.user.email === email)).toHaveLength(memberships);
}

test('an id token made for another client is refused, in Danish and English, and changes nothing', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  const { name, login, email } = await aProviderAndPerson(
    page,
    idp.misbehavingClientIds.wrongAudience,
    signInAs,
  );
  const noServerErrors = refuseServerErrors(page, ORIGIN);
  await page.goto('/sign-in');
  await page.getByRole('link', { name: `Log ind med ${name}` }).click();
  await loginAtTestProvider(page, login);
  await expect(page).toHaveURL(/\/sign-in\?sso=AUDIENCE$/);
  await expect(page.getByRole('alert')).toContainText(
    'Login-svaret er lavet til et andet system end Overblik.',
  );
  await expectAccessible();
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  await expect(page.getByRole('alert')).toContainText(
    'The sign-in answer was made for another system than Overblik.',
  );
  await expectAccessible();
  noServerErrors();
  await expectNoChange(page, email, 0, signInAs);
});

test('an expired id token is refused, in English and Danish, and changes nothing', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  const { name, login, email } = await aProviderAndPerson(page, idp.misbehavingClientIds.expired, signInAs);
  const noServerErrors = refuseServerErrors(page, ORIGIN);
  await page.goto('/sign-in');
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  await page.getByRole('link', { name: `Sign in with ${name}` }).click();
  await loginAtTestProvider(page, login);
  await expect(page).toHaveURL(/\/sign-in\?sso=EXPIRED$/);
  await expect(page.getByRole('alert')).toContainText('The sign-in took too long or was already used.');
  await expectAccessible();
  await page.getByRole('radio', { name: 'Dansk' }).check({ force: true });
  await expect(page.getByRole('alert')).toContainText('Log-in tog for lang tid eller er allerede brugt.');
  await expectAccessible();
  noServerErrors();
  await expectNoChange(page, email, 0, signInAs);
});

test('a callback used a second time (replayed state) is refused, in Danish and English, and signs no one in', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  const { name, login, email } = await aProviderAndPerson(page, idp.clientId, signInAs);
  const noServerErrors = refuseServerErrors(page, ORIGIN);
  await page.goto('/sign-in');
  await page.getByRole('link', { name: `Log ind med ${name}` }).click();
  const callback = page.waitForRequest((r) => r.url().startsWith(`${ORIGIN}/auth/oidc/callback?`));
  await loginAtTestProvider(page, login);
  const callbackUrl = (await callback).url();
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();

  // Signed out, the same answer from the provider (its code and state) is sent again.
  await page.context().clearCookies();
  await page.goto(callbackUrl);
  await expect(page).toHaveURL(/\/sign-in\?sso=EXPIRED$/);
  await expect(page.getByRole('alert')).toContainText('Log-in tog for lang tid eller er allerede brugt.');
  await expectAccessible();
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  await expect(page.getByRole('alert')).toContainText('The sign-in took too long or was already used.');
  await expectAccessible();
  noServerErrors();
  // The first sign-in made the one membership; the replay made no session and no second one.
  await expectNoChange(page, email, 1, signInAs);
});
