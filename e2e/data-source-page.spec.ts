import { answered, expect, test } from './fixtures';

const COPY = 'Personregister-kopi (KMD-lignende)';
const CPR = 'CPR – Det Centrale Personregister';

/**
 * The data-source page (issue 14 §3): reached from the data-sources table and the landscape's side
 * panel, it shows who reads a copy register, what it costs, what it copies, its exit plan and the
 * contracts and projects touching it, in Danish and English, at 390 px, and axe-clean.
 */
test('a copy register has a page of its own: readers, cost, authoritative source, exit plan, contracts (Danish and English, 390 px)', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('systemejer@norddal.dk');
  await page.goto('/datakilder');
  const table = page.getByRole('table', { name: /Datakilder og hvem i Norddal Kommune/ });
  const loaded = answered(page, 'DataSourceDetail');
  await table.getByRole('link', { name: COPY, exact: true }).click();
  await loaded;
  await expect(page.getByRole('heading', { level: 1, name: COPY })).toBeVisible();

  const authority = page.getByRole('region', { name: 'Autoritativ eller kopi' });
  await expect(authority).toContainText('Kopiregister – ikke autoritativ');
  await expect(authority.getByRole('link', { name: CPR })).toBeVisible();
  const cost = page.getByRole('region', { name: 'Omkostning' });
  await expect(cost).toContainText('Heraf via kopiregister');
  await expect(cost).not.toContainText('kr..');
  const readers = page.getByRole('region', { name: 'Systemer der læser datakilden' });
  await expect(readers.getByRole('link', { name: 'Lønsystem' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Læsere efter enhed' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Læsere efter kanal' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Læsere efter formål' })).toBeVisible();
  const exit = page.getByRole('region', { name: 'Skift fra kopi til autoritativ kilde' });
  await expect(exit.getByRole('link', { name: 'Lønsystem', exact: true })).toBeVisible();
  // Intl puts a no-break space before 'kr.'; the totals end in one full stop, never 'kr..'.
  await expect(
    page.getByText(/^Samlet besparelse pr\. år: .+\skr\. · Samlede skifteomkostninger: .+\skr\.$/),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kontrakter der berører datakilden' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Projekter der berører datakilden' })).toBeVisible();
  await expectAccessible();

  // Usable at 390 px: nothing makes the page itself scroll sideways (wide tables scroll in their region).
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(readers).toBeVisible();
  // Polled: the layout settles a moment after the resize.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible();
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  await expect(page.getByRole('region', { name: 'Authoritative or copy' })).toContainText(
    'Copy register – not authoritative',
  );
  await expect(page.getByRole('region', { name: 'Systems reading the data source' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Readers by purpose' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Exit plan' })).toBeVisible();
  await expectAccessible();

  // The authoritative source's page names its copies, linked back.
  await page.getByRole('region', { name: 'Authoritative or copy' }).getByRole('link', { name: CPR }).click();
  await expect(page.getByRole('heading', { level: 1, name: CPR })).toBeVisible();
  const cprAuthority = page.getByRole('region', { name: 'Authoritative or copy' });
  await expect(cprAuthority).toContainText('Authoritative source');
  await expect(cprAuthority.getByRole('link', { name: COPY })).toBeVisible();
  await expectAccessible();
});

test("the landscape's side panel and the system page link to the data-source page", async ({
  page,
  signInAs,
}) => {
  await signInAs('systemejer@norddal.dk');
  await page.goto('/landskab');
  await page.getByRole('combobox', { name: 'Find i landskabet' }).fill('Personregister-kopi');
  await page.getByRole('option', { name: COPY }).click();
  const panel = page.getByRole('complementary', { name: COPY });
  await panel.getByRole('link', { name: 'Åbn datakildens side' }).click();
  await expect(page.getByRole('heading', { level: 1, name: COPY })).toBeVisible();

  await page
    .getByRole('region', { name: 'Systemer der læser datakilden' })
    .getByRole('link', { name: 'Lønsystem' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lønsystem' })).toBeVisible();
  await page.getByRole('link', { name: COPY }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: COPY })).toBeVisible();
});
