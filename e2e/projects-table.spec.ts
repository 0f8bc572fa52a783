import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { readFirstSheet } from '../apps/api/test/import/kitos-fixture';
import { answered, expect, test } from './fixtures';

/** The two running Norddal projects the demo leaves without a recent status report. */
const MISSING = ['Mobil dokumentation i hjemmeplejen', 'Robotter (RPA) i Ydelsescentret'];

/** A download started by clicking a button: its file name and its path on disk. */
async function download(page: Page, button: string) {
  const started = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await started;
  return { name: file.suggestedFilename(), path: await file.path() };
}

/** The scrolling box around a table (Mantine's scroll area viewport). */
const scrollBoxOf = (table: Locator) => table.locator('xpath=ancestor::div[@role="group"][@tabindex="0"][1]');

/** No badge label and no column header is cut: each fits its own box. */
async function expectNothingCut(page: Page, table: Locator) {
  const cut = await table.evaluate((el) =>
    Array.from(el.querySelectorAll<HTMLElement>('thead th, .mantine-Badge-root, .mantine-Badge-label'))
      .filter((node) => node.scrollWidth > node.clientWidth + 1)
      .map((node) => node.textContent ?? ''),
  );
  expect(cut, `cut at ${page.viewportSize()?.width} px`).toEqual([]);
}

test('projects table: only running projects are flagged, filter, choose columns, save a view, export CSV and Excel', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('koordinator@norddal.dk');
  await page.goto('/portefolje');
  const table = page.getByRole('table', {
    name: 'Alle projekter med fase, status og seneste fremdriftsrapport',
  });
  const row = (name: string) => table.getByRole('row', { name: new RegExp(name.replace(/[()]/g, '\\$&')) });
  await expect(table.getByRole('rowheader', { name: MISSING[0] })).toBeVisible();

  // "Mangler rapport" only where a report is due: not on rejected, closed, paused or idea projects.
  await expect(row(MISSING[0])).toContainText('Mangler rapport');
  for (const name of [
    'Chatbot i Borgerservice', // rejected
    'Digital pladsanvisning i dagtilbud', // closed
    'Ny intranetplatform', // idea
  ]) {
    await expect(row(name)).toContainText('Ingen rapporteringspligt');
    await expect(row(name)).not.toContainText('Mangler rapport');
  }
  await expect(row('Udfasning af Ejendomsstamregister-kopi (ESR)')).not.toContainText('Mangler rapport');
  await expectAccessible();

  // Filter on the report column and choose columns: the unit out, the budget in.
  await page.getByLabel('Filtrér Rapportering').fill('Mangler');
  await expect(table.getByRole('rowheader')).toHaveCount(MISSING.length);
  await page.getByRole('button', { name: 'Kolonner' }).click();
  await page.getByRole('checkbox', { name: 'Enhed' }).uncheck();
  await page.getByRole('checkbox', { name: 'Budget' }).check();
  await expectAccessible();
  await page.keyboard.press('Escape');
  await expect(table.getByRole('columnheader', { name: 'Enhed' })).toBeHidden();
  await expect(table.getByRole('columnheader', { name: 'Budget' })).toBeVisible();

  const view = `Manglende rapporter ${Date.now()}`;
  await page.getByRole('button', { name: 'Gem visning som …' }).click();
  const form = page.getByRole('form', { name: 'Gem visning som …' });
  await form.getByLabel('Navn på visningen').fill(view);
  const saved = answered(page, 'SaveView');
  await form.getByRole('button', { name: 'Gem' }).click();
  await saved;
  await expect(form).toBeHidden();
  const views = page.getByRole('combobox', { name: 'Gemt visning' });
  await expect(views).toHaveValue(view);

  // The exports hold exactly what is shown: the visible columns and the filtered rows.
  const header = ['Projekt', 'Fase', 'Status', 'Projektleder', 'Seneste status', 'Rapportering', 'Budget'];
  const csv = await download(page, 'Eksportér CSV');
  expect(csv.name).toBe('Projekter.csv');
  const text = await readFile(csv.path, 'utf8');
  expect(text.charCodeAt(0), 'a byte-order mark for Excel').toBe(0xfeff);
  const lines = text.slice(1).trim().split(/\r?\n/);
  expect(lines[0]).toBe(header.join(','));
  const csvRows = lines.slice(1).map((line) => line.split(','));
  expect(csvRows.map((cells) => cells[0]).sort()).toEqual(MISSING);
  for (const cells of csvRows) {
    expect(cells[2]).toBe('Godkendt/aktiv');
    expect(cells[5]).toBe('Mangler rapport');
    expect(cells[6]).toMatch(/^\d+$/);
  }
  expect(csvRows.find((cells) => cells[0] === MISSING[0])?.[6]).toBe('1500000');

  const xlsx = await download(page, 'Eksportér Excel');
  expect(xlsx.name).toBe('Projekter.xlsx');
  const sheet = await readFirstSheet(xlsx.path);
  expect(sheet[0]).toEqual(header);
  expect(
    sheet
      .slice(1)
      .map((cells) => cells[0])
      .sort(),
  ).toEqual(MISSING);
  expect(sheet.find((cells) => cells[0] === MISSING[0])?.slice(5)).toEqual(['Mangler rapport', '1500000']);

  // After a reload the view comes back: its filter and its columns.
  await page.reload();
  await expect(views).toHaveValue(view);
  await expect(page.getByLabel('Filtrér Rapportering')).toHaveValue('Mangler');
  await expect(table.getByRole('rowheader')).toHaveCount(MISSING.length);
  await expect(table.getByRole('columnheader', { name: 'Budget' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Enhed' })).toBeHidden();
  await expectAccessible();
});

test('in English: the projects table exports in English, and a column choice is remembered per table', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('koordinator@norddal.dk');
  await page.goto('/portefolje');
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  const projects = page.getByRole('table', {
    name: 'All projects with phase, status and latest status report',
  });
  await expect(projects.getByRole('rowheader', { name: MISSING[0] })).toBeVisible();
  await expect(projects.getByRole('row', { name: /Chatbot i Borgerservice/ })).toContainText(
    'No reporting duty',
  );
  await page.getByLabel('Filter Reporting').fill('missing');
  await expect(projects.getByRole('rowheader')).toHaveCount(MISSING.length);
  const csv = await download(page, 'Export CSV');
  expect(csv.name).toBe('Projects.csv');
  const lines = (await readFile(csv.path, 'utf8')).slice(1).trim().split(/\r?\n/);
  expect(lines[0]).toBe('Project,Phase,Status,Unit,Project lead,Latest status,Reporting');
  expect(lines.slice(1).every((line) => line.includes(',Report missing'))).toBe(true);

  // Without saving a view, the systems table keeps the user's columns across a reload…
  await page.goto('/systemer');
  const systems = page.getByRole('table', { name: 'Systems in Norddal Kommune' });
  await expect(systems.getByRole('rowheader').first()).toBeVisible();
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'System owner' }).uncheck();
  await page.getByRole('checkbox', { name: 'Hosting' }).check();
  await expectAccessible();
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(systems.getByRole('columnheader', { name: 'Hosting' })).toBeVisible();
  await expect(systems.getByRole('columnheader', { name: 'System owner' })).toBeHidden();
  // …and the contracts table keeps its own (its default: the owner hidden, the supplier shown).
  await page.goto('/kontrakter');
  const contracts = page.getByRole('table', { name: /Contracts in Norddal Kommune/ });
  await expect(contracts.getByRole('columnheader', { name: 'Supplier' })).toBeVisible();
  await expect(contracts.getByRole('columnheader', { name: 'Contract owner' })).toBeHidden();
  await expectAccessible();
});

test('wide tables at 1280 and 1440 px: badges and column headers are never cut', async ({
  page,
  signInAs,
}) => {
  await signInAs('koordinator@norddal.dk');
  for (const width of [1280, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/portefolje');
    const projects = page.getByRole('table', { name: /Alle projekter/ });
    await expect(projects.getByRole('rowheader').first()).toBeVisible();
    await page.getByRole('button', { name: 'Kolonner' }).click();
    for (const name of ['Projektejer', 'Budget', 'Start', 'Slut'])
      await page.getByRole('checkbox', { name }).check();
    await page.keyboard.press('Escape');
    await expectNothingCut(page, projects);

    await page.goto('/systemer');
    const systems = page.getByRole('table', { name: /Systemer i Norddal/ });
    await expect(systems.getByRole('rowheader').first()).toBeVisible();
    await expectNothingCut(page, systems);
    await page.goto('/kontrakter');
    const contracts = page.getByRole('table', { name: /Kontrakter i Norddal/ });
    await expect(contracts.getByRole('rowheader').first()).toBeVisible();
    await expectNothingCut(page, contracts);
  }
});

test('a wide table scrolls sideways with its row names and its actions in view', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  // Every systems column shown on a narrower screen: the table scrolls, its names stay in view.
  await signInAs('koordinator@norddal.dk');
  await page.setViewportSize({ width: 900, height: 900 });
  await page.goto('/systemer');
  const systems = page.getByRole('table', { name: /Systemer i Norddal/ });
  const first = systems.getByRole('rowheader').first();
  await expect(first).toBeVisible();
  await page.getByRole('button', { name: 'Kolonner' }).click();
  for (const checkbox of await page.getByRole('group', { name: 'Kolonner' }).getByRole('checkbox').all()) {
    await checkbox.check();
  }
  await page.keyboard.press('Escape');
  const box = scrollBoxOf(systems);
  await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  const [frame, name] = [await box.boundingBox(), await first.boundingBox()];
  expect(name!.x).toBeGreaterThanOrEqual(frame!.x - 1);
  expect(name!.x + name!.width).toBeLessThanOrEqual(frame!.x + frame!.width);

  // The data sources' edit buttons sit in an actions column that stays at the right edge.
  await signInAs('systemejer@norddal.dk');
  await page.goto('/datakilder');
  const sources = page.getByRole('table', { name: /Datakilder/ });
  const edit = sources.getByRole('button', { name: /^Redigér / }).first();
  await expect(edit).toBeVisible();
  const sourcesBox = scrollBoxOf(sources);
  await sourcesBox.evaluate((el) => (el.scrollLeft = 0));
  const [outer, button] = [await sourcesBox.boundingBox(), await edit.boundingBox()];
  expect(button!.x + button!.width).toBeLessThanOrEqual(outer!.x + outer!.width + 1);
  await expectAccessible();
});

test('the contract timeline shows the part that tells contracts apart, the full name on hover', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('kontrakt@norddal.dk');
  await page.goto('/kontrakter');
  await page.getByRole('tab', { name: 'Tidslinje' }).click();
  const timeline = page.getByRole('figure', { name: /Tidslinje over kontraktperioder/ });
  const full = 'Drift, vedligehold og licens: ESDH-system';
  const link = timeline.getByRole('link', { name: full });
  await expect(link).toHaveAttribute('title', full);
  // Grouped by supplier, the label is the covered system, not the shared start of the names.
  const shown = (await link.innerText()).trim();
  expect(shown).not.toMatch(/^Drift, vedligehold/);
  expect(shown.length).toBeGreaterThan(0);
  const labels = await timeline.getByRole('link').allInnerTexts();
  expect(labels.filter((l) => l.startsWith('Drift, vedligehold og licens')).length).toBeLessThan(
    labels.length / 2,
  );
  await expectAccessible();
});
