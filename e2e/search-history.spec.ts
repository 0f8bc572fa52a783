import { answered, expect, gql, test } from './fixtures';

// A long journey on a shared two-core machine.
test.describe.configure({ timeout: 240_000 });

const CREATE = `mutation($input: ContractCreateInput!) { createContract(input: $input) { id version } }`;
const UPDATE = `mutation($input: ContractUpdateInput!) { updateContract(input: $input) { id } }`;

test('Ctrl+K finds a contract despite a typo, opens it, and its history shows the change field by field', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  const stamp = Date.now();
  const name = `Søgeaftale ${stamp}`;
  await signInAs('kontrakt@norddal.dk');
  const { createContract } = await gql<{ createContract: { id: string; version: number } }>(page, CREATE, {
    input: { name: `Udkast ${stamp}`, startDate: '2025-01-01' },
  });
  await gql(page, UPDATE, {
    input: { id: createContract.id, version: createContract.version, name, startDate: '2025-01-01' },
  });

  await page.goto('/kontrakter');
  await expect(page.getByRole('heading', { level: 1, name: 'Kontrakter', exact: true })).toBeVisible();
  await page.keyboard.press('Control+k');
  const box = page.getByRole('textbox', { name: 'Søg i organisationen' });
  await expect(box).toBeFocused();
  // "Søgeaftal" with a letter swapped: trigram matching still finds it.
  const searched = answered(page, 'GlobalSearch');
  await box.fill(`Søgaeftale ${stamp}`);
  await searched;
  const group = page.getByRole('group', { name: 'Kontrakter' });
  await expect(group.getByRole('button', { name })).toBeVisible();
  await expectAccessible();

  // The keyboard walks the list; Enter opens the selected hit.
  for (let step = 0; step < 20; step++) {
    if ((await group.getByRole('button', { name }).getAttribute('data-selected')) !== null) break;
    await box.press('ArrowDown');
  }
  await box.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/kontrakter/${createContract.id}$`));
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();

  await page.getByRole('tab', { name: 'Historik' }).click();
  const history = page.getByRole('region', { name: 'Historik' });
  const renamed = history.getByRole('row').filter({ hasText: 'Navn' }).filter({ hasText: name });
  await expect(renamed).toContainText(`Udkast ${stamp}`);
  await expect(renamed).toContainText('Ændret');
  await expect(history.getByRole('row').filter({ hasText: 'Oprettet' }).first()).toBeVisible();
  await expectAccessible();
});

test('an administrator filters the organisation’s audit log and exports it as CSV', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  // The seeded world has no audited changes yet: a colleague creates and renames a contract.
  const stamp = Date.now();
  await signInAs('kontrakt@norddal.dk');
  const { createContract } = await gql<{ createContract: { id: string; version: number } }>(page, CREATE, {
    input: { name: `Logaftale ${stamp}`, startDate: '2025-01-01' },
  });
  await gql(page, UPDATE, {
    input: { ...createContract, name: `Logaftale ${stamp} ny`, startDate: '2025-01-01' },
  });
  await signInAs('admin@norddal.dk');
  await page.goto('/admin?tab=log');
  const panel = page.getByRole('tabpanel', { name: 'Log' });
  await expect(panel.getByRole('table')).toBeVisible();

  const filtered = answered(page, 'AuditLog');
  await panel.getByRole('combobox', { name: 'Handling' }).click();
  await page.getByRole('option', { name: 'Oprettet', exact: true }).click();
  await filtered;
  const rows = panel.getByRole('table').getByRole('row');
  await expect(rows.nth(1)).toContainText('Oprettet');
  await expect(panel.getByRole('table')).not.toContainText('Ændret');

  // An end before the start is refused at the field, and nothing is asked.
  await panel.getByLabel('Fra dato').fill('2026-02-01');
  await panel.getByLabel('Til dato').fill('2026-01-01');
  await expect(panel.getByText('Slutdatoen skal ligge efter startdatoen.')).toBeVisible();
  await panel.getByLabel('Til dato').fill('2099-12-31');
  await expectAccessible();

  // Every column: one row per changed field (the table shows a summary per entry).
  await panel
    .getByRole('radiogroup', { name: 'Kolonner i eksporten' })
    .locator('label')
    .filter({ hasText: 'Alle' })
    .click();
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Eksportér CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('revisionslog.csv');
  const csv = await (await file.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString('utf8');
  expect(text.split('\n')[0]).toContain('Tidspunkt,Person,Handling,Posttype,Id,Felt,Før,Efter');
  expect(text).toContain('CREATE');
  expect(text).not.toContain('UPDATE');
});
