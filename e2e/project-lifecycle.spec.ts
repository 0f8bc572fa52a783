import type { Locator, Page } from '@playwright/test';
import { answered, expect, gql, test } from './fixtures';

/** The id of the world's project with this name (set-up: the journey starts on its page). */
async function projectId(page: Page, name: string) {
  const data = await gql<{ projects: { items: { id: string; name: string }[] } }>(
    page,
    'query($s: String) { projects(filter: { search: $s }, limit: 5) { items { id name } } }',
    { s: name },
  );
  return data.projects.items.find((p) => p.name === name)!.id;
}

/** Adds an option to a searchable Mantine MultiSelect by keyboard (see `chooseOption`). */
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

test('the steering group pauses a running project with a reason, resumes it and stops it; the decision log keeps all three', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('direktion@norddal.dk');
  const name = 'Energistyring i kommunale bygninger';
  await page.goto(`/portefolje/projekter/${await projectId(page, name)}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const status = page.getByText('Status', { exact: true }).locator('xpath=..');
  await expect(status).toContainText('Godkendt/aktiv');
  await expect(page.getByRole('button', { name: 'Genoptag' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Sæt i bero' }).click();
  const dialog = page.getByRole('dialog', { name: `Sæt ${name} i bero` });
  await dialog.getByRole('button', { name: 'Registrér beslutningen' }).click();
  // The shared rule stops a decision without a reason at the field; nothing is sent.
  await expect(dialog.getByText('Skal udfyldes.')).toBeVisible();
  await dialog
    .getByRole('textbox', { name: 'Begrundelse' })
    .fill('Leverandøren af målerne er forsinket et halvt år.');
  await expectAccessible();
  const paused = answered(page, 'DecideProjectLifecycle');
  await dialog.getByRole('button', { name: 'Registrér beslutningen' }).click();
  await paused;
  await expect(dialog).toHaveCount(0);
  await expect(status).toContainText('Sat i bero');

  await page.getByRole('button', { name: 'Genoptag' }).click();
  const resume = page.getByRole('dialog', { name: `Genoptag ${name}` });
  await resume.getByRole('textbox', { name: 'Begrundelse' }).fill('Målerne er leveret.');
  const resumed = answered(page, 'DecideProjectLifecycle');
  await resume.getByRole('button', { name: 'Registrér beslutningen' }).click();
  await resumed;
  await expect(status).toContainText('Godkendt/aktiv');

  await page.getByRole('button', { name: 'Stop projektet' }).click();
  const stop = page.getByRole('dialog', { name: `Stop ${name}` });
  await expect(stop.getByText('Et stoppet projekt lukkes og kan ikke genoptages')).toBeVisible();
  await stop.getByRole('textbox', { name: 'Begrundelse' }).fill('Bygningerne sælges; gevinsten falder bort.');
  const stopped = answered(page, 'DecideProjectLifecycle');
  await stop.getByRole('button', { name: 'Registrér beslutningen' }).click();
  await stopped;
  await expect(status).toContainText('Afsluttet');
  await expect(page.getByRole('button', { name: 'Sæt i bero' })).toHaveCount(0);

  const log = page.getByRole('table', { name: 'Styregruppens beslutninger om projektet' });
  await expect(log.getByRole('row')).toHaveCount(4);
  await expect(log).toContainText('Leverandøren af målerne er forsinket et halvt år.');
  await expect(log).toContainText('Genoptaget');
  await expect(log).toContainText('Stoppet');
  await expect(log).toContainText('Mette Sørensen');
  await expectAccessible();
});

test('the board sees which projects depend on which, on the project page and on the prioritisation board', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('direktion@norddal.dk');
  const name = 'Exit fra kopiregistre – grunddata via Serviceplatformen';
  await page.goto(`/portefolje/projekter/${await projectId(page, name)}`);
  const section = page.getByRole('region', { name: 'Afhængigheder' });
  await expect(section.getByRole('list', { name: 'Afhænger af', exact: true })).toContainText(
    'Implementering af fælleskommunale støttesystemer',
  );
  await expect(section.getByRole('list', { name: 'Projekter, der afhænger af dette' })).toContainText(
    'Ét fælles ledelsesinformationssystem',
  );
  await expectAccessible();

  await page.goto('/portefolje');
  const loaded = answered(page, 'PortfolioBoard');
  await page.getByRole('tab', { name: 'Prioritering' }).click();
  await loaded;
  const row = page
    .getByTestId('board-row')
    .filter({ has: page.getByRole('link', { name: 'Ét fælles ledelsesinformationssystem' }) });
  await expect(row).toContainText(`Afhænger af ${name}`);
  await expectAccessible();
});

test('in English: the coordinator staffs the team, links a dependency (loops are not offered) and deletes an idea', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('koordinator@norddal.dk');
  const name = 'Implementering af fælleskommunale støttesystemer';
  await page.goto(`/portefolje/projekter/${await projectId(page, name)}`);
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  const team = page.getByRole('region', { name: 'Project team' });
  await expect(team).toContainText('Nobody yet');
  await team.getByRole('button', { name: 'Edit team' }).click();
  await addOption(page, team.getByRole('combobox', { name: 'System custodian' }), 'Søren', 'Søren Jørgensen');
  await addOption(page, team.getByRole('combobox', { name: 'Super users' }), 'Line', 'Line Pedersen');
  await addOption(
    page,
    team.getByRole('combobox', { name: 'Project steering group' }),
    'Mette',
    'Mette Sørensen',
  );
  await expectAccessible();
  const saved = answered(page, 'SetProjectTeam');
  await team.getByRole('button', { name: 'Save team' }).click();
  await saved;
  await expect(team).toContainText('Søren Jørgensen');
  await expect(team).toContainText('Line Pedersen');
  await expect(team).toContainText('Mette Sørensen');

  // This project is a dependency of the copy-register exit: that one is not offered (a loop).
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Edit project' });
  const dependsOn = form.getByRole('combobox', { name: 'Depends on projects' });
  await dependsOn.fill('Exit fra');
  await expect(page.getByRole('option', { name: /Exit fra kopiregistre/ })).toHaveCount(0);
  await addOption(page, dependsOn, 'Sikker', 'Sikker identitets- og adgangsstyring');
  const updated = answered(page, 'UpdateProject');
  await form.getByRole('button', { name: 'Save' }).click();
  await updated;
  await expect(form).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Depends on', exact: true })).toContainText(
    'Sikker identitets- og adgangsstyring',
  );
  await expectAccessible();

  // A running project cannot be deleted; an idea can, after a confirmation.
  await expect(page.getByRole('button', { name: 'Delete project' })).toHaveCount(0);
  const idea = 'Digital affaldsordning og sortering';
  const ideaId = await projectId(page, idea);
  await page.goto(`/portefolje/projekter/${ideaId}`);
  await expect(page.getByRole('heading', { level: 1, name: idea })).toBeVisible();
  await page.getByRole('button', { name: 'Delete project' }).click();
  const confirm = page.getByRole('dialog', { name: `Delete ${idea}` });
  await expect(confirm).toContainText('Only ideas and rejected projects can be deleted.');
  await expectAccessible();
  const deleted = answered(page, 'DeleteProject');
  await confirm.getByRole('button', { name: 'Delete project' }).click();
  await deleted;
  await expect(page).toHaveURL(/\/portefolje$/);
  // Its page is gone: the API no longer finds it.
  await page.goto(`/portefolje/projekter/${ideaId}`);
  await expect(page.getByText('Could not find the project')).toBeVisible();
});
