import type { Page } from '@playwright/test';
import { expect, gql, test } from './fixtures';
import { danishLeft, recordData } from './support/danish';
import { DESKTOP, LAPTOP, PHONE, sidewaysScroll, truncatedLabels } from './support/layout';
import { FIRST_IDS, PUBLIC_ROUTES, SIGNED_IN_ROUTES, type FirstIds, type Route } from './support/routes';

/**
 * Every route (e2e/support/routes.ts), in Danish and in English, at a desktop's and a phone's
 * width, with its tabs and the dialogs and modes it opens: axe finds nothing; on a phone nothing
 * but a table's named, focusable region scrolls sideways (WCAG 1.4.10); no status badge or
 * column header is cut off, at a laptop's width either; and in English the page shows no Danish
 * words of its own. One test per area, so the walks share the workers instead of trailing them.
 */
test.describe.configure({ mode: 'parallel' });

type Locale = 'da' | 'en';
const LOCALES: Locale[] = ['da', 'en'];

interface Walk {
  page: Page;
  expectAccessible: () => Promise<void>;
  /** The organisation's data as answered in English, for telling it from the page's own words. */
  data: Set<string>;
}

/** Checks the page as it stands, at the width it has. */
async function check({ page, expectAccessible, data }: Walk, locale: Locale, where: string) {
  const width = page.viewportSize()!.width;
  // Soft: one run lists every finding of every page, not only the first. Polled: after a change
  // of width the shell's media queries re-render it a moment later.
  const settled = { timeout: 5_000 };
  await expect
    .soft(
      async () => expect(await truncatedLabels(page)).toEqual([]),
      `cut-off badges or headers on ${where}`,
    )
    .toPass(settled);
  if (width === LAPTOP.width) return;
  if (width === PHONE.width) {
    await expect
      .soft(async () => expect(await sidewaysScroll(page)).toEqual([]), `sideways scrolling on ${where}`)
      .toPass(settled);
  }
  await expectAccessible();
  if (locale === 'en') expect.soft(await danishLeft(page, data), `Danish on ${where}`).toEqual([]);
}

/** The page at each width: as loaded, each state it opens, each of its tabs in turn. */
async function walkPage(walk: Walk, locale: Locale, path: string, route: Route) {
  const { page } = walk;
  for (const size of [DESKTOP, LAPTOP, PHONE]) {
    await page.setViewportSize(size);
    const where = `${path} (${locale}, ${size.width} px)`;
    await check(walk, locale, where);
    // States first: a record's dialogs live in its first tab.
    for (const state of route.states ?? []) {
      if ('dialog' in state) {
        await page.getByRole('button', { name: state.button }).click();
        const dialog = page.getByRole('dialog', { name: state.dialog });
        await expect(dialog).toBeVisible();
        await check(walk, locale, `${where}, dialog ${state.dialog.source}`);
        // Its close button (×) has a name of its own (the dialogs word it "Luk" or "Annullér").
        const close = dialog.locator('.mantine-Modal-close');
        await expect(close).toHaveAccessibleName(/\S/);
        await close.click();
        await expect(dialog).toBeHidden();
      } else {
        const toggle = page.getByRole('switch', { name: state.switch });
        await toggle.check({ force: true });
        await expect(toggle).toBeChecked();
        await check(walk, locale, `${where}, ${state.switch.source} on`);
        await toggle.uncheck({ force: true });
        await expect(toggle).not.toBeChecked();
      }
    }
    const tabs = page.getByRole('tab');
    for (let i = 0; i < (await tabs.count()); i++) {
      const tab = tabs.nth(i);
      if ((await tab.getAttribute('aria-selected')) === 'true') continue;
      const name = (await tab.innerText()).trim();
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      await check(walk, locale, `${where}, tab ${name}`);
    }
    // Back to the first tab, where the next width starts and the page's dialogs live.
    if ((await tabs.count()) > 0) await tabs.first().click();
  }
}

/** Opens each route in turn, in Danish and then in English. */
async function walkRoutes(walk: Walk, routes: Route[], idOf: (route: Route) => string | undefined) {
  const { page } = walk;
  for (const locale of LOCALES) {
    if (locale === 'en') {
      // Chosen before the pages load, so the server's own texts come back in English too.
      await page.evaluate(() => window.localStorage.setItem('overblik.locale', 'en'));
      walk.data.clear();
    }
    for (const route of routes) {
      const path = route.path.replace(':id', idOf(route) ?? '');
      await page.setViewportSize(DESKTOP);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await walkPage(walk, locale, path, route);
    }
  }
}

const CREATE_PROGRAMME = `mutation WalkProgramme($input: ProgrammeCreateInput!) {
  createProgramme(input: $input) { id }
}`;

test('signed out: every public page', async ({ page, expectAccessible }) => {
  test.setTimeout(240_000);
  const walk = { page, expectAccessible, data: recordData(page) };
  await page.goto('/sign-in');
  await walkRoutes(walk, PUBLIC_ROUTES, () => undefined);
});

for (const [area, routes] of Object.entries(SIGNED_IN_ROUTES)) {
  test(`signed in: ${area}`, async ({ page, signInAs, expectAccessible }) => {
    test.setTimeout(300_000);
    const walk = { page, expectAccessible, data: recordData(page) };
    await signInAs('admin@norddal.dk');
    const ids = await gql<FirstIds>(page, FIRST_IDS);
    // The demo has no programme of its own; the programme page needs one to show.
    if (routes.some((r) => r.record === 'programmes') && ids.programmes.length === 0) {
      const created = await gql<{ createProgramme: { id: string } }>(page, CREATE_PROGRAMME, {
        input: { name: 'Digital velfærd', description: 'Velfærdsteknologi på tværs af forvaltningerne.' },
      });
      ids.programmes.push(created.createProgramme);
    }
    const idOf = (route: Route) => {
      if (!route.record) return undefined;
      const id = route.record === 'programmes' ? ids.programmes[0]?.id : ids[route.record].items[0]?.id;
      expect(id, `the demo has ${route.record}`).toBeTruthy();
      return id;
    };
    await walkRoutes(walk, routes, idOf);
  });
}
