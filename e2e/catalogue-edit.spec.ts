import { answered, chooseOption, expect, gql, test } from './fixtures';

const CREATE_ENTRY = `mutation($i: ItSystemInput!) { createItSystem(input: $i) { id } }`;
const CREATE_USAGE = `mutation($i: SystemUsageCreateInput!) { createSystemUsage(input: $i) { id } }`;

test('the administrator edits the organisation’s catalogue entry: former name, business type and parent', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  const name = `Borgerportal ${Date.now()}`;
  await signInAs('admin@norddal.dk');
  // Set-up: an entry the municipality registered, one of its modules, and the municipality's usage.
  // Local entries keep other journeys' catalogue pickers free of them.
  const main = await gql<{ createItSystem: { id: string } }>(page, CREATE_ENTRY, {
    i: { name, visibility: 'LOCAL' },
  });
  await gql(page, CREATE_ENTRY, {
    i: { name: `${name} – booking`, visibility: 'LOCAL', parentSystemId: main.createItSystem.id },
  });
  const usage = await gql<{ createSystemUsage: { id: string } }>(page, CREATE_USAGE, {
    i: { systemId: main.createItSystem.id },
  });

  await page.goto(`/systemer/${usage.createSystemUsage.id}`);
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  const block = page.getByRole('region', { name: 'Katalogoplysninger' });
  await expect(block.getByText(`${name} – booking`)).toBeVisible();
  await block.getByRole('button', { name: 'Redigér katalogindgang' }).click();

  const form = page.getByRole('dialog', { name: 'Redigér katalogindgang' });
  await form.getByRole('textbox', { name: 'Tidligere navn' }).fill('Selvbetjeningsportalen');
  await chooseOption(
    page,
    form.getByRole('combobox', { name: 'Forretningstype' }),
    'Selvbet',
    'Selvbetjening og indberetning',
  );
  // Its own module as its parent would make the system its own ancestor.
  const parent = form.getByRole('combobox', { name: 'Overordnet system' });
  await chooseOption(page, parent, `${name} – booking`, `${name} – booking`);
  const refused = answered(page, 'UpdateItSystem');
  await form.getByRole('button', { name: 'Gem' }).click();
  await refused;
  await expect(
    form.getByText('Et system kan ikke være overordnet for sig selv eller for et af sine egne delsystemer.'),
  ).toBeVisible();
  await expect(parent).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible();

  await chooseOption(page, parent, 'Selvbetjeningsplatform', 'Selvbetjeningsplatform');
  const saved = answered(page, 'UpdateItSystem');
  await form.getByRole('button', { name: 'Gem' }).click();
  await saved;
  await expect(form).toHaveCount(0);
  await expect(block.getByText('Selvbetjeningsportalen')).toBeVisible();
  await expect(block.getByText('Selvbetjening og indberetning')).toBeVisible();
  await expect(block.getByText('Selvbetjeningsplatform', { exact: true })).toBeVisible();
  await expectAccessible();
});
