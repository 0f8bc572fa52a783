import { answered, expect, test } from './fixtures';

const ESDH = 'Drift, vedligehold og licens: ESDH-system';

test('contract costs per unit, as a chart with a table', async ({ page, signInAs, expectAccessible }) => {
  await signInAs('kontrakt@norddal.dk');
  await page.goto('/kontrakter');
  await expect(page.getByRole('heading', { level: 1, name: 'Kontrakter' })).toBeVisible();
  const costs = answered(page, 'CostsByUnit');
  await page.getByRole('tab', { name: 'Omkostninger pr. enhed' }).click();
  await costs;
  const table = page.getByRole('table', { name: 'Kontraktomkostninger pr. betalende enhed' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Årlig drift' })).toBeVisible();
  // Every demo contract is paid by at least one unit: there is a row with a kr. amount and a count.
  const firstRow = table.locator('tbody tr').first();
  await expect(firstRow.getByRole('rowheader')).not.toBeEmpty();
  await expect(firstRow.getByRole('cell').first()).toContainText('kr.');
  // The chart itself (not the legend's icons), with a bar drawn for the units.
  await expect(page.locator('.recharts-wrapper > svg.recharts-surface')).toBeVisible();
  await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expectAccessible();
});

test('a contract explains which migration time its re-tender date plans for', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  // A system edit and two contract loads: more than the default 60 s on a loaded CI machine.
  test.setTimeout(180_000);
  await signInAs('admin@norddal.dk');
  await page.goto('/kontrakter');
  await page
    .getByRole('table', { name: /Kontrakter i Norddal Kommune/ })
    .getByRole('link', { name: ESDH })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: ESDH })).toBeVisible();
  const migration = page.getByTestId('contract-migration');
  // Norddal has no migration default and no system sets its own: 0 months from the default.
  await expect(migration).toHaveText('Migrering 0 mdr. (organisationens standard)');
  const contractUrl = page.url();

  // The system owner records that moving the covered ESDH system takes 9 months…
  const covered = page.getByRole('region', { name: 'Dækkede systemer' }).getByRole('link').first();
  const systemName = (await covered.textContent())!.trim();
  await covered.click();
  // Exact: the contract's own heading ("…: ESDH-system") contains the system's name, and a substring
  // match let the journey click the contract's Redigér before the system page had replaced it.
  await expect(page.getByRole('heading', { level: 1, name: systemName, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Redigér' }).click();
  const form = page.getByRole('form', { name: 'Redigér system' });
  const months = form.getByRole('textbox', { name: 'Migreringstid (måneder)' });
  await months.fill('61');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form.getByText('Må højst være 60.')).toBeVisible();
  await months.fill('9');
  const saved = answered(page, 'UpdateSystemUsage');
  await form.getByRole('button', { name: 'Gem' }).click();
  await saved;
  await expect(form).toBeHidden();

  // …and the contract now plans with it, saying where it came from.
  await page.goto(contractUrl);
  await expect(migration).toHaveText(`Migrering 9 mdr. (${systemName}, længste dækkede system)`);
  await expectAccessible();
});
