import { answered, expect, test } from './fixtures';

test('an administrator invites a colleague, who sets a password and signs in; deactivated, their open session is refused', async ({
  page,
  browser,
  baseURL,
  signInAs,
  expectAccessible,
}) => {
  // Unique per run, so the journey also passes against a database kept from an earlier run.
  const stamp = Date.now().toString(36);
  const email = `karla.${stamp}@norddal.dk`;
  const name = `Karla Kollega ${stamp}`;
  const password = 'karlas-eget-kodeord';

  // The administrator works in a browser of their own; `page` is the colleague's.
  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  await signInAs('admin@norddal.dk', admin);
  await admin.goto('/admin');
  await expect(admin.getByRole('heading', { level: 1, name: 'Administration', exact: true })).toBeVisible();
  const form = admin.getByRole('form', { name: 'Invitér en kollega' });
  await form.getByRole('textbox', { name: /^E-mail/ }).fill(email);
  await form.getByRole('textbox', { name: /^Navn/ }).fill(name);
  await form.getByRole('combobox', { name: /^Roller/ }).click();
  await admin.getByRole('option', { name: 'Læser' }).click();
  await admin.keyboard.press('Escape');
  const invited = answered(admin, 'InviteMember');
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await invited;
  // No SMTP on the journeys' server: the link is shown to pass on.
  const status = admin.getByRole('status').filter({ hasText: `${name} er inviteret.` });
  const link = (await status.getByLabel('Invitationslink').textContent())!.trim();
  const members = admin.getByRole('table', { name: /^Medlemmer af/ });
  await expect(members.getByRole('row', { name: new RegExp(name) })).toContainText('Inviteret');

  await page.goto(new URL(link).pathname);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Velkommen til Overblik', exact: true }),
  ).toBeVisible();
  await expect(page.getByText(/^Du er inviteret til .*Norddal/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Dit navn/ })).toHaveValue(name);
  await expectAccessible();
  const newPassword = page.getByLabel(/^Ny adgangskode/);
  await newPassword.fill('for-kort');
  await page.getByRole('button', { name: 'Gem og fortsæt' }).click();
  await expect(page.getByText('Skal være mindst 12 tegn.')).toBeVisible();
  await newPassword.fill(password);
  await page.getByRole('button', { name: 'Gem og fortsæt' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind', exact: true })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Din adgangskode er gemt. Log ind for at fortsætte.');
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByRole('textbox', { name: /^adgangskode$/i }).fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();

  // The link works once.
  await page.goto(new URL(link).pathname);
  await expect(page.getByRole('alert')).toContainText('Linket er allerede brugt.');
  await page.goto('/landskab');
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();

  await admin.reload();
  await expect(members.getByRole('row', { name: new RegExp(name) })).toContainText('Aktiv');
  await members.getByRole('button', { name: `Deaktivér ${name}` }).click();
  const dialog = admin.getByRole('dialog', { name: `Deaktivér ${name}` });
  await expect(dialog).toContainText('logges ud med det samme');
  const deactivated = answered(admin, 'DeactivateMember');
  await dialog.getByRole('button', { name: 'Deaktivér' }).click();
  await deactivated;
  await expect(members.getByRole('row', { name: new RegExp(name) })).toContainText('Deaktiveret');
  await expect(members.getByRole('button', { name: `Genaktivér ${name}` })).toBeVisible();

  // The colleague's open session is gone: the next page load lands on sign-in, and signing in is refused.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind', exact: true })).toBeVisible();
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByRole('textbox', { name: /^adgangskode$/i }).fill(password);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('alert')).toContainText('Forkert e-mail eller adgangskode.');
  await adminContext.close();
});
