import { answered, expect, gql, test } from './fixtures';

const ESDH = 'Drift, vedligehold og licens: ESDH-system';

test('contracts up for re-tender within 12 months, on the timeline', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('kontrakt@norddal.dk');
  await page.goto('/kontrakter');
  await expect(page.getByRole('heading', { level: 1, name: 'Kontrakter' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Kontrakter i Norddal Kommune/ })).toBeVisible();
  const all = await page
    .getByRole('table', { name: /Kontrakter i/ })
    .locator('tbody tr')
    .count();

  const filtered = answered(page, 'ContractsOverview');
  await page.getByRole('combobox', { name: 'Genudbud skal besluttes inden for' }).click();
  await page.getByRole('option', { name: '12 måneder' }).click();
  await filtered;
  const table = page.getByRole('table', { name: /Kontrakter i Norddal Kommune/ });
  await expect(table.getByRole('link', { name: ESDH })).toBeVisible();
  expect(await table.locator('tbody tr').count()).toBeLessThan(all);
  await expectAccessible();

  await page.getByRole('tab', { name: 'Tidslinje' }).click();
  const timeline = page.getByRole('figure', { name: /Tidslinje over kontraktperioder/ });
  await expect(timeline).toBeVisible();
  await expectAccessible();
  await page.locator('label', { hasText: /^Tabel$/ }).click();
  await expect(page.getByRole('table', { name: /Tidslinje over kontraktperioder/ })).toBeVisible();
  await page.locator('label', { hasText: /^Diagram$/ }).click();
  await timeline.getByRole('link', { name: ESDH }).click();
  await expect(page.getByRole('heading', { level: 1, name: ESDH })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Beregnede datoer' })).toBeVisible();
  await expectAccessible();
});

test('from a re-tender alert to a prefilled re-tender proposal', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('systemejer@norddal.dk');
  await page.goto('/kontrakter');
  await expect(page.getByRole('heading', { level: 1, name: 'Kontrakter' })).toBeVisible();
  const bell = page.getByRole('button', { name: /Notifikationer \(\d+ ulæste\)/ });
  await expect(bell).toBeVisible();
  await bell.click();
  const alert = page.getByTestId('notification').filter({ hasText: `Genudbud: beslutning om ${ESDH}` });
  await expect(alert).toBeVisible();
  // A passed deadline is marked overdue, and only a passed one.
  for (const notice of await page.getByTestId('notification').all()) {
    const text = (await notice.textContent()) ?? '';
    expect(text.includes('Fristen var'), text).toBe(text.includes('Overskredet'));
  }
  await expect(page.getByTestId('notification-overdue').first()).toBeVisible();
  await expectAccessible();
  const started = answered(page, 'StartRetenderProposal');
  await alert.getByRole('button', { name: 'Start genudbudsindstilling' }).click();
  await started;
  const dialog = page.getByRole('dialog', { name: 'Genudbudsindstillingen er oprettet' });
  await expect(dialog).toBeVisible();
  // The notification list closes when its action opens a dialog: nothing stays on top of it.
  await expect(page.getByRole('heading', { name: 'Notifikationer' })).toBeHidden();
  await expect(alert).toBeHidden();
  await expect(dialog.getByText(new RegExp(`Kontrakten »${ESDH}«`))).toBeVisible();
  const asIs = dialog.getByTestId('retender-asis');
  await expect(asIs.getByText('Systemer omfattet af kontrakten')).toBeVisible();
  await expect(asIs.getByText(/Datakilder:/).first()).toBeVisible();
  await expect(asIs.getByText(/Integrationer:/).first()).toBeVisible();
  await expectAccessible();
});

test('a deviating invoice is flagged', async ({ page, signInAs, expectAccessible }) => {
  await signInAs('kontrakt@norddal.dk');
  await page.goto('/kontrakter');
  await page.getByRole('link', { name: ESDH }).click();
  await expect(page.getByRole('heading', { level: 1, name: ESDH })).toBeVisible();
  const number = `E2E-${Date.now()}`;
  const form = page.getByRole('form', { name: 'Registrér faktura' });
  await form.getByLabel('Fakturanummer').fill(number);
  await form.getByLabel('Fakturadato').fill('2026-11-20');
  await form.getByLabel('Periode fra').fill('2026-10-01');
  await form.getByLabel('Periode til').fill('2026-12-31');
  await form.getByLabel('Beløb (kr.)').fill('9999999');
  const registered = answered(page, 'RegisterInvoice');
  await form.getByRole('button', { name: 'Registrér faktura' }).click();
  await registered;
  await expect(page.getByText(`Fakturaen ${number} afviger fra den aftalte pris.`)).toBeVisible();
  const row = page.getByTestId('invoice-row').filter({ hasText: number });
  await expect(row.getByText('Afviger')).toBeVisible();
  await expectAccessible();

  // The edit form holds the full term model, including options and economy lines.
  await page.getByRole('button', { name: 'Redigér kontrakt' }).click();
  const dialog = page.getByRole('dialog', { name: 'Redigér kontrakt' });
  await expect(dialog.getByRole('button', { name: 'Tilføj option' })).toBeVisible();
  await expect(dialog.getByLabel('Linje 1: beløb (kr.)')).toBeVisible();
  await expectAccessible();
  const saved = answered(page, 'UpdateContract');
  await dialog.getByRole('button', { name: 'Gem' }).click();
  await saved;
  await expect(dialog).toBeHidden();
});

test('a Søvang user sees a joint-tender candidate without the Norddal price', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('kontrakt@sovang.dk');
  await page.goto('/kontrakter');
  const loaded = answered(page, 'JointTenderCandidates');
  await page.getByRole('tab', { name: 'Fælles udbud' }).click();
  await loaded;
  const norddalRow = page
    .getByRole('table', { name: /ESDH-system/ })
    .getByTestId('joint-contract')
    .filter({ hasText: 'Norddal Kommune' });
  await expect(norddalRow).toBeVisible();
  await expect(norddalRow.getByRole('cell', { name: 'Ikke delt' })).toBeVisible();
  const sovangRow = page
    .getByRole('table', { name: /ESDH-system/ })
    .getByTestId('joint-contract')
    .filter({ hasText: 'Søvang Kommune' });
  await expect(sovangRow).toContainText('kr.');
  await expectAccessible();
});

test("a contract's integrations are listed by source and target system (Danish and English)", async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('kontrakt@norddal.dk');
  const { contracts } = await gql<{
    contracts: { items: { id: string; name: string; integrations: { id: string }[] }[] };
  }>(page, '{ contracts(limit: 500) { items { id name integrations { id } } } }');
  const covering = contracts.items.find((c) => c.integrations.length > 0)!;
  expect(covering, 'the demo has a contract covering integrations').toBeTruthy();
  await page.goto(`/kontrakter/${covering.id}`);
  await expect(page.getByRole('heading', { level: 1, name: covering.name })).toBeVisible();
  const listed = page.getByTestId('contract-integration');
  await expect(listed).toHaveCount(covering.integrations.length);
  for (const text of await listed.allTextContents()) expect(text).toMatch(/.+ (→|↔) .+/);
  await expect(listed.first().getByRole('link').first()).toHaveAttribute('href', /\/systemer\//);
  await expectAccessible();
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  await expect(page.getByRole('heading', { name: 'Integrations', exact: false }).first()).toBeVisible();
  await expectAccessible();
});
