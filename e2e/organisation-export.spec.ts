import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { anEmptyInstallation, startMailCatcher } from './fresh-installation';

// A second installation is set up and started for the restore: give it time on a shared machine.
test.describe.configure({ timeout: 300_000 });

const IT_CHIEF = 'drift@vestby.dk';
const PASSWORD = 'vestby-drift-2027';

/** Opens the installation's first sign-in link, chooses a name and password, and signs in. */
async function firstSignIn(page: Page, base: string, link: string) {
  await page.goto(link);
  await page.getByRole('textbox', { name: /^Dit navn/ }).fill('Drift');
  await page.getByLabel(/^Ny adgangskode/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Gem og fortsæt' }).click();
  await expect(page.getByRole('status')).toHaveText('Din adgangskode er gemt. Log ind for at fortsætte.');
  await page.goto(`${base}/sign-in`);
  await page.getByLabel(/e-mail/i).fill(IT_CHIEF);
  await page.getByRole('textbox', { name: /^adgangskode$/i }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeVisible();
}

test('an administrator downloads the whole organisation, and an installation administrator restores it elsewhere', async ({
  page,
  signInAs,
  expectAccessible,
}, testInfo) => {
  // The organisation's administrator downloads the export from Administration → Eksport.
  await signInAs('admin@norddal.dk');
  await page.goto('/admin?tab=export');
  const panel = page.getByRole('region', { name: 'Eksportér Norddal Kommune' });
  await expect(panel).toBeVisible();
  await expectAccessible();
  const downloading = page.waitForEvent('download');
  await panel.getByRole('link', { name: 'Hent eksport (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^norddal-.+-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('norddal.json');
  await download.saveAs(file);
  const document = JSON.parse(readFileSync(file, 'utf8')) as {
    formatVersion: number;
    tables: Record<string, unknown[]>;
  };
  expect(document.formatVersion).toBe(1);
  expect(document.tables.SystemUsage.length).toBeGreaterThan(10);
  const tampered = testInfo.outputPath('other-version.json');
  writeFileSync(tampered, JSON.stringify({ ...document, formatVersion: 2 }));
  // The same export as one workbook (an XLSX file is a ZIP archive).
  const downloadingBook = page.waitForEvent('download');
  await panel.getByRole('link', { name: 'Hent eksport (XLSX)' }).click();
  const book = await downloadingBook;
  expect(book.suggestedFilename()).toMatch(/^norddal-.+-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const bookFile = testInfo.outputPath('norddal.xlsx');
  await book.saveAs(bookFile);
  expect(readFileSync(bookFile).subarray(0, 2).toString()).toBe('PK');

  // In English the same panel reads in English.
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  await expect(page.getByRole('region', { name: 'Export Norddal Kommune' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download export (JSON)' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download export (XLSX)' })).toBeVisible();
  await expectAccessible();
  // Only administrators see the tab.
  await signInAs('laeser@norddal.dk');
  await page.goto('/admin?tab=export');
  await expect(page.getByRole('tab', { name: /Export|Eksport/ })).toHaveCount(0);

  // A new installation, set up on the command line; its IT chief is installation administrator.
  const mail = await startMailCatcher();
  const installation = await anEmptyInstallation(mail.url);
  try {
    const base = installation.baseUrl;
    const init = await installation.command([
      'init',
      '--organisation',
      'Vestby Kommune',
      '--cvr',
      '12345674',
      '--type',
      'kommune',
      '--admin-email',
      IT_CHIEF,
    ]);
    expect(init.code, init.stderr).toBe(0);
    const link = init.stdout.match(new RegExp(`${base}/invitation/\\S+`))![0];
    await installation.start();
    await firstSignIn(page, base, link);
    await page.goto(`${base}/admin?tab=organisations`);
    const form = page.getByRole('form', { name: 'Gendan en organisation fra en eksport' });
    await expect(form).toBeVisible();

    // Nothing chosen: each missing field says so.
    await form.getByRole('button', { name: 'Gendan' }).click();
    await expect(form.getByText('Vælg den fil, der skal gendannes.')).toBeVisible();
    await expect(form.getByText('Skriv den nye organisations adresse.')).toBeVisible();
    await expectAccessible();

    // A file of another format version is refused, and nothing is restored.
    await form.locator('input[type=file]').setInputFiles(tampered);
    await form.getByRole('textbox', { name: /^Ny adresse/ }).fill('norddal');
    await form.getByRole('button', { name: 'Gendan' }).click();
    await expect(page.getByRole('alert')).toContainText('eksportformat version 2');
    await expectAccessible();

    // The export becomes a new organisation of this installation.
    await form.locator('input[type=file]').setInputFiles(file);
    await form.getByRole('button', { name: 'Gendan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'er gendannet som /norddal' })).toBeVisible();
    const organisations = page.getByRole('region', { name: 'Organisationer i installationen' });
    await expect(organisations.getByRole('row', { name: /Norddal Kommune/ })).toBeVisible();
    await expectAccessible();

    // In English, the same address again is refused in English.
    await page.getByRole('radio', { name: 'English' }).check({ force: true });
    const english = page.getByRole('form', { name: 'Restore an organisation from an export' });
    await english.locator('input[type=file]').setInputFiles(file);
    await english.getByRole('textbox', { name: /^New address/ }).fill('norddal');
    await english.getByRole('button', { name: 'Restore' }).click();
    await expect(page.getByRole('alert')).toContainText(
      'An organisation with the address "norddal" already exists.',
    );
    await expectAccessible();
  } finally {
    await installation.stop();
    await mail.close();
  }
});
