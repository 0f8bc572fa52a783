import { answered, expect, test } from './fixtures';

/** A CVR number no other journey uses (the register is shared): 7 random digits and the modulus-11 check digit. */
function freshCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    const digits = [
      1 + Math.floor(Math.random() * 9),
      ...Array.from({ length: 6 }, () => Math.floor(Math.random() * 10)),
    ];
    const rest = digits.reduce((sum, d, i) => sum + d * weights[i], 0) % 11;
    const check = rest === 0 ? 0 : 11 - rest;
    if (check < 10) return `${digits.join('')}${check}`;
  }
}

test('the contract manager registers a supplier and keeps its contacts and notes', async ({
  page,
  signInAs,
  openArea,
  expectAccessible,
}) => {
  const name = `Driftspartner ${Date.now()} ApS`;
  const cvr = freshCvr();
  await signInAs('kontrakt@norddal.dk');
  await openArea('Leverandører');
  await expect(page.getByRole('link', { name: 'Kommunesoft A/S' })).toBeVisible();
  await expectAccessible();

  await page.getByRole('button', { name: 'Opret leverandør' }).click();
  const dialog = page.getByRole('dialog', { name: 'Opret leverandør' });
  await dialog.getByRole('textbox', { name: 'Navn' }).fill(name);
  // A mistyped CVR number (check digit one off) is stopped at the field.
  const wrong = `${cvr.slice(0, 7)}${(Number(cvr[7]) + 1) % 10}`;
  await dialog.getByRole('textbox', { name: 'CVR-nummer' }).fill(wrong);
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await expect(dialog.getByText('Skal være et gyldigt CVR-nummer på 8 cifre.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'CVR-nummer' }).fill(cvr);
  const created = answered(page, 'CreateSupplier');
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await created;
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
  await expect(page.getByText(`CVR-nummer ${cvr}`)).toBeVisible();

  await page.getByRole('button', { name: 'Tilføj kontaktperson' }).click();
  const contact = page.getByRole('form', { name: 'Ny kontaktperson' });
  await contact.getByRole('textbox', { name: 'Navn' }).fill('Lise Holm');
  await contact.getByRole('textbox', { name: 'Rolle' }).fill('Kundeansvarlig');
  await contact.getByRole('textbox', { name: 'E-mail' }).fill('lise@');
  await contact.getByRole('button', { name: 'Gem' }).click();
  await expect(contact.getByText('Skal være en gyldig e-mailadresse.')).toBeVisible();
  await contact.getByRole('textbox', { name: 'E-mail' }).fill('lise@driftspartner.dk');
  await contact.getByRole('textbox', { name: 'Telefon' }).fill('+45 12 34 56 78');
  await contact.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByRole('link', { name: 'lise@driftspartner.dk' })).toBeVisible();

  await page
    .getByRole('textbox', { name: 'Jeres noter om leverandøren' })
    .fill('Eskalér til Lise ved nedbrud.');
  await page.getByRole('button', { name: 'Gem noter' }).click();
  await expect(page.getByText('Noterne er gemt.')).toBeVisible();
  await expectAccessible();

  await page.getByRole('button', { name: 'Ret leverandør' }).click();
  const edit = page.getByRole('dialog', { name: `Ret ${name}` });
  await edit.getByRole('textbox', { name: 'Navn' }).fill(`${name} (ny)`);
  await edit.getByRole('button', { name: 'Gem' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${name} (ny)`, exact: true })).toBeVisible();

  await page.getByRole('tab', { name: 'Historik' }).click();
  await expect(page.getByRole('cell', { name: 'Oprettet (kontaktperson)' }).first()).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Eskalér til Lise ved nedbrud.' })).toBeVisible();
  await expectAccessible();
});

test('a national supplier shows what it delivers, links to the system page and back, and keeps its name', async ({
  page,
  signInAs,
  openArea,
  expectAccessible,
}) => {
  await signInAs('systemejer@norddal.dk');
  await openArea('Leverandører');
  await page.getByRole('link', { name: 'Kommunesoft A/S' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kommunesoft A/S', exact: true })).toBeVisible();
  await expect(page.getByText('Leverandøren står i det fælles katalog.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ret leverandør' })).toHaveCount(0);
  const systems = page.getByRole('region', { name: 'Systemer' });
  await expect(
    page.getByRole('region', { name: 'Jeres kontrakter' }).getByRole('link').first(),
  ).toBeVisible();
  await expectAccessible();

  const firstSystem = systems.getByRole('link').first();
  const systemName = (await firstSystem.textContent())!;
  await firstSystem.click();
  await expect(page.getByRole('heading', { level: 1, name: systemName, exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Kommunesoft A/S' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kommunesoft A/S', exact: true })).toBeVisible();

  // The systems table names the supplier, and its column filter narrows the list to it.
  await openArea('Systemer');
  await page.getByRole('textbox', { name: 'Filtrér Leverandør' }).fill('Kommunesoft');
  await expect(page.getByRole('link', { name: systemName, exact: true })).toBeVisible();
  const rows = page.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThan(0);
  for (const row of await rows.all()) await expect(row).toContainText('Kommunesoft A/S');
});
