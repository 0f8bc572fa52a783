import { expect, test } from './fixtures';

const AREAS_DA = [
  'Landskab',
  'Systemer',
  'Datakilder',
  'Kontrakter',
  'Portefølje',
  'Gevinster',
  'Modenhed',
  'Administration',
];

test('sign in, see my municipality in Danish, switch language, open each area, sign out', async ({
  page,
  signInThroughForm,
  expectAccessible,
}) => {
  // Every area with an axe check each: more than the default 60 s on a busy machine.
  test.setTimeout(180_000);
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
  await expectAccessible();

  await signInThroughForm('systemejer@norddal.dk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('banner')).toContainText('Norddal Kommune');
  await expectAccessible();

  const nav = page.getByRole('navigation', { name: 'Hovedmenu' });
  for (const area of AREAS_DA) {
    await nav.getByRole('link', { name: area }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(nav.getByRole('link', { name: area })).toHaveAttribute('aria-current', 'page');
    await expectAccessible();
  }

  // Switch to English; the choice is remembered across a reload.
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  await expectAccessible();
  await page.getByRole('radio', { name: 'Dansk' }).check({ force: true });
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');

  // Unknown paths get a real 404 page.
  await page.goto('/findes-ikke');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/404|findes ikke|ikke fundet/i);
  await expectAccessible();

  // Sign out: back to sign-in, and the app is closed again.
  await page.goto('/landskab');
  await page.getByRole('button', { name: /Brugermenu/ }).click();
  await page.getByRole('menuitem', { name: 'Log ud' }).click();
  await expect(page).toHaveURL(/sign-in/);
  await page.goto('/systemer');
  await expect(page).toHaveURL(/sign-in/);
});

test('a user in two municipalities switches organisation', async ({ page, signInAs, openArea }) => {
  await signInAs('faelles@samarbejde.dk');
  await openArea('Datakilder');
  const switcher = page.getByRole('combobox', { name: 'Organisation' });
  await expect(switcher).toHaveValue('Norddal Kommune');
  await switcher.click();
  await page.getByRole('option', { name: 'Søvang Kommune' }).click();
  await expect(switcher).toHaveValue('Søvang Kommune');
  // The pages now show Søvang's data: its own systems are listed.
  await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Systemer' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.reload();
  await expect(switcher).toHaveValue('Søvang Kommune');
});
