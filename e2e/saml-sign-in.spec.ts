import { TestSamlIdentityProvider } from '../apps/api/test/saml-identity-provider';
import { answered, expect, gql, test } from './fixtures';

/**
 * SAML 2.0 sign-in (issue 12, part 2; ADR 0028): an administrator uploads the test identity
 * provider's metadata, maps a brugersystemrolle to a role, and a colleague signs in through the
 * provider. The provider runs in this process on `localhost`, the app's host, so its POST back is
 * same-site over plain http.
 */

const CVR = '29189811';
const PRIVILEGE = 'http://overblik.dk/roles/usersystemrole/laeser/1';
let idp: TestSamlIdentityProvider;

test.beforeAll(async () => {
  idp = await TestSamlIdentityProvider.start('localhost');
});
test.afterAll(async () => idp?.close());

const SETTINGS = `{ organisationSettings { name cvr alertHorizonMonths migrationMonths alertRecipients defaultLocale
  procurementLeadMonths { purchaseForm months } systemOwnersEditUnitUsages version } }`;
const UPDATE_SETTINGS = `mutation($input: OrganisationSettingsInput!, $version: Int!) {
  updateOrganisationSettings(input: $input, version: $version) { version } }`;

type Settings = { organisationSettings: Record<string, unknown> & { version: number } };

test('an administrator uploads SAML metadata and a colleague signs in with a brugersystemrolle (Danish, then English)', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const domain = `saml-${stamp}.test`;
  const providerName = `Fælleskommunal Adgangsstyring ${stamp}`;
  await signInAs('admin@norddal.dk');
  // The organisation's CVR scopes the brugersystemroller; set it through the API (the settings
  // form has journeys of its own).
  const { organisationSettings: current } = await gql<Settings>(page, SETTINGS);
  const { version, ...settings } = current;
  await gql(page, UPDATE_SETTINGS, { input: { ...settings, cvr: CVR }, version });

  await page.goto('/admin?tab=signIn');
  await page.getByRole('button', { name: 'Tilføj SAML 2.0-udbyder' }).click();
  const form = page.getByRole('form', { name: 'Ny SAML 2.0-udbyder' });
  await form.getByRole('textbox', { name: /^Navn på log-in-knappen/ }).fill(providerName);
  // Not XML: the API names the problem on the field, and nothing is created.
  await form.getByRole('textbox', { name: /^Identitetsudbyderens metadata/ }).fill('dette er ikke xml');
  await form.getByRole('textbox', { name: /^Tilladte e-maildomæner/ }).fill(domain);
  await form.getByRole('button', { name: 'Tilføj række' }).click();
  await form.getByRole('textbox', { name: 'Værdi 1' }).fill(PRIVILEGE);
  let created = answered(page, 'CreateSignInProvider');
  await form.getByRole('button', { name: 'Opret udbyderen' }).click();
  await created;
  await expect(form.getByText('Filen er ikke gyldig XML.', { exact: false })).toBeVisible();
  await expectAccessible();

  await form.getByRole('textbox', { name: /^Identitetsudbyderens metadata/ }).fill(idp.metadataXml());
  created = answered(page, 'CreateSignInProvider');
  await form.getByRole('button', { name: 'Opret udbyderen' }).click();
  await created;
  const saved = page.getByRole('form', { name: providerName });
  await expect(saved.getByText(idp.ssoUrl, { exact: true })).toBeVisible();
  await expect(saved.getByText(/\/auth\/saml\/[0-9a-f-]+\/acs$/)).toBeVisible();
  const enabled = answered(page, 'SetSignInProviderEnabled');
  await saved.getByRole('button', { name: 'Slå til' }).click();
  await enabled;
  await expectAccessible();

  // A colleague, new to Overblik, signs in through the identity provider.
  idp.user = {
    nameId: `kbh-${stamp}`,
    email: `karen@${domain}`,
    name: `Karen ${stamp}`,
    groups: [{ cvr: CVR, privileges: [PRIVILEGE] }],
  };
  idp.switches = {};
  await page.context().clearCookies();
  await page.goto('/sign-in');
  await page.getByRole('link', { name: `Log ind med ${providerName}` }).click();
  await page.getByRole('button', { name: 'Continue to Overblik' }).click();
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
  await expectAccessible();
  // As from the Context Handler: the request was signed (the provider checks it against Overblik's
  // metadata) and the assertion came encrypted to Overblik's encryption certificate.
  const answer = Buffer.from(idp.lastResponse!.SAMLResponse, 'base64').toString('utf8');
  expect(answer).toContain('<saml:EncryptedAssertion>');
  expect(answer).not.toContain(`karen@${domain}`);

  // The same colleague's next answer is tampered with: refused, told why, in English.
  await page.context().clearCookies();
  await page.goto('/sign-in');
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  idp.switches = { tampered: true };
  await page.getByRole('link', { name: `Sign in with ${providerName}` }).click();
  await page.getByRole('button', { name: 'Continue to Overblik' }).click();
  await expect(page).toHaveURL(/\/sign-in\?sso=SIGNATURE/);
  await expect(page.getByRole('alert')).toContainText('is not signed with its certificate');
  await expectAccessible();

  // An answer encrypted to another key than Overblik's: refused, told why.
  idp.switches = { encryptToAnotherKey: true };
  await page.getByRole('link', { name: `Sign in with ${providerName}` }).click();
  await page.getByRole('button', { name: 'Continue to Overblik' }).click();
  await expect(page).toHaveURL(/\/sign-in\?sso=ENCRYPTION/);
  await expect(page.getByRole('alert')).toContainText("encrypted to another key than Overblik's");
  await expectAccessible();
});
