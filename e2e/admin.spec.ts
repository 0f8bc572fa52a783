import { answered, expect, test } from './fixtures';

test('an administrator invites a member and renames a unit', async ({
  page,
  world,
  signInAs,
  expectAccessible,
}) => {
  // Unique per run, so the journey also passes against a database kept from an earlier run.
  const stamp = Date.now().toString(36);
  const email = `nina.${stamp}@norddal.dk`;
  const name = `Nina Nielsen ${stamp}`;

  await signInAs('admin@norddal.dk');
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Administration' })).toBeVisible();
  const members = page.getByRole('table', { name: 'Medlemmer af Norddal Kommune' });
  await expect(members).toBeVisible();
  await expect(members.getByRole('row', { name: world.email('admin@norddal.dk') })).toContainText(
    'Administrator',
  );
  await expectAccessible();

  const form = page.getByRole('form', { name: 'Invitér en kollega' });
  await form.getByRole('textbox', { name: /^E-mail/ }).fill(email);
  await form.getByRole('textbox', { name: /^Navn/ }).fill(name);
  await form.getByRole('combobox', { name: /^Roller/ }).click();
  await page.getByRole('option', { name: 'Læser' }).click();
  await page.keyboard.press('Escape');
  const added = answered(page, 'InviteMember');
  await form.getByRole('button', { name: 'Send invitation' }).click();
  await added;
  await expect(page.getByRole('status').filter({ hasText: `${name} er inviteret.` })).toBeVisible();
  await expect(members.getByRole('row', { name: new RegExp(email.replace(/\./g, '\\.')) })).toBeVisible();
  await expect(page.getByRole('combobox', { name: `Roller for ${name}` })).toBeVisible();

  await page.getByRole('tab', { name: 'Enheder' }).click();
  const units = page.getByRole('table', { name: 'Enheder i Norddal Kommune' });
  await expect(units).toBeVisible();
  await expectAccessible();

  const unitName = `Testenhed ${stamp}`;
  const newName = `Omdøbt enhed ${stamp}`;
  const createForm = page.getByRole('form', { name: 'Opret enhed' });
  await createForm.getByRole('textbox', { name: /^Navn/ }).fill(unitName);
  const created = answered(page, 'CreateUnit');
  await createForm.getByRole('button', { name: 'Opret enhed' }).click();
  await created;
  await expect(units.getByRole('rowheader', { name: unitName, exact: true })).toBeVisible();

  await units.getByRole('button', { name: `Omdøb ${unitName}` }).click();
  const dialog = page.getByRole('dialog', { name: `Omdøb ${unitName}` });
  await expect(dialog).toBeVisible();
  await expectAccessible();
  await dialog.getByRole('textbox', { name: /^Navn/ }).fill(newName);
  const renamed = answered(page, 'UpdateUnit');
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await renamed;
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: `${unitName} er omdøbt til ${newName}.` }),
  ).toBeVisible();
  await expect(units.getByRole('rowheader', { name: newName, exact: true })).toBeVisible();
  await expect(units.getByRole('rowheader', { name: unitName, exact: true })).toHaveCount(0);
  await expectAccessible();

  // Deleting asks first; cancelling keeps the unit, confirming removes it.
  await units.getByRole('button', { name: `Slet ${newName}` }).click();
  const confirm = page.getByRole('dialog', { name: `Slet ${newName}` });
  await confirm.getByRole('button', { name: 'Annuller' }).click();
  await expect(confirm).toBeHidden();
  await expect(units.getByRole('rowheader', { name: newName, exact: true })).toBeVisible();
  await units.getByRole('button', { name: `Slet ${newName}` }).click();
  const deleted = answered(page, 'DeleteUnit');
  await confirm.getByRole('button', { name: 'Slet' }).click();
  await deleted;
  await expect(units.getByRole('rowheader', { name: newName, exact: true })).toHaveCount(0);
});

test('a reader sees the members, units and collaborations read-only', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('laeser@norddal.dk');
  await page.goto('/admin');
  await expect(page.getByText('kun administratorer kan ændre dem')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Medlemmer af Norddal Kommune' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Invitér en kollega' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Gem roller/ })).toHaveCount(0);

  await page.getByRole('tab', { name: 'Samarbejder' }).click();
  await expect(
    page.getByRole('table', { name: /Hvad hver medlemsorganisation deler/ }).first(),
  ).toBeVisible();
  await expectAccessible();
});
