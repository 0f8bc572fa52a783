import type { Page } from '@playwright/test';
import { answered, expect, test } from './fixtures';

const AMOUNT_TILES = ['kpi-planned', 'kpi-realised', 'kpi-target'] as const;

/** Every KPI amount is whole inside its tile: nothing clipped at the tile's edge or overflowing it. */
async function expectTilesWhole(page: Page) {
  for (const id of AMOUNT_TILES) {
    const amount = page.getByTestId(id);
    await expect(amount).toBeVisible();
    const fits = await amount.evaluate((el) => {
      const tile = el.closest('.mantine-Paper-root')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return box.left >= tile.left && box.right <= tile.right && el.scrollWidth <= Math.ceil(box.width);
    });
    expect(fits, `${id} "${await amount.textContent()}" fits its tile`).toBe(true);
  }
}

/** A PDF's page count, read from its page tree's root (`/Type /Pages … /Count n`). */
function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  const kids = [...text.matchAll(/\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1]));
  const all = [...counts, ...kids];
  expect(all.length, 'the PDF has a page tree').toBeGreaterThan(0);
  return Math.max(...all);
}

test('the executive board lands on the dashboard; KPI amounts are compact, whole and exact on focus (Danish)', async ({
  page,
  signInThroughForm,
  expectAccessible,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await signInThroughForm('direktion@norddal.dk');
  await expect(page).toHaveURL(/\/gevinster$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Gevinster' })).toBeVisible();

  const realised = page.getByTestId('kpi-realised');
  await expect(page.getByTestId('kpi-planned')).toHaveText(
    /^-?[\d,]+\u00a0(mio|mia)\.\u00a0kr\.$|^[\d.]+\u00a0kr\.$/,
  );
  const exact = (await page.getByTestId('kpi-planned').getAttribute('data-exact')) ?? '';
  expect(exact).toMatch(/^[\d.]+\u00a0kr\.$/);
  await expectTilesWhole(page);

  // The exact amount by keyboard: the compact amount takes focus and shows it in a tooltip.
  await page.getByRole('button', { name: 'Udskriv' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('kpi-planned')).toBeFocused();
  await expect(page.getByRole('tooltip')).toHaveText(exact);
  await expectAccessible();

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expectTilesWhole(page);
  }
  // Projector mode: larger type, still whole, at the widths a board room projector uses.
  await page.getByRole('switch', { name: 'Stor skrift (projektor)' }).check({ force: true });
  for (const width of [1280, 1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expectTilesWhole(page);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible();

  // The table view shows the exact amounts.
  await page.getByRole('switch', { name: 'Vis som tabel' }).check({ force: true });
  await expect(page.getByTestId('kpi-planned')).toHaveText(exact);
  await expectTilesWhole(page);
  await expect(realised).not.toHaveAttribute('tabindex');
  await expectAccessible();
});

test('in English the KPI amounts read "DKK 3.2m", exact on hover and in the table view', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('direktion@norddal.dk');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/');
  await expect(page).toHaveURL(/\/gevinster$/);
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  await expect(page.getByRole('heading', { level: 1, name: 'Benefits' })).toBeVisible();
  const planned = page.getByTestId('kpi-planned');
  await expect(planned).toHaveText(/^DKK\u00a0[\d.]+(m|bn)$|^DKK\u00a0[\d,]+$/);
  const exact = (await planned.getAttribute('data-exact')) ?? '';
  expect(exact).toMatch(/^DKK\u00a0[\d,]+$/);
  await planned.hover();
  await expect(page.getByRole('tooltip')).toHaveText(exact);
  await expectTilesWhole(page);
  await page.mouse.move(0, 0);
  await expectAccessible();
  await page.getByRole('switch', { name: 'Large type (projector)' }).check({ force: true });
  await expectTilesWhole(page);
  await page.getByRole('switch', { name: 'Show as table' }).check({ force: true });
  await expect(planned).toHaveText(exact);
  await expectAccessible();
});

test('the demo dashboard prints on at most two A4 pages, charts at the page width', async ({
  page,
  signInAs,
}) => {
  await signInAs('direktion@norddal.dk');
  await page.setViewportSize({ width: 1440, height: 900 });
  const loaded = answered(page, 'BenefitDashboard');
  await page.goto('/gevinster');
  await loaded;
  await expect(page.getByTestId('kpi-realised')).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  // On paper: no navigation or controls, charts no wider than the A4 column (about 718 px, 190 mm).
  await expect(page.getByRole('navigation', { name: 'Hovedmenu' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Udskriv' })).toBeHidden();
  const widths = await page
    .locator('.recharts-surface')
    .evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect().width));
  expect(widths.length).toBeGreaterThan(0);
  for (const width of widths) expect(width).toBeLessThanOrEqual(718);

  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  const pages = pdfPageCount(pdf);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
});
