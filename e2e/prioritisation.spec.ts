import { answered, expect, test } from './fixtures';

const PROJECT = 'Ny hjemmeside med tilgængelighed i fokus';

test('the administrator keeps the model, the board scores a project and sees its weighted score', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  // A long journey over two users and four pages.
  test.slow();
  const category = `Regionalt ${Date.now() % 100_000}`;
  await signInAs('admin@norddal.dk');
  await page.goto('/portefolje');
  await page.getByRole('link', { name: 'Prioriteringsmodel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Prioriteringsmodel' })).toBeVisible();
  const criteria = page.getByRole('table', { name: 'Kriterier i prioriteringsmodellen' });
  await expect(criteria.getByRole('row', { name: /Strategisk sigte/ })).toBeVisible();
  await expectAccessible();

  // Inline edit of a weight.
  await page.getByRole('button', { name: 'Redigér Strategisk sigte' }).click();
  const form = page.getByRole('form', { name: 'Redigér kriteriet Strategisk sigte' });
  await form.getByLabel('Vægt').fill('40');
  const saved = answered(page, 'UpdateCriterion');
  await form.getByRole('button', { name: 'Gem' }).click();
  await saved;
  await expect(page.getByText('Kriteriet Strategisk sigte er gemt.')).toBeVisible();
  await expect(criteria.getByRole('row', { name: /Strategisk sigte/ })).toContainText('40');

  // A scale that ends before it starts is refused on the field, in Danish.
  await page.getByRole('button', { name: 'Redigér Økonomi' }).click();
  const economy = page.getByRole('form', { name: 'Redigér kriteriet Økonomi' });
  await economy.getByLabel('Skala til').fill('0');
  const refused = answered(page, 'UpdateCriterion');
  await economy.getByRole('button', { name: 'Gem' }).click();
  await refused;
  await expect(economy.getByText('Ugyldig værdi.')).toBeVisible();
  await economy.getByRole('button', { name: 'Annullér' }).click();

  // A new category in the scope dimension; the same name again is refused.
  const scope = page.getByRole('region', { name: 'Lokalt eller tværgående' });
  await scope.getByLabel('Ny kategori i Lokalt eller tværgående').fill(category);
  const created = answered(page, 'CreateCategory');
  await scope.getByRole('button', { name: 'Tilføj kategori i Lokalt eller tværgående' }).click();
  await created;
  await expect(scope.getByRole('listitem').filter({ hasText: category })).toBeVisible();
  await scope.getByLabel('Ny kategori i Lokalt eller tværgående').fill(category);
  await scope.getByRole('button', { name: 'Tilføj kategori i Lokalt eller tværgående' }).click();
  await expect(scope.getByText('Der findes allerede en kategori med det navn i dimensionen.')).toBeVisible();
  await expectAccessible();

  // The board scores the project and puts it in the new category.
  await signInAs('direktion@norddal.dk');
  await page.goto('/portefolje');
  await page.getByRole('link', { name: PROJECT }).click();
  await expect(page.getByRole('heading', { level: 1, name: PROJECT })).toBeVisible();
  const section = page.getByRole('region', { name: 'Prioritering' });
  const weighted = section.getByTestId('weighted-score');
  await expect(weighted).toHaveText(/\d+ af 100/);
  const before = await weighted.innerText();
  const input = section.getByLabel('Score for Strategisk sigte (1–5)');
  const current = await input.inputValue();
  const next = current === '5' ? '1' : '5';

  // Out of scale: the API's Danish message on the field, nothing saved.
  await input.fill('6');
  const refusedScore = answered(page, 'SetCriterionScore');
  await section.getByRole('button', { name: 'Gem scorer' }).click();
  await refusedScore;
  await expect(section.getByText('Må højst være 5.')).toBeVisible();

  await input.fill(next);
  const scored = answered(page, 'SetCriterionScore');
  await section.getByRole('button', { name: 'Gem scorer' }).click();
  await scored;
  await expect(section.getByText('Scorerne er gemt.')).toBeVisible();
  await expect(weighted).not.toHaveText(before);
  const after = await weighted.innerText();

  const categorised = answered(page, 'SetProjectCategories');
  await section.getByRole('combobox', { name: 'Lokalt eller tværgående' }).click();
  await page.getByRole('option', { name: category }).click();
  await categorised;
  await expect(section.getByText('Kategorierne er gemt.')).toBeVisible();
  await expectAccessible();

  // Both survive a reload.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Prioritering' }).getByTestId('weighted-score')).toHaveText(
    after,
  );
  await expect(
    page
      .getByRole('region', { name: 'Prioritering' })
      .getByRole('combobox', { name: 'Lokalt eller tværgående' }),
  ).toHaveValue(category);

  // The board, filtered by the new category, shows just this project at its place in the ranking.
  await page.goto('/portefolje');
  const board = answered(page, 'PortfolioBoard');
  await page.getByRole('tab', { name: 'Prioritering' }).click();
  await board;
  const rows = page.getByTestId('board-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(1);
  await page.getByRole('combobox', { name: 'Filtrér på kategori' }).click();
  await page.getByRole('option', { name: category }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(PROJECT);
  await expect(page.getByText(/Viser 1 af \d+ projekter/)).toBeVisible();
  await expect(page.getByRole('button', { name: `Flyt op: ${PROJECT}` })).toHaveCount(0);
  await expectAccessible();
});

test('the synergy view groups projects by shared system and links to them', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  test.slow();
  await signInAs('laeser@norddal.dk');
  await page.goto('/portefolje');
  await page.getByRole('link', { name: 'Synergi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Synergi og overlap' })).toBeVisible();
  const systems = page.getByRole('table', { name: 'Delte systemer og projekterne, der berører dem' });
  await expect(systems.getByTestId('overlap-row').first()).toBeVisible();
  await expectAccessible();

  // The first shared system lists at least two projects; open the first.
  const firstRow = systems.getByTestId('overlap-row').first();
  // The system itself is the row header; the projects are links in the cells.
  const links = firstRow.getByRole('cell').getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(2);
  const name = await links.first().innerText();
  const other = await links.nth(1).innerText();
  await links.first().click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const related = page.getByRole('region', { name: 'Projekter der berører de samme systemer' });
  await expect(related.getByRole('link', { name: other })).toBeVisible();
  await expectAccessible();
});
