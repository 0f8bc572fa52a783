import type { Locator, Page } from '@playwright/test';
import { answered, chooseOption, expect, gql, test } from './fixtures';

/** Two of the world's running projects, by name (they have status reports and benefits in the demo). */
async function runningProjects(page: Page) {
  const data = await gql<{ projects: { items: { id: string; name: string }[] } }>(
    page,
    `query { projects(filter: { statuses: [ACTIVE] }, limit: 2, sort: { field: NAME, direction: ASC }) {
      items { id name }
    } }`,
  );
  return data.projects.items;
}

/** Adds an option to a searchable MultiSelect by typing and choosing it with the keyboard. */
async function addOption(page: Page, combobox: Locator, search: string, option: string) {
  await combobox.fill(search);
  const target = page.getByRole('option', { name: option, exact: true });
  await expect(target).toBeVisible();
  for (let step = 0; step < 50; step++) {
    if ((await target.getAttribute('data-combobox-selected')) !== null) break;
    await combobox.press('ArrowDown');
  }
  await combobox.press('Enter');
  await combobox.press('Escape');
}

test('the coordinator creates a programme, puts two running projects in it and sees their roll-up', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  const name = `Borgerrettet digitalisering ${Date.now()}`;
  await signInAs('koordinator@norddal.dk');
  const [first, second] = await runningProjects(page);
  await page.goto('/portefolje');
  await page.getByRole('link', { name: 'Programmer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Programmer' })).toBeVisible();
  await page.getByRole('button', { name: 'Opret program' }).click();
  const dialog = page.getByRole('dialog', { name: 'Opret program' });
  // The shared rule stops an unnamed programme at the field.
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await expect(dialog.getByText('Skal udfyldes.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Navn' }).fill(name);
  await dialog
    .getByRole('textbox', { name: 'Beskrivelse' })
    .fill('Selvbetjening og digital post samlet ét sted.');
  await expectAccessible();
  const created = answered(page, 'CreateProgramme');
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await created;
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const projects = page.getByRole('region', { name: 'Projekter i programmet' });
  await expect(projects).toContainText('Programmet har ingen projekter endnu.');

  await projects.getByRole('button', { name: 'Vælg projekter' }).click();
  const picker = projects.getByRole('combobox', { name: 'Projekter i programmet' });
  await addOption(page, picker, first.name.slice(0, 12), first.name);
  await addOption(page, picker, second.name.slice(0, 12), second.name);
  await expectAccessible();
  const saved = answered(page, 'SetProgrammeProjects');
  await projects.getByRole('button', { name: 'Gem projekter' }).click();
  await saved;
  await expect(projects.getByTestId('programme-project')).toHaveCount(2);
  await expect(projects).toContainText(first.name);
  await expect(projects).toContainText(second.name);

  // The roll-up: both running projects count in the status, their spend and benefits add up.
  await expect(page.getByRole('region', { name: 'Samlet status' })).toContainText('2 igangværende projekter');
  await expect(page.getByRole('region', { name: 'Forbrug' })).toContainText('kr.');
  await expect(page.getByRole('region', { name: 'Gevinster' })).toContainText('Forventet');
  await expect(page.getByRole('region', { name: 'Risici fra de seneste statusrapporter' })).toBeVisible();
  await expectAccessible();

  // The list shows the programme with its two projects; the project's page names its programme.
  await page.getByRole('link', { name: 'Tilbage til programmerne' }).click();
  const row = page.getByTestId('programme-row').filter({ has: page.getByRole('link', { name }) });
  await expect(row.getByRole('cell').nth(1)).toHaveText('2');
  await expectAccessible();
  await page.goto(`/portefolje/projekter/${first.id}`);
  await expect(page.getByRole('link', { name })).toBeVisible();
});

test('in English on a phone: the coordinator creates a programme and assigns projects from both sides', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  const name = `Welfare technology ${Date.now()}`;
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs('koordinator@norddal.dk');
  await gql(page, 'mutation { setLocale(locale: "en") { id } }');
  const [first, second] = await runningProjects(page);
  await page.goto('/portefolje/programmer');
  await expect(page.getByRole('heading', { level: 1, name: 'Programmes' })).toBeVisible();
  await page.getByRole('button', { name: 'Create programme' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create programme' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
  await expectAccessible();
  const created = answered(page, 'CreateProgramme');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await created;
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const programmeUrl = page.url();

  // One project joins from its own edit form.
  await page.goto(`/portefolje/projekter/${first.id}`);
  await expect(page.getByRole('heading', { level: 1, name: first.name })).toBeVisible();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Edit project' });
  await chooseOption(page, form.getByRole('combobox', { name: 'Programme' }), name.slice(0, 10), name);
  const updated = answered(page, 'UpdateProject');
  await form.getByRole('button', { name: 'Save' }).click();
  await updated;
  await expect(form).toHaveCount(0);
  await expect(page.getByRole('link', { name })).toBeVisible();

  // The other from the programme's page, keeping the first.
  await page.goto(programmeUrl);
  const projects = page.getByRole('region', { name: 'Projects in the programme' });
  await expect(projects.getByTestId('programme-project')).toHaveCount(1);
  await projects.getByRole('button', { name: 'Choose projects' }).click();
  await addOption(
    page,
    projects.getByRole('combobox', { name: 'Projects in the programme' }),
    second.name.slice(0, 12),
    second.name,
  );
  const saved = answered(page, 'SetProgrammeProjects');
  await projects.getByRole('button', { name: 'Save projects' }).click();
  await saved;
  await expect(projects.getByTestId('programme-project')).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'Overall status' })).toContainText('2 running projects');
  await expect(page.getByRole('region', { name: 'Benefits' })).toContainText('Realised');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible();

  // Archived, it leaves the list unless asked for.
  const archived = answered(page, 'SetProgrammeArchived');
  await page.getByRole('button', { name: 'Archive' }).click();
  await archived;
  await expect(projects).toContainText('takes no new ones');
  await page.getByRole('link', { name: 'Back to the programmes' }).click();
  await expect(page.getByRole('link', { name })).toHaveCount(0);
  await page.getByRole('switch', { name: 'Show archived programmes' }).check({ force: true });
  await expect(page.getByRole('link', { name })).toBeVisible();
  await expectAccessible();
});
