import { expect, gql, test } from './fixtures';

const TITLE = `Færre fysiske breve ${Date.now().toString(36)}`;

test('create a benefit with a profile on a project, edit it, and build its benefit map', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  // A long journey with six axe scans; on a loaded CI machine it needs more than the default minute.
  test.setTimeout(240_000);
  await signInAs('koordinator@norddal.dk');
  const { projects } = await gql<{ projects: { items: { id: string; name: string }[] } }>(
    page,
    'query { projects(limit: 1, sort: { field: NAME, direction: ASC }) { items { id name } } }',
  );
  const project = projects.items[0];
  await page.goto(`/portefolje/projekter/${project.id}`);
  await expect(page.getByRole('heading', { level: 1, name: project.name })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('heading', { name: 'Gevinstkort' })).toBeVisible();
  await expectAccessible();

  // Create: the form refuses an empty title and a target on the wrong side of the baseline.
  await page.getByRole('button', { name: 'Tilføj gevinst' }).click();
  const dialog = page.getByRole('dialog', { name: 'Tilføj gevinst' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: /^Baseline/ }).fill('400000');
  await dialog.getByRole('textbox', { name: /^Mål \(/ }).fill('500000');
  await dialog.getByRole('button', { name: 'Opret gevinst' }).click();
  await expect(dialog.getByText('Skal udfyldes.')).toBeVisible();
  await expect(dialog.getByText('Målet skal ligge under baseline, når værdien skal falde.')).toBeVisible();
  await expectAccessible();

  await dialog.getByRole('textbox', { name: 'Titel' }).fill(TITLE);
  await dialog.getByRole('textbox', { name: /^Mål \(/ }).fill('250000');
  await dialog.getByRole('checkbox', { name: 'Kontant gevinst' }).check();
  await dialog.getByRole('textbox', { name: 'Forfaldsdato' }).fill('2028-12-31');
  await dialog.getByRole('button', { name: 'Tilføj punkt' }).click();
  await dialog.getByRole('textbox', { name: 'Dato for punkt 1' }).fill('2027-12-31');
  await dialog.getByRole('textbox', { name: /Planlagt værdi for punkt 1/ }).fill('325000');
  await dialog.getByRole('button', { name: 'Tilføj punkt' }).click();
  await dialog.getByRole('textbox', { name: 'Dato for punkt 2' }).fill('2028-12-31');
  await dialog.getByRole('textbox', { name: /Planlagt værdi for punkt 2/ }).fill('250000');
  await dialog.getByRole('button', { name: 'Opret gevinst' }).click();

  // Saved: the benefit page shows it.
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText('Økonomisk (kr.) · Kontante')).toBeVisible();
  await expectAccessible();

  // Edit: the stored profile comes back in the form; change the title and drop a point.
  await page.getByRole('button', { name: 'Redigér', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Redigér gevinst' });
  await expect(edit.getByRole('textbox', { name: 'Dato for punkt 2' })).toHaveValue('2028-12-31');
  await expectAccessible();
  await edit.getByRole('textbox', { name: 'Titel' }).fill(`${TITLE} (revideret)`);
  await edit.getByRole('button', { name: 'Fjern punkt 1' }).click();
  await edit.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: `${TITLE} (revideret)` })).toBeVisible();
  const { benefits } = await gql<{ benefits: { items: { title: string; profile: unknown[] }[] } }>(
    page,
    'query($p: ID!) { benefits(filter: { projectId: $p }, limit: 200) { items { title profile { date plannedValue } } } }',
    { p: project.id },
  );
  expect(benefits.items.find((b) => b.title === `${TITLE} (revideret)`)?.profile).toEqual([
    { date: '2028-12-31', plannedValue: 250000 },
  ]);

  // Benefit map on the project: purpose ← benefit ← deliverable.
  await page.goto(`/portefolje/projekter/${project.id}`);
  const map = page.getByRole('region', { name: 'Gevinstkort' });
  await expect(map.getByRole('heading', { name: /Formål/ })).toBeVisible();

  const addNode = async (kind: string, label: string, target: string | null, benefit?: string) => {
    await map.getByRole('button', { name: `Tilføj til gevinstkortet: ${kind}` }).click();
    const form = page.getByRole('dialog', { name: `Tilføj til gevinstkortet: ${kind}` });
    await form.getByRole('textbox', { name: 'Tekst' }).fill(label);
    if (target) {
      await form.getByRole('combobox', { name: 'Bidrager til' }).click();
      await page.getByRole('option', { name: new RegExp(`^${target}`) }).click();
    }
    if (benefit) {
      await form.getByRole('combobox', { name: 'Gevinst i registret' }).click();
      await page.getByRole('option', { name: benefit }).click();
    }
    await form.getByRole('button', { name: 'Tilføj', exact: true }).click();
    await expect(form).toBeHidden();
  };
  const purpose = `Bedre service ${Date.now().toString(36)}`;
  await addNode('Formål', purpose, null);
  await addNode('Gevinst', `Portobesparelse ${purpose}`, purpose, `${TITLE} (revideret)`);
  await addNode('Leverance', `Digital post ${purpose}`, `Portobesparelse ${purpose}`);
  const deliverable = map.getByRole('listitem').filter({ hasText: `Digital post ${purpose}` });
  await expect(deliverable.getByRole('link', { name: `Portobesparelse ${purpose}` })).toBeVisible();
  await expect(
    map
      .getByRole('listitem')
      .filter({ hasText: `Portobesparelse ${purpose}` })
      .getByRole('link', {
        name: `${TITLE} (revideret)`,
      }),
  ).toBeVisible();
  await expectAccessible();

  // Deleting a node others contribute to is refused with the reason.
  await map.getByRole('button', { name: `Slet »Portobesparelse ${purpose}«` }).click();
  const refuse = page.getByRole('dialog', { name: /Slet »Portobesparelse/ });
  await refuse.getByRole('button', { name: 'Slet', exact: true }).click();
  await expect(refuse.getByRole('alert')).toContainText('bidrager til dette element');
  await refuse.getByRole('button', { name: 'Annullér' }).click();

  // Edit the deliverable to feed the purpose directly, then delete it.
  await map.getByRole('button', { name: `Redigér »Digital post ${purpose}«` }).click();
  const editNode = page.getByRole('dialog', { name: `Redigér »Digital post ${purpose}«` });
  await editNode.getByRole('textbox', { name: 'Tekst' }).fill(`Digital post 2.0 ${purpose}`);
  await editNode.getByRole('combobox', { name: 'Bidrager til' }).click();
  await page.getByRole('option', { name: new RegExp(`^${purpose}`) }).click();
  await editNode.getByRole('button', { name: 'Gem ændringer' }).click();
  await expect(editNode).toBeHidden();
  const edited = map.getByRole('listitem').filter({ hasText: `Digital post 2.0 ${purpose}` });
  await expect(edited.getByRole('link', { name: purpose, exact: true })).toBeVisible();

  await map.getByRole('button', { name: `Slet »Digital post 2.0 ${purpose}«` }).click();
  const confirm = page.getByRole('dialog', { name: /Slet »Digital post 2.0/ });
  await confirm.getByRole('button', { name: 'Slet', exact: true }).click();
  await expect(confirm).toBeHidden();
  await expect(map.getByText(`Digital post 2.0 ${purpose}`)).toHaveCount(0);
  await expectAccessible();
});
