import { answered, chooseOption, expect, test } from './fixtures';

const NAME = 'Medarbejderstamdata (e2e)';

// Long journeys (several pages, each checked with axe): more time than the default on a busy machine.
test.describe.configure({ timeout: 180_000 });

test('a system owner registers an interface, edits it and records an incoming integration over it', async ({
  page,
  signInAs,
  openArea,
  expectAccessible,
}) => {
  await signInAs('systemejer@norddal.dk');
  await openArea('Snitflader');
  const table = page.getByRole('table', {
    name: /Snitflader og hvor mange af Norddal Kommunes integrationer/,
  });
  await expect(table.getByRole('rowheader', { name: 'Posteringsservice' })).toBeVisible();
  await expectAccessible();

  // The catalogue filters like the other tables.
  await page.getByLabel('Filtrér Protokol').fill('SCIM');
  await expect(table.getByRole('rowheader')).toHaveCount(1);
  await expect(table.getByRole('rowheader', { name: 'Brugerprovisionering (SCIM)' })).toBeVisible();
  await page.getByLabel('Filtrér Protokol').fill('');

  // Create: the name is required; the provider comes from the system catalogue.
  await page.getByRole('button', { name: 'Ny snitflade' }).click();
  const form = page.getByRole('form', { name: 'Ny snitflade' });
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form.getByText('Skal udfyldes.')).toBeVisible();
  await form.getByRole('textbox', { name: /^Navn/ }).fill(NAME);
  await chooseOption(page, form.getByRole('combobox', { name: 'Udbydende system' }), 'Lønsys', /^Lønsystem/);
  await form.getByRole('textbox', { name: /^Protokol/ }).fill('REST');
  await form.getByRole('textbox', { name: 'Data' }).fill('Medarbejdere og stillinger');
  await form.getByRole('radio', { name: 'Kun egen organisation' }).check();
  await expectAccessible();
  const created = answered(page, 'CreateInterface');
  await form.getByRole('button', { name: 'Gem' }).click();
  await created;
  await expect(form).toBeHidden();

  // Open it from the table.
  await table.getByRole('link', { name: NAME }).click();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  const facts = page.getByRole('region', { name: 'Fakta om snitfladen' });
  await expect(facts.getByRole('link', { name: 'Lønsystem' })).toBeVisible();
  await expect(facts.getByText('REST', { exact: true })).toBeVisible();
  await expect(facts.getByText('Kun egen organisation')).toBeVisible();
  await expect(page.getByText('Ingen af organisationens integrationer bruger snitfladen.')).toBeVisible();
  await expectAccessible();

  // Edit it.
  await page.getByRole('button', { name: 'Redigér' }).click();
  const edit = page.getByRole('form', { name: `Redigér ${NAME}` });
  await edit.getByRole('textbox', { name: /^Protokol/ }).fill('SFTP (CSV)');
  const updated = answered(page, 'UpdateInterface');
  await edit.getByRole('button', { name: 'Gem' }).click();
  await updated;
  await expect(edit).toBeHidden();
  await expect(facts.getByText('SFTP (CSV)', { exact: true })).toBeVisible();

  // On the receiving system's page, record that Lønsystem sends data to it over the interface.
  await page.goto('/systemer');
  await page.getByLabel('Filtrér Navn').fill('Tidsregistrering');
  await page
    .getByRole('table', { name: 'Systemer i Norddal Kommune' })
    .getByRole('link', { name: 'Tidsregistrering og flekstid' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tidsregistrering og flekstid' })).toBeVisible();
  const addIn = page.getByRole('form', { name: 'Tilføj integration ind' });
  await addIn.getByRole('button', { name: 'Tilføj' }).click();
  await expect(addIn.getByText('Skal udfyldes.')).toBeVisible();
  await chooseOption(page, addIn.getByRole('combobox', { name: /^Fra system/ }), 'Lønsys', /^Lønsystem$/);
  await chooseOption(page, addIn.getByRole('combobox', { name: 'Snitflade' }), 'Medarbejderstam', NAME);
  await addIn.getByRole('textbox', { name: 'Data' }).fill('Medarbejdere og stillinger');
  const added = answered(page, 'CreateIntegration');
  await addIn.getByRole('button', { name: 'Tilføj' }).click();
  await added;
  const incoming = page.getByRole('region', { name: 'Integrationer ind' });
  const row = incoming.getByRole('row').filter({ has: page.getByRole('link', { name: NAME }) });
  await expect(row.getByRole('link', { name: 'Lønsystem' })).toBeVisible();
  await expect(row.getByRole('cell', { name: 'Medarbejdere og stillinger' })).toBeVisible();
  await expectAccessible();

  // The incoming integration can be edited from here too.
  await page.getByRole('button', { name: 'Ret integration fra Lønsystem' }).click();
  const editIn = page.getByRole('form', { name: 'Ret Lønsystem' });
  await editIn.getByRole('textbox', { name: 'Frekvens' }).fill('Dagligt');
  const changed = answered(page, 'UpdateIntegration');
  await editIn.getByRole('button', { name: 'Gem' }).click();
  await changed;
  await expect(editIn).toBeHidden();

  // The interface page lists the integration, with links to both systems; deleting it is refused.
  await row.getByRole('link', { name: NAME }).click();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  const usedBy = page.getByRole('region', { name: /Integrationer i Norddal Kommune der bruger snitfladen/ });
  await expect(usedBy.getByRole('link', { name: 'Lønsystem' })).toBeVisible();
  await expect(usedBy.getByRole('link', { name: 'Tidsregistrering og flekstid' })).toBeVisible();
  await expect(usedBy.getByRole('cell', { name: 'Dagligt' })).toBeVisible();
  await page.getByRole('button', { name: 'Slet', exact: true }).click();
  await page
    .getByRole('dialog', { name: `Slet ${NAME}` })
    .getByRole('button', { name: 'Slet' })
    .click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Snitfladen bruges af en eller flere integrationer' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await expectAccessible();
});

test('the keyboard follows the edges of the landscape graph', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('systemejer@norddal.dk');
  await page.goto('/landskab');
  const canvas = page.getByRole('application', { name: /Graf over systemlandskabet/ });
  // The layout is computed in a worker; give it time on a loaded machine.
  await expect(canvas).toBeVisible({ timeout: 60_000 });
  // The keys are documented in visible text.
  await expect(page.getByText(/Shift\+højre- og Shift\+venstrepil følger forbindelserne/)).toBeVisible();

  // Choose Lønsystem by search; the keyboard carries on from it.
  await page.getByRole('combobox', { name: 'Find i landskabet' }).fill('Lønsystem');
  await page.getByRole('option', { name: 'Lønsystem', exact: true }).click();
  await expect(page.getByRole('complementary', { name: 'Lønsystem' })).toBeVisible();
  await canvas.focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: 'Lønsystem' })).toBeHidden();

  const live = page.locator('[aria-live="polite"]').filter({ hasText: /Forbindelse|, System$/ });
  // First step: something Lønsystem uses or sends to, with the relation in words.
  await page.keyboard.press('Shift+ArrowRight');
  await expect(live).toHaveText(
    /^.+, (System|Datakilde|Infrastruktur)\. Lønsystem (henter data fra|skriver data til|læser og skriver data i|kører på|sender data til|udveksler data med) .+\. Forbindelse 1 af \d+ fra Lønsystem\.$/,
  );
  const count = Number(/af (\d+) fra/.exec((await live.textContent())!)![1]);
  expect(count).toBeGreaterThan(3);
  // Backwards wraps to the last step: a system that sends data to Lønsystem (incoming come last).
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(live).toHaveText(
    new RegExp(
      `^(.+), System\\. \\1 sender data til Lønsystem.*\\. Forbindelse ${count} af ${count} fra Lønsystem\\.$`,
    ),
  );
  const neighbour = /^(.+), System\./.exec((await live.textContent())!)![1];

  // Shift+Down carries on from the neighbour; Shift+Up goes back to where that tour started.
  await page.keyboard.press('Shift+ArrowDown');
  await expect(live).toHaveText(
    new RegExp(`Forbindelse 1 af \\d+ fra ${neighbour.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.$`),
  );
  await page.keyboard.press('Shift+ArrowUp');
  await expect(live).toHaveText(`${neighbour}, System`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: neighbour })).toBeVisible();
  await expectAccessible();
});
