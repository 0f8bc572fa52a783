import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Locator, type Page, type Response } from '@playwright/test';

/**
 * Fixtures and page objects shared by the journeys (ADR 0016). Every journey gets a world of its
 * own: the demo story seeded again under a fresh tag through the test-only POST /e2e/worlds, so
 * journeys run in parallel and in any order without seeing each other's changes.
 */

/** The demo's organisations and people, seeded for one journey. */
export interface World {
  tag: string;
  password: string;
  /** This world's address for a demo login such as `kontrakt@norddal.dk`. */
  email(demoAddress: string): string;
}

async function createWorld(request: Page['request']): Promise<World> {
  const res = await request.post('/e2e/worlds', { timeout: 120_000 });
  expect(res.status(), await res.text()).toBe(201);
  const body = (await res.json()) as { tag: string; password: string; users: Record<string, string> };
  return {
    tag: body.tag,
    password: body.password,
    email: (demoAddress) => {
      const address = body.users[demoAddress];
      if (!address) throw new Error(`No demo login ${demoAddress}`);
      return address;
    },
  };
}

const SIGN_IN =
  'mutation SignIn($email: String!, $password: String!) { signIn(email: $email, password: $password) { id } }';

/**
 * Signs in through the API: the session cookie lands in the page's browser context, so the next
 * navigation opens the app signed in. Only the sign-in journey goes through the form.
 */
async function signInThroughApi(page: Page, world: World, demoAddress: string) {
  await page.context().clearCookies();
  await gql(page, SIGN_IN, { email: world.email(demoAddress), password: world.password });
}

/** Signs in through the real sign-in page and waits for the app shell. */
async function signInThroughForm(page: Page, world: World, demoAddress: string) {
  await page.goto('/sign-in');
  await page.getByLabel(/e-mail/i).fill(world.email(demoAddress));
  // The password field has a show/hide button labelled alike; the textbox is the field.
  await page.getByRole('textbox', { name: /^(adgangskode|password)$/i }).fill(world.password);
  await page.getByRole('button', { name: /log ind|sign in/i }).click();
  await expect(page.getByRole('navigation')).toBeVisible();
}

/** The shell's areas by their Danish menu label (apps/web/src/app/areas.ts). */
const AREA_PATHS = {
  Landskab: '/landskab',
  Systemer: '/systemer',
  Datakilder: '/datakilder',
  Snitflader: '/snitflader',
  Kontrakter: '/kontrakter',
  Leverandører: '/leverandoerer',
  Portefølje: '/portefolje',
  Ressourcer: '/ressourcer',
  Gevinster: '/gevinster',
  Modenhed: '/modenhed',
  Administration: '/admin',
} as const;

export type Area = keyof typeof AREA_PATHS;

/** Opens an area from the main menu, or by its address when the app is not open yet. */
async function openArea(page: Page, area: Area) {
  if (page.url().startsWith('about:')) await page.goto(AREA_PATHS[area]);
  else await page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: area }).click();
  await expect(page.getByRole('heading', { level: 1, name: area })).toBeVisible();
}

/** GraphQL's address, and the import's, which takes a whole workbook (apps/api/src/modules/import/import-route.ts). */
const isGraphqlUrl = (url: string) => /\/graphql(-import)?$/.test(url);

/** Resolves when the GraphQL operation with this name has answered. */
export function answered(page: Page, operation: string | RegExp): Promise<Response> {
  return page.waitForResponse((r) => {
    if (!isGraphqlUrl(r.url())) return false;
    const name = /"operationName":"([^"]+)"/.exec(r.request().postData() ?? '')?.[1] ?? '';
    return typeof operation === 'string' ? name === operation : operation.test(name);
  });
}

/**
 * A GraphQL request with the page's session (its browser context's cookie), for set-up steps a
 * journey does not click through. Fails on any GraphQL error.
 */
export async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data as T;
}

/** Counts the page's GraphQL requests still in flight, for waiting on a settled page. */
function trackRequests(page: Page) {
  let inFlight = 0;
  page.on('request', (r) => isGraphqlUrl(r.url()) && (inFlight += 1));
  const done = (r: { url(): string }) => isGraphqlUrl(r.url()) && (inFlight -= 1);
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return () => inFlight;
}

/**
 * Waits for a settled page: no GraphQL request in flight, no CSS transition or finite animation
 * running (a modal fading in has text at partial opacity) and the pointer off the controls, so no
 * button is left hovered or pressed. Axe then sees the page a user reads.
 */
async function settle(page: Page, inFlight: () => number) {
  await page.mouse.move(0, 0);
  await expect.poll(inFlight, { message: 'GraphQL requests still in flight' }).toBe(0);
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

/** Runs axe with the WCAG 2.1 A/AA rules on a settled page and fails on any violation, listing them. */
async function expectAccessible(page: Page, inFlight: () => number) {
  await settle(page, inFlight);
  // Legacy mode runs axe in the page itself; the default opens a blank page per check to merge
  // cross-origin frames' results, which doubled each check's time (~3 s to ~1.5 s measured). The app
  // has no cross-origin frames, so nothing goes unchecked.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode(true)
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, 'axe WCAG 2.1 AA violations').toEqual([]);
}

/**
 * Picks an option in a searchable Mantine Select by typing part of its name and choosing it with
 * the keyboard. Clicking the option raced the dropdown's repositioning after Playwright scrolled
 * the page: the click could land beside the moved list, close it and leave nothing chosen.
 */
export async function chooseOption(page: Page, combobox: Locator, search: string, option: string | RegExp) {
  await combobox.fill(search);
  const target = page.getByRole('option', { name: option }).first();
  await expect(target).toBeVisible();
  const label = ((await target.textContent()) ?? '').trim();
  // The arrow keys walk the filtered list; stop on the wanted option.
  for (let step = 0; step < 50; step++) {
    if ((await target.getAttribute('data-combobox-selected')) !== null) break;
    await combobox.press('ArrowDown');
  }
  await expect(target).toHaveAttribute('data-combobox-selected');
  await combobox.press('Enter');
  await expect(combobox).toHaveValue(label);
}

export const test = base.extend<{
  world: World;
  /** Signs in as a demo login of this journey's world (by its demo address), through the API. */
  signInAs: (demoAddress: string, page?: Page) => Promise<void>;
  /** The same through the sign-in page, for the journey about signing in. */
  signInThroughForm: (demoAddress: string) => Promise<void>;
  openArea: (area: Area) => Promise<void>;
  expectAccessible: () => Promise<void>;
  inFlight: () => number;
}>({
  // Its own time budget: seeding waits for other workers' worlds on the single database.
  world: [async ({ request }, use) => use(await createWorld(request)), { timeout: 120_000 }],
  signInAs: async ({ page, world }, use) =>
    use((demoAddress, target = page) => signInThroughApi(target, world, demoAddress)),
  signInThroughForm: async ({ page, world }, use) =>
    use((demoAddress) => signInThroughForm(page, world, demoAddress)),
  openArea: async ({ page }, use) => use((area) => openArea(page, area)),
  inFlight: async ({ page }, use) => use(trackRequests(page)),
  expectAccessible: async ({ page, inFlight }, use) => use(() => expectAccessible(page, inFlight)),
});

export { expect };
