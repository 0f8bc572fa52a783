import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { fillTemplate, headerRow } from '../apps/api/test/import/generic-fixture';
import { answered, expect, test } from './fixtures';

async function upload(page: Page, name: string, mimeType: string, buffer: Buffer) {
  const planned = answered(page, 'ImportKitos');
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
  await planned;
}

/** Clicks a template link and returns the downloaded file's name and bytes. */
async function download(page: Page, link: string) {
  const event = page.waitForEvent('download');
  await page.getByRole('link', { name: link }).click();
  const file = await event;
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

test('an administrator downloads the data-source template in Danish, fills it in and imports it', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('admin@norddal.dk');
  await page.goto('/admin?tab=import');
  await expect(page.getByRole('region', { name: 'Skabeloner' })).toBeVisible();
  await expectAccessible();

  const template = await download(page, 'Overblik-skabelon for datakilder (Excel)');
  expect(template.name).toBe('skabelon-datakilder.xlsx');
  expect((await headerRow(template.bytes)).slice(0, 2)).toEqual(['Datakilde', 'Datakildetype']);
  const filled = await fillTemplate(template.bytes, [
    [
      'E2E Borgerregister',
      'Grunddataregister',
      '',
      '',
      '',
      '',
      'Serviceplatformen',
      '',
      'I drift',
      '31-12-2030',
    ],
    ['E2E Kopi', 'Kopiregister', '', '', 'E2E Borgerregister', '', '', '', 'Planlagt', ''],
    ['E2E Forkert', 'Måske', '', '', '', '', '', '', '', ''],
  ]);

  await upload(
    page,
    'datakilder.xlsx',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filled,
  );
  await expect(page.getByRole('heading', { name: 'Fundet: Overblik-skabelon for datakilder' })).toBeVisible();
  const columns = page.getByRole('table', { name: 'Kolonner i filen og hvor de hører til' });
  await expect(columns.getByRole('combobox', { name: 'Felt for kolonnen Kopi af' })).toHaveValue('Kopi af');
  const plan = page.getByRole('table', { name: 'Prøvekørsel: hvad hver række vil gøre' });
  await expect(plan.getByRole('row', { name: /E2E Kopi/ })).toContainText('Oprettes');
  await expect(plan.getByRole('row', { name: /E2E Forkert/ })).toContainText(
    'Datakildetype: "Måske" er ikke en af de mulige værdier',
  );
  await expect(page.getByText('2 oprettes, 0 opdateres, 0 uændrede, 1 med fejl.')).toBeVisible();
  await expectAccessible();

  await page.getByRole('radio', { name: /Spring fejlrækker over/ }).check();
  const applied = answered(page, 'ImportKitos');
  await page.getByRole('button', { name: 'Importér' }).click();
  await applied;
  await expect(page.getByRole('status').filter({ hasText: 'Importen er gennemført' })).toContainText(
    '2 oprettes, 0 opdateres, 0 uændrede, 1 med fejl.',
  );
  await expectAccessible();
});

test('in English: the CSV template has English headers, a filled-in CSV imports, and again changes nothing', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('admin@norddal.dk');
  await page.goto('/admin?tab=import');
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  await expect(page.getByRole('region', { name: 'Templates' })).toBeVisible();

  const template = await download(page, 'Overblik template for data sources (CSV)');
  expect(template.name).toBe('template-data-sources.csv');
  const header = template.bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim();
  expect(header.split(';').slice(0, 2)).toEqual(['Data source', 'Data source kind']);
  const csv = Buffer.from(
    `${header}\r\nE2E Payroll file;Internal;;;;;File transfer;;In use;\r\n;;;;;;;;;\r\n`,
  );

  await upload(page, 'sources.csv', 'text/csv', csv);
  await expect(
    page.getByRole('heading', { name: 'Detected: Overblik template for data sources' }),
  ).toBeVisible();
  const applied = answered(page, 'ImportKitos');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await applied;
  await expect(page.getByRole('status').filter({ hasText: 'The import is done' })).toContainText(
    '1 to create',
  );
  await expectAccessible();

  await upload(page, 'sources.csv', 'text/csv', csv);
  const plan = page.getByRole('table', { name: 'Dry run: what each row will do' });
  await expect(plan.getByRole('row', { name: /E2E Payroll file/ })).toContainText('Unchanged');
  await expect(page.getByText('0 to create, 0 to update, 1 unchanged, 0 with errors.')).toBeVisible();
  await expectAccessible();
});
