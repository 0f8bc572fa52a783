import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { answered, chooseOption, expect, test } from './fixtures';

// The landscape graph and its axe checks: more than the default 60 s with two workers on a busy machine.
test.describe.configure({ timeout: 180_000 });

test('filter and export the systems table, then edit a system as its owner', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  // The system owner edits a system they own (ADR 0029): the demo's Intranet.
  await signInAs('systemejer@norddal.dk');
  await page.goto('/systemer');
  const table = page.getByRole('table', { name: 'Systemer i Norddal Kommune' });
  await expect(table.getByRole('rowheader', { name: 'Intranet' })).toBeVisible();
  await expectAccessible();

  await page.getByLabel('Filtrér Navn').fill('Intranet');
  await expect(page.getByRole('status').filter({ hasText: /^Viser 1 af \d+ rækker$/ })).toBeVisible();
  await expect(table.getByRole('rowheader')).toHaveCount(1);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportér CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('systemer.csv');
  const csv = (await readFile(await file.path(), 'utf8'))
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  // Exactly what is shown: the header and the one filtered row, visible columns only.
  expect(csv).toHaveLength(2);
  expect(csv[0].startsWith('Navn,Livscyklus,Ansvarlig enhed,Leverandør,Systemejer')).toBe(true);
  expect(csv[1]).toContain('Intranet');

  await table.getByRole('link', { name: 'Intranet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Intranet' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Datakilder', exact: true })).toBeVisible();
  await expectAccessible();

  await page.getByRole('button', { name: 'Redigér' }).click();
  const form = page.getByRole('form', { name: 'Redigér system' });
  await form.getByLabel('I brug fra').fill('2030-01-01');
  await form.getByLabel('I brug til').fill('2029-01-01');
  await form.getByRole('button', { name: 'Gem' }).click();
  await expect(form.getByText('Slutdatoen skal ligge efter startdatoen.')).toBeVisible();
  await form.getByLabel('I brug fra').fill('');
  await form.getByLabel('I brug til').fill('');
  await form.getByRole('textbox', { name: 'Brugere' }).fill('95');
  const saved = answered(page, 'UpdateSystemUsage');
  await form.getByRole('button', { name: 'Gem' }).click();
  await saved;
  await expect(form).toBeHidden();
  const facts = page.getByRole('region', { name: 'Fakta' });
  await expect(facts.getByText('95', { exact: true })).toBeVisible();

  // The owner records that the system also reads CVR, then removes it again.
  const cvr = 'CVR – Det Centrale Virksomhedsregister';
  const sources = page.getByRole('region', { name: 'Datakilder', exact: true });
  const addForm = page.getByRole('form', { name: 'Tilføj datakilde' });
  await chooseOption(page, addForm.getByRole('combobox', { name: /^Datakilde/ }), 'CVR – Det', cvr);
  await addForm.getByRole('button', { name: 'Tilføj' }).click();
  await expect(sources.getByRole('rowheader', { name: cvr })).toBeVisible();
  await page.getByRole('button', { name: `Fjern ${cvr}` }).click();
  await expect(sources.getByRole('rowheader', { name: cvr })).toBeHidden();
  await expectAccessible();
});

test('explore the landscape: search, neighbourhood and impact of a copy register', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  await signInAs('systemejer@norddal.dk');
  await page.goto('/landskab');
  const canvas = page.getByRole('application', { name: /Graf over systemlandskabet/ });
  await expect(canvas).toBeVisible();
  await expectAccessible();

  // Keyboard: the arrow keys step through the nodes (announced), Enter opens the side panel.
  await canvas.focus();
  await page.keyboard.press('Home');
  const announced = (await page
    .locator('[aria-live="polite"]')
    .filter({ hasText: /, / })
    .first()
    .textContent())!;
  const firstName = announced.slice(0, announced.lastIndexOf(', '));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: firstName })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: firstName })).toBeHidden();

  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Gem som SVG' }).click();
  const svgFile = await svgDownload;
  expect(svgFile.suggestedFilename()).toBe('systemlandskab.svg');
  expect(await readFile(await svgFile.path(), 'utf8')).toMatch(/^<svg [^>]*>[\s\S]*Lønsystem[\s\S]*<\/svg>$/);

  const search = page.getByRole('combobox', { name: 'Find i landskabet' });
  await search.fill('Lønsystem');
  await page.getByRole('option', { name: 'Lønsystem', exact: true }).click();
  const panel = page.getByRole('complementary', { name: 'Lønsystem' });
  await expect(panel).toBeVisible();

  await panel.getByRole('button', { name: 'Vis naboskab' }).click();
  await expect(page.getByRole('heading', { name: /Naboskab for Lønsystem/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Forbindelser i naboskabet' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Lønsystem' }).first()).toBeVisible();
  await expectAccessible();

  await page.getByRole('tab', { name: 'Graf' }).click();
  await page.getByRole('combobox', { name: 'Find i landskabet' }).fill('Personregister-kopi');
  await page.getByRole('option', { name: 'Personregister-kopi (KMD-lignende)' }).click();
  const copyPanel = page.getByRole('complementary', { name: 'Personregister-kopi (KMD-lignende)' });
  await copyPanel.getByRole('button', { name: 'Konsekvensanalyse' }).click();
  const analysed = answered(page, 'ImpactAnalysis');
  await page.getByRole('button', { name: 'Kør analyse' }).click();
  await analysed;
  const affected = page.getByRole('region', { name: 'Systemer, der med sikkerhed mister data' });
  await expect(affected.getByRole('link', { name: 'Lønsystem' })).toBeVisible();
  await expect(affected.getByRole('link', { name: 'Opkrævnings- og debitorsystem' })).toBeVisible();
  // The headline counts the systems that certainly lose data (the copy's readers and what they feed).
  await expect(
    page.getByRole('status').filter({ hasText: /systemer mister med sikkerhed data/ }),
  ).toBeVisible();
  await expectAccessible();

  await page.getByRole('tab', { name: 'Kopiregistre' }).click();
  await expect(
    page.getByRole('heading', { name: 'Systemer der får grunddata via kopiregistre' }),
  ).toBeVisible();
  await expectAccessible();

  await page.getByRole('tab', { name: 'Livscykluskonflikter' }).click();
  await expect(
    page.getByRole('heading', { name: 'Systemer der overlever noget, de afhænger af' }),
  ).toBeVisible();
  await expectAccessible();
});

test('the data-sources page lists who uses each source', async ({ page, signInAs, expectAccessible }) => {
  await signInAs('systemejer@norddal.dk');
  await page.goto('/datakilder');
  const table = page.getByRole('table', { name: /Datakilder og hvem i Norddal Kommune/ });
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Personregister-kopi (KMD-lignende)' }) });
  await expect(row.getByRole('link', { name: 'Lønsystem' })).toBeVisible();
  await expectAccessible();
});

// The Cytoscape instance, exposed with ?bench=1 (LandscapeCanvas), so the journey can read what the
// canvas drew: a canvas has no DOM to query. Scripts as strings: they run in the page.
interface DrawnNode {
  x: number;
  y: number;
  inView: boolean;
  near: boolean;
  neighbours: number;
  faded: number;
}
const cy = (page: Page) => ({
  zoom: () => page.evaluate<number>('window.__overblikCy.zoom()'),
  /** The layer boxes' labels, top to bottom. */
  layers: () =>
    page.evaluate<string[]>(
      `window.__overblikCy.nodes('[?layer]').sort((a, b) => a.position('y') - b.position('y')).map((n) => n.data('label'))`,
    ),
  /** Where a node is drawn on the page, whether it is on screen, and what the highlight did. */
  node: (name: string) =>
    page.evaluate<DrawnNode>(`(() => {
      const instance = window.__overblikCy;
      const node = instance.nodes().filter((n) => n.data('label') === ${JSON.stringify(name)}).first();
      const rect = instance.container().getBoundingClientRect();
      const p = node.renderedPosition();
      return {
        x: rect.left + p.x,
        y: rect.top + p.y,
        inView: p.x > 0 && p.y > 0 && p.x < instance.width() && p.y < instance.height(),
        near: node.hasClass('near'),
        neighbours: instance.nodes('.near').length - 1,
        faded: instance.elements('.faded').length,
      };
    })()`),
});

for (const language of ['da', 'en'] as const) {
  const text =
    language === 'da'
      ? {
          graph: /Graf over systemlandskabet/,
          miniMap: /Minikort over hele landskabet/,
          search: 'Find i landskabet',
          layers: [
            'Grundregistre',
            'Kopiregistre, Serviceplatformen og andre kilder',
            'Systemer efter ansvarlig enhed',
            'Infrastruktur',
          ],
        }
      : {
          graph: /Graph of the system landscape/,
          miniMap: /Mini-map of the whole landscape/,
          search: 'Find in the landscape',
          layers: [
            'Base registers',
            'Copy registers, Serviceplatformen and other sources',
            'Systems by responsible unit',
            'Infrastructure',
          ],
        };

  test(`the landscape map (${language}): layers above the fold, neighbourhood highlight, search focus, wheel and mini-map`, async ({
    page,
    signInAs,
    expectAccessible,
  }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await signInAs('systemejer@norddal.dk');
    await page.goto('/landskab?bench=1');
    if (language === 'en') await page.getByRole('radio', { name: 'English' }).check({ force: true });
    const canvas = page.getByRole('application', { name: text.graph });
    await expect(canvas).toHaveAttribute('data-ready', 'true');
    const map = cy(page);

    // The map starts above the fold, and reads top to bottom in layers.
    const box = (await canvas.boundingBox())!;
    expect(box.y + 300).toBeLessThan(900);
    await expect.poll(map.layers).toEqual(text.layers);
    await expect(page.getByRole('img', { name: text.miniMap })).toBeVisible();

    // Hovering a node brings its neighbourhood forward and dims the rest; leaving restores the map.
    const payroll = await map.node('Lønsystem');
    expect(payroll.inView).toBe(true);
    await page.mouse.move(payroll.x, payroll.y);
    await expect.poll(async () => (await map.node('Lønsystem')).near).toBe(true);
    const hovered = await map.node('Lønsystem');
    expect(hovered.neighbours).toBeGreaterThan(1);
    expect(hovered.faded).toBeGreaterThan(10);
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await map.node('Lønsystem')).faded).toBe(0);

    // The search focuses a node: zoomed in on it, selected, its neighbourhood highlighted.
    const zoomBefore = await map.zoom();
    await page.getByRole('combobox', { name: text.search }).fill('Lønsystem');
    await page.getByRole('option', { name: 'Lønsystem', exact: true }).click();
    await expect(page.getByRole('complementary', { name: 'Lønsystem' })).toBeVisible();
    await expect.poll(map.zoom).toBeGreaterThan(zoomBefore);
    await expect.poll(async () => (await map.node('Lønsystem')).inView).toBe(true);
    expect((await map.node('Lønsystem')).near).toBe(true);
    await expectAccessible();

    // The wheel over the graph scrolls the page while the graph has no focus…
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.evaluate(() => window.scrollTo(0, 0));
    const zoomed = await map.zoom();
    const middle = (await canvas.boundingBox())!;
    await page.mouse.move(middle.x + middle.width / 2, middle.y + 100);
    await page.mouse.wheel(0, 200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await map.zoom()).toBe(zoomed);
    // …and zooms it with Ctrl held (Cytoscape ignores the wheel while the page still scrolls:
    // wheel again until it zooms, as a person would)…
    await expect(async () => {
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -200);
      await page.keyboard.up('Control');
      expect(await map.zoom()).not.toBe(zoomed);
    }).toPass();
    // …or once the graph has focus, when the page stays where it is.
    await canvas.focus();
    const scrolled = await page.evaluate(() => window.scrollY);
    const focusedZoom = await map.zoom();
    await expect(async () => {
      await page.mouse.wheel(0, -200);
      expect(await map.zoom()).not.toBe(focusedZoom);
    }).toPass();
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
    await expectAccessible();
  });
}
