import { answered, expect, test } from './fixtures';

test('save a view of the systems table, reload, pick it again and delete it', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('systemejer@norddal.dk');
  await page.goto('/systemer');
  const table = page.getByRole('table', { name: 'Systemer i Norddal Kommune' });
  await expect(table.getByRole('rowheader', { name: 'Lønsystem' })).toBeVisible();
  const views = page.getByRole('combobox', { name: 'Gemt visning' });
  await expect(views).toBeVisible();

  await page.getByLabel('Filtrér Navn').fill('Lønsystem');
  await page.getByRole('button', { name: 'Kolonner' }).click();
  await page.getByRole('checkbox', { name: 'Systemejer' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(table.getByRole('columnheader', { name: 'Systemejer' })).toBeHidden();

  const name = `Løn uden ejer ${Date.now()}`;
  await page.getByRole('button', { name: 'Gem visning som …' }).click();
  const form = page.getByRole('form', { name: 'Gem visning som …' });
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form.getByText('Skal udfyldes.')).toBeVisible();
  await form.getByLabel('Navn på visningen').fill(name);
  const saved = answered(page, 'SaveView');
  await form.getByRole('button', { name: 'Gem' }).click();
  await saved;
  await expect(form).toBeHidden();
  await expect(views).toHaveValue(name);
  await expectAccessible();

  // After a reload the chosen view is restored: the filter and the hidden column.
  await page.reload();
  await expect(views).toHaveValue(name);
  await expect(page.getByLabel('Filtrér Navn')).toHaveValue('Lønsystem');
  await expect(table.getByRole('rowheader')).toHaveCount(1);
  await expect(table.getByRole('columnheader', { name: 'Systemejer' })).toBeVisible({ visible: false });

  // "No view" resets the table; picking the view restores it.
  await views.click();
  await page.getByRole('option', { name: 'Ingen (standardkolonner)' }).click();
  await expect(page.getByLabel('Filtrér Navn')).toHaveValue('');
  await expect(table.getByRole('columnheader', { name: 'Systemejer' })).toBeVisible();
  await views.click();
  await page.getByRole('option', { name }).click();
  await expect(page.getByLabel('Filtrér Navn')).toHaveValue('Lønsystem');
  await expect(table.getByRole('columnheader', { name: 'Systemejer' })).toBeHidden();

  const deleted = answered(page, 'DeleteSavedView');
  await page.getByRole('button', { name: `Slet »${name}«` }).click();
  await deleted;
  await expect(views).toHaveValue('Ingen (standardkolonner)');
  await views.click();
  await expect(page.getByRole('option', { name })).toHaveCount(0);
});

test('create a system usage with a new catalogue entry, with the API’s field errors shown', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('systemejer@norddal.dk');
  await page.goto('/systemer');
  await page.getByRole('button', { name: 'Nyt system' }).click();
  const form = page.getByRole('form', { name: 'Nyt system' });
  await form.getByRole('button', { name: 'Opret system' }).click();
  await expect(form.getByText('Skal udfyldes.')).toBeVisible();
  await expectAccessible();

  const system = `E2E Bookingsystem ${Date.now()}`;
  await form.getByText('Opret nyt katalogsystem').click();
  await form.getByLabel('Systemets navn').fill(system);
  await form.getByLabel('Lokalt navn').fill('x'.repeat(201));
  await form.getByRole('button', { name: 'Opret system' }).click();
  await expect(form.getByText('Må højst være 200 tegn.')).toBeVisible();

  await form.getByLabel('Lokalt navn').fill('');
  await form.getByRole('textbox', { name: 'Brugere' }).fill('40');
  await form.getByRole('button', { name: 'Opret system' }).click();
  await expect(page.getByRole('heading', { level: 1, name: system })).toBeVisible();
  await expect(page).toHaveURL(/\/systemer\/[0-9a-f-]{36}$/);
  await expectAccessible();
});

test('create and edit a data source, edit a system’s data-source edge, see the exit timeline', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('systemejer@norddal.dk');
  await page.goto('/datakilder');
  await page.getByRole('button', { name: 'Ny datakilde' }).click();
  const create = page.getByRole('form', { name: 'Ny datakilde' });
  await create.getByRole('button', { name: 'Gem' }).click();
  await expect(create.getByText('Skal udfyldes.')).toBeVisible();
  const source = `E2E Bookingdata ${Date.now()}`;
  await create.getByRole('textbox', { name: /^Navn/ }).fill(source);
  await create.getByRole('button', { name: 'Gem' }).click();
  await expect(create).toBeHidden();
  await page.getByRole('button', { name: `Redigér ${source}` }).click();
  const edit = page.getByRole('form', { name: `Redigér ${source}` });
  await edit.getByLabel('Prismodel').fill('Pr. opslag');
  const updated = answered(page, 'UpdateDataSource');
  await edit.getByRole('button', { name: 'Gem' }).click();
  await updated;
  await expect(edit).toBeHidden();

  // A system the system owner owns (ADR 0029), reading copy registers for the exit timeline.
  await page.goto('/systemer');
  await page.getByRole('link', { name: 'Ejendomsskattesystem', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ejendomsskattesystem' })).toBeVisible();
  await page.getByRole('list', { name: 'Datakilder' }).getByRole('button', { name: /^Ret / }).first().click();
  const edge = page.getByRole('form', { name: /^Ret / });
  await edge.getByLabel('Formål').fill('Lønudbetaling og skat');
  await edge.getByLabel('Planlagt skiftedato').fill('2028-01-01');
  await expectAccessible();
  const edgeSaved = answered(page, 'UpdateUsageDataSource');
  await edge.getByRole('button', { name: 'Gem' }).click();
  expect((await (await edgeSaved).json()).errors).toBeUndefined();
  await expect(edge).toBeHidden();

  await page.goto('/landskab');
  await page.getByRole('tab', { name: 'Kopiregistre' }).click();
  await expect(page.getByRole('heading', { name: 'Exitplan – tidslinje' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Skift i kronologisk rækkefølge' })).toBeVisible();
  await expectAccessible();
});

test('an administrator’s organisation default applies to a user who has chosen no view', async ({
  page,
  browser,
  signInAs,
}) => {
  await signInAs('admin@norddal.dk');
  await page.goto('/systemer');
  await expect(page.getByRole('combobox', { name: 'Gemt visning' })).toBeVisible();
  await page.getByLabel('Filtrér Navn').fill('Løn');
  await page.getByRole('button', { name: 'Gem visning som …' }).click();
  const form = page.getByRole('form', { name: 'Gem visning som …' });
  await form.getByLabel('Navn på visningen').fill('Lønoverblik');
  await form.getByRole('checkbox', { name: 'Organisationens standard' }).check();
  const saved = answered(page, /SaveView|UpdateSavedView/);
  await form.getByRole('button', { name: 'Gem' }).click();
  await saved;
  await expect(form).toBeHidden();

  // A reader in a fresh browser: nothing chosen, so the default applies on first load.
  const context = await browser.newContext({ locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  const reader = await context.newPage();
  await signInAs('laeser@norddal.dk', reader);
  await reader.goto('/systemer');
  await expect(reader.getByRole('combobox', { name: 'Gemt visning' })).toHaveValue(
    'Lønoverblik (organisationens standard)',
  );
  await expect(reader.getByLabel('Filtrér Navn')).toHaveValue('Løn');
  await expect(reader.getByRole('button', { name: /^Slet/ })).toHaveCount(0);
  await context.close();

  const deleted = answered(page, /DeleteSavedView/);
  await page.getByRole('button', { name: 'Slet »Lønoverblik«' }).click();
  await deleted;
});
