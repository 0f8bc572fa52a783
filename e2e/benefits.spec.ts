import type { Page } from '@playwright/test';
import { expect, gql, test } from './fixtures';

const dashboardLoaded = (page: Page) =>
  page.waitForResponse(
    (r) => r.url().endsWith('/graphql') && r.request().postData()?.includes('BenefitDashboard') === true,
  );

test('record a measurement and see the dashboard change', async ({
  page,
  signInAs,
  openArea,
  expectAccessible,
}) => {
  await signInAs('koordinator@norddal.dk');
  await openArea('Gevinster');
  const realised = page.getByTestId('kpi-realised');
  await expect(realised).toBeVisible();
  const before = await realised.textContent();
  await expectAccessible();

  // Drill from the organisation row to the benefits behind it, then open one.
  // The segmented control's radios are visually hidden; a user clicks the label.
  await page
    .getByRole('radiogroup', { name: 'Vis pr.' })
    .locator('label')
    .filter({ hasText: 'Hele organisationen' })
    .click();
  await page.getByRole('button', { name: 'Hele organisationen' }).click();
  const drill = page.getByRole('region', { name: /Gevinster: / });
  await drill.getByRole('link', { name: 'Reducerede drifts- og licensudgifter' }).first().click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Reducerede drifts- og licensudgifter' }),
  ).toBeVisible();
  await expectAccessible();

  // The form runs the shared measurement rules before sending: no value is refused in place.
  const form = page.getByRole('form', { name: 'Registrér måling' });
  await page.getByRole('button', { name: 'Gem måling' }).click();
  await expect(form.getByText('Skal udfyldes.')).toBeVisible();
  await expect(form.getByRole('textbox', { name: /Målt værdi/ })).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('textbox', { name: /Målt værdi/ }).fill('98765432');
  await page.getByRole('textbox', { name: 'Kommentar' }).fill('Opgjort af sekretariatet');
  const saved = page.waitForResponse((r) => r.request().postData()?.includes('RecordMeasurement') === true);
  await page.getByRole('button', { name: 'Gem måling' }).click();
  await saved;
  await expect(page.getByRole('status').filter({ hasText: 'Målingen er gemt.' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Opgjort af sekretariatet' })).toBeVisible();
  // The measurements also show as a trend beside the table.
  await expect(page.getByTestId('measurement-trend').locator('.recharts-line-dot').first()).toBeVisible();

  const reloaded = dashboardLoaded(page);
  await page.getByRole('link', { name: 'Tilbage til gevinstoverblikket' }).click();
  await reloaded;
  await expect(realised).not.toHaveText(before ?? '');
});

test("drill from the project chart's table to a project's benefit", async ({ page, signInAs }) => {
  await signInAs('laeser@norddal.dk');
  await page.goto('/gevinster');
  const table = page.getByRole('table', { name: /Gevinster pr\. projekt/ });
  await expect(table).toBeVisible();
  const project = table.getByRole('rowheader').getByRole('button').first();
  const projectName = (await project.textContent())!.trim();
  await project.click();
  const drill = page.getByRole('region', { name: `Gevinster: ${projectName}` });
  const benefit = drill.getByRole('rowheader').getByRole('link').first();
  const title = (await benefit.textContent())!.trim();
  await benefit.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(projectName).first()).toBeVisible();
  // A reader who answers for no benefit sees no measurement form.
  await expect(page.getByRole('button', { name: 'Gem måling' })).toHaveCount(0);
});

test('retire a system and see the tied benefit verified', async ({ page, signInAs, expectAccessible }) => {
  await signInAs('systemejer@norddal.dk');
  const { benefits } = await gql<{
    benefits: { items: { id: string; verificationUsageId: string; verification: { verified: boolean } }[] };
  }>(
    page,
    `{ benefits(filter: { search: "udfasning af SMS" }) { items { id verificationUsageId verification { verified } } } }`,
  );
  const tied = benefits.items[0];
  expect(tied.verification.verified).toBe(false);
  await page.goto(`/gevinster/${tied.id}`);
  await expect(page.getByText('Systemet er endnu ikke udfaset.')).toBeVisible();

  // The systems page has no lifecycle editor yet, so the system owner retires it through the API
  // from the page, as of today (a retirement dated in the future is not yet a saving).
  const { systemUsage } = await gql<{ systemUsage: { version: number } }>(
    page,
    'query($id: ID!) { systemUsage(id: $id) { version } }',
    { id: tied.verificationUsageId },
  );
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
  await gql(page, 'mutation($input: SystemUsageUpdateInput!) { updateSystemUsage(input: $input) { id } }', {
    input: {
      id: tied.verificationUsageId,
      version: systemUsage.version,
      lifecycle: 'RETIRED',
      inUseUntil: today,
    },
  });

  await page.reload();
  const verification = page.getByRole('alert').filter({ hasText: 'Verificeret fra landskabet' });
  await expect(verification.getByText('Verificeret', { exact: true })).toBeVisible();
  await expect(verification).toContainText('om året er realiseret fra');
  await expect(page.getByTestId('benefit-realisation')).not.toHaveText('–');
  await expectAccessible();
});

test('view the maturity page and what is missing for the next step', async ({
  page,
  signInAs,
  openArea,
  expectAccessible,
}) => {
  await signInAs('koordinator@norddal.dk');
  await openArea('Modenhed');
  await expect(page.getByTestId('achieved-step')).toContainText(/Opnået trin: \d af 4/);
  for (const ordinal of [1, 2, 3, 4]) {
    await expect(page.getByRole('heading', { name: new RegExp(`^Trin ${ordinal}:`) })).toBeVisible();
  }
  await expect(page.getByText(/Det mangler for at nå trin \d|Alle trin er nået/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Selvvurdering' })).toBeVisible();
  await expectAccessible();
});

test('the dashboard prints without navigation', async ({ page, signInAs }) => {
  await signInAs('direktion@norddal.dk');
  await page.goto('/gevinster');
  await expect(page.getByTestId('kpi-realised')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#main-navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Udskriv' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Gevinster' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Planlagt og realiseret over tid' })).toBeVisible();
});
