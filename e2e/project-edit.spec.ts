import { answered, chooseOption, expect, test } from './fixtures';

test('the coordinator registers a running project and edits every field on its page', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  const name = `Ny ESDH-løsning ${Date.now()}`;
  await signInAs('koordinator@norddal.dk');
  await page.goto('/portefolje');
  await page.getByRole('button', { name: 'Registrér projekt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Registrér projekt' });
  await dialog.getByRole('textbox', { name: 'Navn' }).fill(name);
  await expectAccessible();
  const created = answered(page, 'CreateProject');
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await created;
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Redigér', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Redigér projekt' });
  await form.getByLabel('Startdato').fill('2027-03-01');
  await form.getByLabel('Slutdato').fill('2027-01-31');
  await form.getByRole('button', { name: 'Gem' }).click();
  // The shared period rule stops the save at the field.
  await expect(form.getByText('Slutdatoen skal ligge efter startdatoen.')).toBeVisible();
  await form.getByLabel('Slutdato').fill('2028-06-30');
  await form.getByRole('textbox', { name: 'Budget' }).fill('2400000');
  await chooseOption(page, form.getByRole('combobox', { name: 'Projektejer' }), 'Mette', 'Mette Sørensen');
  await expectAccessible();
  const saved = answered(page, 'UpdateProject');
  await form.getByRole('button', { name: 'Gem' }).click();
  await saved;
  await expect(form).toHaveCount(0);
  await expect(page.getByText('Mette Sørensen')).toBeVisible();
  await expect(page.getByText('2.400.000 kr.')).toBeVisible();
});
