import type { Locator, Page } from '@playwright/test';
import { answered, chooseOption, expect, test } from './fixtures';

const ESDH = 'Drift, vedligehold og licens: ESDH-system';

// Long journeys on a shared two-core machine.
test.describe.configure({ timeout: 300_000 });

/** Picks an option in a Mantine Select, typing part of its name first when it is searchable. */
async function choose(
  page: Page,
  scope: Locator,
  label: string,
  search: string | null,
  option: string | RegExp,
) {
  const box = scope.getByRole('combobox', { name: label });
  if (search !== null) return chooseOption(page, box, search, option);
  await box.click();
  await page.getByRole('option', { name: option }).first().click();
}

/** Creates a contract through the "Ny kontrakt" dialog and waits for its detail page. */
async function createContract(
  page: Page,
  fill: (dialog: Locator) => Promise<void>,
): Promise<{ dialog: Locator; id: string }> {
  await page.goto('/kontrakter');
  await page.getByRole('button', { name: 'Ny kontrakt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny kontrakt' });
  await expect(dialog.getByRole('group', { name: 'Grundoplysninger' })).toBeVisible();
  await fill(dialog);
  const created = answered(page, 'CreateContract');
  await dialog.getByRole('button', { name: 'Opret kontrakt' }).click();
  const response = await (await created).json();
  const id = response.data.createContract.id as string;
  await expect(page).toHaveURL(new RegExp(`/kontrakter/${id}$`));
  return { dialog, id };
}

test('create a contract with coverage, link parent and successor, and delete a contract', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  const stamp = Date.now();
  const main = `E2E-hovedkontrakt ${stamp}`;
  const renewal = `E2E-fornyelse ${stamp}`;
  await signInAs('kontrakt@norddal.dk');

  let coveredName = '';
  const { id: mainId } = await createContract(page, async (dialog) => {
    await expectAccessible();
    // Nothing filled in: the form says what is missing and sends nothing.
    await dialog.getByRole('button', { name: 'Opret kontrakt' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Nogle felter er ikke udfyldt korrekt');
    await expect(dialog.getByRole('textbox', { name: 'Kontrakt', exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(dialog.getByText('Skal udfyldes.').first()).toBeVisible();

    await dialog.getByRole('textbox', { name: 'Kontrakt', exact: true }).fill(main);
    await dialog.getByRole('textbox', { name: 'Reference' }).fill(`E2E-${stamp}`);
    await dialog.getByRole('textbox', { name: 'Startdato', exact: true }).fill('2026-01-01');
    await dialog.getByRole('textbox', { name: 'Slutdato', exact: true }).fill('2025-06-30');
    await dialog.getByRole('button', { name: 'Opret kontrakt' }).click();
    await expect(dialog.getByText('Slutdatoen skal ligge efter startdatoen.')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Slutdato', exact: true }).fill('2028-12-31');

    await dialog.getByRole('textbox', { name: 'Opsigelsesvarsel (måneder)' }).fill('3');
    await choose(page, dialog, 'Opsigelse kan ske', null, 'Til udgangen af et kvartal');
    await dialog.getByRole('button', { name: 'Tilføj option' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Option 1: måneder' })).toHaveValue('12');
    await dialog.getByRole('textbox', { name: 'Oppetid (%)' }).fill('99.5');
    await dialog.getByRole('button', { name: 'Tilføj økonomilinje' }).click();
    await dialog.getByRole('textbox', { name: 'Linje 1: beløb (kr.)' }).fill('120000');

    const coverage = dialog.getByLabel('Systemer, som kontrakten dækker', { exact: true });
    await coverage.click();
    await coverage.fill('ESDH');
    const option = page.getByRole('option', { name: /ESDH/ }).first();
    coveredName = (await option.textContent())!.trim();
    await option.click();
    await expect(dialog.getByRole('button', { name: 'Opret kontrakt' })).toBeEnabled();
  });

  await expect(page.getByRole('heading', { level: 1, name: main })).toBeVisible();
  const covered = page.getByRole('region', { name: 'Dækkede systemer' });
  await expect(covered.getByRole('link', { name: coveredName })).toBeVisible();
  const terms = page.getByRole('region', { name: 'Vilkår' });
  await expect(terms).toContainText('Til udgangen af et kvartal');
  await expect(terms).toContainText('Ingen – ophører uden fornyelse');
  await expectAccessible();

  await page.goto('/kontrakter');
  const table = page.getByRole('table', { name: /Kontrakter i Norddal Kommune/ });
  await expect(table.getByRole('link', { name: main })).toBeVisible();

  // A second contract to renew the first.
  const { id: renewalId } = await createContract(page, async (dialog) => {
    await dialog.getByRole('textbox', { name: 'Kontrakt', exact: true }).fill(renewal);
    await dialog.getByRole('textbox', { name: 'Startdato', exact: true }).fill('2029-01-01');
  });
  await expect(page.getByRole('heading', { level: 1, name: renewal })).toBeVisible();

  // Edit the first: parent and successor. Neither offers the contract itself.
  await page.goto(`/kontrakter/${mainId}`);
  await page.getByRole('button', { name: 'Redigér kontrakt' }).click();
  const edit = page.getByRole('dialog', { name: 'Redigér kontrakt' });
  const parentBox = edit.getByRole('combobox', { name: 'Overordnet kontrakt' });
  await parentBox.click();
  await parentBox.fill(main);
  await expect(
    page.getByRole('listbox', { name: 'Overordnet kontrakt' }).getByText('Intet matcher.'),
  ).toBeVisible();
  await parentBox.fill('');
  await choose(page, edit, 'Overordnet kontrakt', 'ESDH-system', ESDH);
  await choose(page, edit, 'Afløsende kontrakt', renewal, renewal);
  await expect(edit.getByRole('textbox', { name: 'Kontrakt', exact: true })).toHaveValue(main);
  await expectAccessible();
  const saved = answered(page, 'UpdateContract');
  await edit.getByRole('button', { name: 'Gem' }).click();
  await saved;
  await expect(edit).toBeHidden();
  await expect(terms.getByRole('link', { name: ESDH })).toBeVisible();
  await expect(terms.getByRole('link', { name: renewal })).toBeVisible();
  // Coverage was kept through the edit.
  await expect(covered.getByRole('link', { name: coveredName })).toBeVisible();

  // The renewal shows what it replaces.
  await terms.getByRole('link', { name: renewal }).click();
  await expect(page.getByRole('heading', { level: 1, name: renewal })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/kontrakter/${renewalId}$`));
  await expect(terms.getByRole('link', { name: main })).toBeVisible();

  // Delete the renewal, after a confirmation; the first contract then ends without renewal.
  await page.getByRole('button', { name: 'Slet kontrakt' }).click();
  const confirm = page.getByRole('dialog', { name: 'Slet kontrakt' });
  await expect(confirm).toContainText(renewal);
  await expectAccessible();
  await confirm.getByRole('button', { name: 'Annullér' }).click();
  await expect(confirm).toBeHidden();
  await page.getByRole('button', { name: 'Slet kontrakt' }).click();
  const deleted = answered(page, 'DeleteContract');
  await confirm.getByRole('button', { name: 'Slet', exact: true }).click();
  await deleted;
  await expect(page).toHaveURL(/\/kontrakter$/);
  await expect(table.getByRole('link', { name: main })).toBeVisible();
  await expect(table.getByRole('link', { name: renewal })).toHaveCount(0);
  await table.getByRole('link', { name: main }).click();
  await expect(terms).toContainText('Ingen – ophører uden fornyelse');
});

test('the central unit keeps the standard requirements; a re-tender ticks off its checklist', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  const stamp = Date.now();
  const title = `E2E-krav ${stamp}`;
  const doomed = `E2E-slettes ${stamp}`;
  await signInAs('admin@norddal.dk');

  // A re-tender project from a contract gets the checklist of the active requirements.
  await page.goto('/kontrakter');
  await page.getByRole('link', { name: ESDH }).click();
  await expect(page.getByRole('heading', { level: 1, name: ESDH })).toBeVisible();
  const started = answered(page, 'StartRetenderProposal');
  await page.getByRole('button', { name: 'Start genudbudsindstilling' }).click();
  await started;
  await page.getByRole('link', { name: 'Åbn projektet og tjeklisten' }).click();
  await expect(page).toHaveURL(/\/portefolje\/projekter\//);
  const projectUrl = page.url();
  const checklist = page.getByRole('region', { name: 'Tjekliste: standardkrav til genudbuddet' });
  await expect(checklist.getByText(/^0 af \d+ krav opfyldt \(0 %\)$/)).toBeVisible();
  const before = Number(/^0 af (\d+)/.exec((await checklist.getByText(/krav opfyldt/).textContent())!)![1]);
  expect(before).toBeGreaterThan(0);

  // The library: create, validate, edit, deactivate and reactivate, delete.
  await page.goto('/kontrakter?visning=requirements');
  const library = page.getByRole('table', { name: 'Bibliotek over standardkrav til udbud' });
  await expect(library).toBeVisible();
  await expectAccessible();
  await page.getByRole('button', { name: 'Nyt standardkrav' }).click();
  const form = page.getByRole('dialog', { name: 'Nyt standardkrav' });
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form.getByText('Skal udfyldes.')).toHaveCount(2);
  await form.getByRole('textbox', { name: 'Kategori' }).fill('Exit');
  await form.getByRole('textbox', { name: 'Krav', exact: true }).fill(`${title} udkast`);
  await form
    .getByRole('textbox', { name: 'Beskrivelse' })
    .fill('Data udleveres i et åbent format ved ophør.');
  await expectAccessible();
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form).toBeHidden();
  const row = library.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('Aktiv');

  await row.getByRole('button', { name: `Redigér ${title} udkast` }).click();
  const editForm = page.getByRole('dialog', { name: 'Redigér standardkrav' });
  await editForm.getByRole('textbox', { name: 'Krav', exact: true }).fill(title);
  await editForm.getByRole('button', { name: 'Gem' }).click();
  await expect(editForm).toBeHidden();
  await expect(library.getByRole('rowheader', { name: title, exact: true })).toBeVisible();

  await row.getByRole('button', { name: `Deaktivér: ${title}` }).click();
  await expect(row).toContainText('Inaktiv');
  await row.getByRole('button', { name: `Aktivér: ${title}` }).click();
  await expect(row).not.toContainText('Inaktiv');

  await page.getByRole('button', { name: 'Nyt standardkrav' }).click();
  await form.getByRole('textbox', { name: 'Kategori' }).fill('Test');
  await form.getByRole('textbox', { name: 'Krav', exact: true }).fill(doomed);
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form).toBeHidden();
  await library.getByRole('button', { name: `Slet ${doomed}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Slet standardkrav' });
  await expect(confirm).toContainText(doomed);
  await confirm.getByRole('button', { name: 'Slet standardkrav' }).click();
  await expect(confirm).toBeHidden();
  await expect(library.getByRole('rowheader', { name: doomed })).toHaveCount(0);

  // Back on the re-tender: the new requirement is added, ticked with a note, and untick again.
  await page.goto(projectUrl);
  await expect(checklist.getByText(`0 af ${before} krav opfyldt (0 %)`)).toBeVisible();
  await expect(checklist.getByRole('checkbox', { name: title })).toHaveCount(0);
  const added = answered(page, 'AddRequirementChecklist');
  await checklist.getByRole('button', { name: 'Tilføj nye standardkrav' }).click();
  await added;
  const box = checklist.getByRole('checkbox', { name: title });
  await expect(box).not.toBeChecked();
  await expect(checklist.getByText(`0 af ${before + 1} krav opfyldt (0 %)`)).toBeVisible();
  await expectAccessible();

  const note = checklist.getByRole('textbox', { name: `Note til ${title}` });
  await note.fill('Aftalt i udbudsmaterialets bilag 3.');
  const noted = answered(page, 'UpdateRequirementCheck');
  await checklist
    .getByRole('listitem')
    .filter({ hasText: title })
    .getByRole('button', { name: 'Gem note' })
    .click();
  await noted;
  // The box is controlled: it shows the saved state once the API has answered.
  const ticked = answered(page, 'UpdateRequirementCheck');
  await box.click();
  await ticked;
  await expect(box).toBeChecked();
  const percent = Math.round((1 / (before + 1)) * 100);
  await expect(checklist.getByText(`1 af ${before + 1} krav opfyldt (${percent} %)`)).toBeVisible();

  await page.reload();
  await expect(checklist.getByRole('checkbox', { name: title })).toBeChecked();
  await expect(checklist.getByRole('textbox', { name: `Note til ${title}` })).toHaveValue(
    'Aftalt i udbudsmaterialets bilag 3.',
  );
  const unticked = answered(page, 'UpdateRequirementCheck');
  await checklist.getByRole('checkbox', { name: title }).click();
  await unticked;
  await expect(checklist.getByText(`0 af ${before + 1} krav opfyldt (0 %)`)).toBeVisible();
});

test('invoices imported from a CSV file are checked and the deviating one is flagged', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  const stamp = Date.now();
  const name = `E2E-fakturakontrakt ${stamp}`;
  await signInAs('kontrakt@norddal.dk');
  // 365,000 kr. a year is 1,000 kr. a day: Q1 2026 (90 days) = 90,000 kr., Q2 (91 days) = 91,000 kr.
  await createContract(page, async (dialog) => {
    await dialog.getByRole('textbox', { name: 'Kontrakt', exact: true }).fill(name);
    await dialog.getByRole('textbox', { name: 'Startdato', exact: true }).fill('2026-01-01');
    await dialog.getByRole('textbox', { name: 'Slutdato', exact: true }).fill('2027-12-31');
    await dialog.getByRole('button', { name: 'Tilføj økonomilinje' }).click();
    await dialog.getByRole('textbox', { name: 'Linje 1: beløb (kr.)' }).fill('365000');
  });
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Der er ikke registreret fakturaer.')).toBeVisible();

  const csv = [
    'Fakturanummer;Fakturadato;Periode fra;Periode til;Beløb',
    `CSV-${stamp}-1;05-04-2026;2026-01-01;2026-03-31;90.000,00`,
    `CSV-${stamp}-2;05-07-2026;2026-04-01;2026-06-30;150.000,00`,
  ].join('\n');
  const imported = answered(page, 'ImportInvoices');
  await page.locator('input[type="file"]').setInputFiles({
    name: 'fakturaer.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await imported;
  await expect(page.getByRole('status')).toContainText('2 fakturaer er importeret.');
  const ok = page.getByTestId('invoice-row').filter({ hasText: `CSV-${stamp}-1` });
  const deviating = page.getByTestId('invoice-row').filter({ hasText: `CSV-${stamp}-2` });
  await expect(ok.getByText('OK', { exact: true })).toBeVisible();
  await expect(ok.getByText('Afviger')).toHaveCount(0);
  await expect(deviating.getByText('Afviger')).toBeVisible();
  await expect(deviating).toContainText('91.000,00');
  await expectAccessible();

  // A file with a bad line imports nothing and says which line is wrong.
  const bad = answered(page, 'ImportInvoices');
  await page.locator('input[type="file"]').setInputFiles({
    name: 'forkert.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `Fakturanummer;Fakturadato;Periode fra;Periode til;Beløb\nCSV-${stamp}-3;2026-10-05;2026-07-01;2026-09-30;ikke et tal`,
      'utf8',
    ),
  });
  await bad;
  await expect(page.getByRole('alert').filter({ hasText: 'Intet er importeret' })).toContainText('Linje 2');
  await expect(page.getByTestId('invoice-row')).toHaveCount(2);
});
