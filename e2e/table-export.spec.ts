import type { Locator, Page } from '@playwright/test';
import { readFirstSheet } from '../apps/api/test/import/kitos-fixture';
import { expect, gql, test } from './fixtures';

// Downloads on a shared two-core machine.
test.describe.configure({ timeout: 180_000 });

const CREATE = `mutation($input: ContractCreateInput!) { createContract(input: $input) { id version } }`;

/** Chooses the export's columns: the segmented control's radios are visually hidden, a user clicks the label. */
async function chooseColumns(scope: Locator, group: string, option: string) {
  await scope.getByRole('radiogroup', { name: group }).locator('label').filter({ hasText: option }).click();
}

async function downloadCsv(page: Page, scope: Locator, button: string) {
  const download = page.waitForEvent('download');
  await scope.getByRole('button', { name: button }).click();
  const file = await download;
  const text = Buffer.concat(await (await file.createReadStream()).toArray()).toString('utf8');
  return { name: file.suggestedFilename(), lines: text.replace(/^\uFEFF/, '').split(/\r?\n/) };
}

async function downloadXlsx(page: Page, scope: Locator, button: string) {
  const download = page.waitForEvent('download');
  await scope.getByRole('button', { name: button }).click();
  const file = await download;
  return { name: file.suggestedFilename(), rows: await readFirstSheet(await file.path()) };
}

test('the audit log exports its shown columns as CSV and all of them as Excel (Danish)', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  const name = `Eksportaftale ${Date.now()}`;
  await signInAs('kontrakt@norddal.dk');
  await gql(page, CREATE, { input: { name, startDate: '2025-01-01' } });
  await signInAs('admin@norddal.dk');
  await page.goto('/admin?tab=log');
  const panel = page.getByRole('tabpanel', { name: 'Log' });
  await expect(panel.getByRole('table')).toBeVisible();
  await expectAccessible();

  // The columns the table shows, one row per entry.
  const shown = await downloadCsv(page, panel, 'Eksportér CSV');
  expect(shown.name).toBe('revisionslog.csv');
  expect(shown.lines[0]).toBe('Tidspunkt,Person,Handling,Posttype,Ændrede felter');
  expect(shown.lines.find((l) => l.includes('Contract'))).toMatch(/,Oprettet,Contract,/);

  // All columns: the record's id and every changed field with its value before and after.
  await chooseColumns(panel, 'Kolonner i eksporten', 'Alle');
  const all = await downloadXlsx(page, panel, 'Eksportér Excel');
  expect(all.name).toBe('revisionslog.xlsx');
  expect(all.rows[0]).toEqual(['Tidspunkt', 'Person', 'Handling', 'Posttype', 'Id', 'Felt', 'Før', 'Efter']);
  expect(all.rows.some((r) => r[2] === 'CREATE' && r[3] === 'Contract' && r[7] === name)).toBe(true);
  await expectAccessible();
});

test("a group's benefits export their shown columns as CSV and all fields as Excel (English)", async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('koordinator@norddal.dk');
  await page.goto('/gevinster');
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Benefits' })).toBeVisible();
  await page
    .getByRole('radiogroup', { name: 'Show by' })
    .locator('label')
    .filter({ hasText: 'Whole organisation' })
    .click();
  await page.getByRole('button', { name: 'Whole organisation' }).click();
  const drill = page.getByRole('region', { name: /Benefits: / });
  await expect(drill.getByRole('table')).toBeVisible();
  const rowsShown = (await drill.getByRole('table').getByRole('row').count()) - 1;
  await expectAccessible();

  const shown = await downloadCsv(page, drill, 'Export CSV');
  expect(shown.name).toBe('benefits.csv');
  expect(shown.lines[0]).toBe('Benefit,Project,Type,Realised,Realisation,Status against plan');
  expect(shown.lines.filter((l) => l.trim()).length - 1).toBe(rowsShown);
  expect(shown.lines.some((l) => l.startsWith('Reducerede drifts- og licensudgifter,'))).toBe(true);

  await chooseColumns(drill, 'Columns to export', 'All');
  const all = await downloadXlsx(page, drill, 'Export Excel');
  expect(all.name).toBe('benefits.xlsx');
  const headers = all.rows[0];
  expect(headers.slice(0, 6)).toEqual(shown.lines[0].split(','));
  expect(headers).toEqual(
    expect.arrayContaining(['Description', 'Baseline', 'Target', 'Unit of measure', 'Benefit owner']),
  );
  const row = all.rows.find((r) => r[0] === 'Reducerede drifts- og licensudgifter')!;
  expect(row[headers.indexOf('Cashable')]).toMatch(/^(Yes|No)$/);
  expect(all.rows).toHaveLength(rowsShown + 1);
  await expectAccessible();
});

test('a small table (the people on the resources page) exports what it shows, without its row actions', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('koordinator@norddal.dk');
  await page.goto('/ressourcer');
  const people = page.getByRole('group', { name: 'Personer med enhed, ugentlig kapacitet og kompetencer' });
  await expect(people.getByRole('table')).toBeVisible();
  const rowsShown = (await people.getByRole('table').getByRole('row').count()) - 1;
  // The export buttons sit above the table's scroll region, in the same block.
  const block = people.locator('xpath=..');
  await expectAccessible();

  const shown = await downloadCsv(page, block, 'Eksportér CSV');
  expect(shown.name).toBe('Personer med enhed, ugentlig kapacitet og kompetencer.csv');
  expect(shown.lines[0]).toBe('Navn,Enhed,Kapacitet,Kompetencer');
  expect(shown.lines.filter((l) => l.trim()).length - 1).toBe(rowsShown);
  // Capacity is the number of hours, not the text "37 t/uge"; no "Rediger" from the actions column.
  expect(shown.lines[1]).toMatch(/,\d+(\.\d+)?,/);
  expect(shown.lines.join('\n')).not.toContain('Rediger');

  const workbook = await downloadXlsx(page, block, 'Eksportér Excel');
  expect(workbook.rows[0]).toEqual(['Navn', 'Enhed', 'Kapacitet', 'Kompetencer']);
  expect(workbook.rows[1][2]).toMatch(/^\d+(\.\d+)?$/);
  expect(workbook.rows).toHaveLength(rowsShown + 1);
});
