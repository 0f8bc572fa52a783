import { startTestOidcProvider, type TestOidcProvider } from './oidc/start-test-oidc-provider';
import { enableOidcProvider, loginAtTestProvider } from './oidc/oidc-journey';
import { answered, expect, test } from './fixtures';

const PORT = Number(process.env.E2E_PORT ?? 4310);
let idp: TestOidcProvider;

// One real OpenID Connect provider on localhost for the journeys in this file.
test.beforeAll(async () => {
  idp = await startTestOidcProvider([`http://localhost:${PORT}/auth/oidc/callback`]);
});
test.afterAll(async () => idp?.stop());

test('an administrator sets up OpenID Connect and a colleague signs in through it (Danish)', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  const stamp = Date.now().toString(36);
  const domain = `sso-${stamp}.test`;
  const providerName = `Norddal Kommune (Test-IdP ${stamp})`;
  await idp.setAccount(`maja-${stamp}`, {
    email: `maja@${domain}`,
    name: `Maja ${stamp}`,
    groups: ['overblik-readers'],
  });

  await signInAs('admin@norddal.dk');
  await page.goto('/admin?tab=signIn');
  await expect(page.getByRole('heading', { name: 'Log-in og single sign-on' })).toBeVisible();
  await expect(page.getByText('Ingen identitetsudbydere endnu.')).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Log-in med adgangskode' })).toBeDisabled();
  await page.getByRole('button', { name: 'Tilføj OpenID Connect-udbyder' }).click();

  const form = page.getByRole('form', { name: 'Ny OpenID Connect-udbyder' });
  // The shared rules refuse a bad domain before anything is sent.
  await form.getByRole('textbox', { name: /^Navn på log-in-knappen/ }).fill(providerName);
  await form.getByRole('textbox', { name: /^Udsteder/ }).fill(idp.issuer);
  await form.getByRole('textbox', { name: /^Klient-id/ }).fill(idp.clientId);
  await form.getByLabel(/^Klienthemmelighed/).fill(idp.clientSecret);
  await form.getByRole('textbox', { name: /^Tilladte e-maildomæner/ }).fill('https://forkert');
  await form.getByRole('button', { name: 'Opret udbyderen' }).click();
  await expect(
    form.getByText('Skal være et e-maildomæne som norddal.dk (uden @ og https://).'),
  ).toBeVisible();
  await form.getByRole('textbox', { name: /^Tilladte e-maildomæner/ }).fill(domain);

  const tested = answered(page, 'TestOidcIssuer');
  await form.getByRole('button', { name: 'Test forbindelsen' }).click();
  await tested;
  await expect(form.getByRole('status').filter({ hasText: 'Forbindelsen virker' })).toBeVisible();

  await form.getByRole('button', { name: 'Tilføj række' }).click();
  await form.getByRole('textbox', { name: 'Værdi 1' }).fill('overblik-readers');
  await expectAccessible();
  const created = answered(page, 'CreateSignInProvider');
  await form.getByRole('button', { name: 'Opret udbyderen' }).click();
  await created;

  const saved = page.getByRole('region', { name: providerName });
  await expect(saved.getByText(`http://localhost:${PORT}/auth/oidc/callback`)).toBeVisible();
  await expect(saved.getByText('En hemmelighed er gemt (krypteret).', { exact: false })).toBeVisible();
  const enabled = answered(page, 'SetSignInProviderEnabled');
  await saved.getByRole('button', { name: 'Slå til' }).click();
  await enabled;
  await expect(page.getByText('Slået til', { exact: true })).toBeVisible();
  await expectAccessible();

  // A colleague with no account yet signs in through the provider's own login form.
  await page.context().clearCookies();
  await page.goto('/sign-in');
  await page.getByRole('link', { name: `Log ind med ${providerName}` }).click();
  await page.locator('input[name="login"]').fill(`maja-${stamp}`);
  await page.locator('input[name="password"]').fill('any-password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
  await expectAccessible();
});

test('a person from a domain that is not allowed is told why (English)', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  const stamp = Date.now().toString(36);
  const providerName = `Norddal Kommune (Test-IdP EN ${stamp})`;
  await idp.setAccount(`eve-${stamp}`, {
    email: `eve@elsewhere-${stamp}.test`,
    name: 'Eve',
    groups: ['overblik-readers'],
  });
  await signInAs('admin@norddal.dk');
  // Set up through the API this time; the Danish journey clicks through the form.
  await enableOidcProvider(page, {
    name: providerName,
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    allowedDomain: `norddal-${stamp}.test`,
  });

  await page.context().clearCookies();
  await page.goto('/sign-in');
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  await page.getByRole('link', { name: `Sign in with ${providerName}` }).click();
  await loginAtTestProvider(page, `eve-${stamp}`);
  await expect(page).toHaveURL(/\/sign-in\?sso=DOMAIN_NOT_ALLOWED/);
  await expect(page.getByRole('alert')).toContainText(
    'Your e-mail address is not on a domain the organisation allows.',
  );
  await expectAccessible();
});
