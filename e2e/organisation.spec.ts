import { answered, chooseOption, expect, test } from './fixtures';

test('an administrator keeps the organisation settings and hands over a leaver’s responsibilities', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('admin@norddal.dk');
  await page.goto('/admin?tab=settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Administration', exact: true })).toBeVisible();
  const form = page.getByRole('form', { name: 'Organisationens indstillinger' });
  const cvr = form.getByRole('textbox', { name: /^CVR-nummer/ });
  await expect(cvr).toBeVisible();
  await expectAccessible();

  // A CVR number failing the modulus-11 check names its field, and nothing is saved.
  await cvr.fill('12345678');
  await form.getByRole('button', { name: 'Gem indstillinger' }).click();
  await expect(form.getByText('Skal være et gyldigt CVR-nummer på 8 cifre.')).toBeVisible();
  await expectAccessible();
  await page.reload();
  await expect(cvr).toHaveValue('');

  await cvr.fill('29189846');
  await form.getByRole('textbox', { name: 'EU-udbud' }).fill('18');
  const saved = answered(page, 'UpdateOrganisationSettings');
  await form.getByRole('button', { name: 'Gem indstillinger' }).click();
  await saved;
  await expect(page.getByRole('status').filter({ hasText: 'Indstillingerne er gemt' })).toBeVisible();
  await page.reload();
  await expect(cvr).toHaveValue('29189846');
  await expect(form.getByRole('textbox', { name: 'EU-udbud' })).toHaveValue('18');

  // The system owner leaves: one of their systems goes to the administrator.
  await page.getByRole('tab', { name: 'Medlemmer' }).click();
  await page.getByRole('button', { name: 'Overdrag ansvar fra Søren Jørgensen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Overdrag ansvar fra Søren Jørgensen' });
  const held = dialog.getByRole('table', { name: 'Det, Søren Jørgensen har ansvar for' });
  await expect(held).toBeVisible();
  await expectAccessible();
  const cell = (name: string) => page.getByRole('cell', { name, exact: true });
  const systemRow = held
    .getByRole('row')
    .filter({ has: cell('System') })
    .filter({ has: cell('Ejer') })
    .first();
  const systemName = (await systemRow.getByRole('rowheader').textContent())!;
  await dialog.getByRole('checkbox', { name: 'Vælg alle' }).uncheck();
  await systemRow.getByRole('checkbox').check();
  await chooseOption(
    page,
    dialog.getByRole('combobox', { name: /^Overdrag til/ }),
    'Henrik',
    'Henrik Madsen',
  );
  const handedOver = answered(page, 'HandOverResponsibilities');
  await dialog.getByRole('button', { name: 'Overdrag valgte (1)' }).click();
  await handedOver;
  await expect(dialog.getByRole('status')).toHaveText('1 post er overdraget til Henrik Madsen.');
  await expect(
    held
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: systemName, exact: true }) })
      .filter({ has: cell('Ejer') }),
  ).toHaveCount(0);
  await expectAccessible();

  // The system page shows its new owner, and which sharing partners use the same catalogue system.
  await dialog.getByRole('button', { name: 'Annullér' }).click();
  await page.goto('/systemer');
  await page.getByLabel('Filtrér Navn').fill(systemName);
  await page
    .getByRole('table', { name: 'Systemer i Norddal Kommune' })
    .getByRole('link', { name: systemName, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: systemName, exact: true })).toBeVisible();
  const facts = page.getByRole('region', { name: 'Fakta', exact: true });
  await expect(facts.getByText('Henrik Madsen', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Bruges også af', exact: true })).toBeVisible();
  await expectAccessible();
});
