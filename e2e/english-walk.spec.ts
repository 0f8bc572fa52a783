import type { Page } from '@playwright/test';
import { expect, gql, test } from './fixtures';

/**
 * Every route of the app (apps/web/src/app/router.tsx) in English, signed in as an administrator
 * who sees every area: the page's own words — headings, buttons, labels, column headers, tabs,
 * badges and accessible names — hold no Danish, and axe finds nothing.
 *
 * The demo's data is Danish (Norddal, Lønsystem, "Drift og vedligehold") and stays so, so the
 * strings the API answered with are taken out of those words first. Answers that are the server's
 * own standard text (maturity steps, project phases, notifications, standard requirements) are not
 * taken out: they must come back in English.
 */

/**
 * A whole word from the list: not part of a longer word nor of a hyphenated one ("re-tender" holds
 * no "der"). Unicode-aware, since `\b` treats æ, ø and å as word breaks.
 */
const words = (list: string) => new RegExp(`(?<![\\p{L}-])(${list})(?![\\p{L}-])`, 'u');

/** Danish words and letters a page in English must not show outside its data. */
const DANISH = [
  words('Systemer|Kontrakter|Datakilder|Snitflader|Leverandører|Portefølje|Gevinster|Modenhed|Ressourcer'),
  words('Gem|Annuller|Tilbage|Luk|Tilføj|Slet|Ret|Søg|Vis|Skjul|Opret|Vælg|Næste|Forrige|Indlæser'),
  words('enhed|enheder|Mangler|mangler|Ingen|ingen|Navn|Beskrivelse|Fase|Trin|Opfyldt|Ikke'),
  words('og|eller|af|til|med|fra|ikke|på|er|der|som'),
  /[æøåÆØÅ]/,
];

/** GraphQL fields whose strings are server-generated standard text, expected in the viewer's language. */
const SERVER_TEXT = new Set([
  'projectPhases',
  'maturity',
  'notifications',
  'standardRequirements',
  'requirementChecklist',
]);

/** Every string in a GraphQL answer outside the server-text fields: the organisation's data. */
function dataStrings(value: unknown, into: Set<string>) {
  if (typeof value === 'string') {
    if (value.trim().length > 1) into.add(value.trim());
  } else if (Array.isArray(value)) {
    for (const item of value) dataStrings(item, into);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) if (!SERVER_TEXT.has(key)) dataStrings(child, into);
  }
}

/** Collects the data the page's GraphQL answers carried, for the whole journey. */
function recordData(page: Page): Set<string> {
  const data = new Set<string>();
  page.on('response', async (response) => {
    if (!/\/graphql$/.test(response.url())) return;
    try {
      dataStrings(((await response.json()) as { data?: unknown }).data, data);
    } catch {
      // A response without a JSON body (aborted on navigation) carries no data.
    }
  });
  return data;
}

/** The page's own words: text and accessible names of its chrome, one entry per element. */
const chromeTexts = (page: Page) =>
  page.evaluate(() => {
    const chrome =
      'h1, h2, h3, h4, h5, h6, button, label, legend, th, caption, [role="tab"], [role="columnheader"], ' +
      '[role="menuitem"], [class*="Badge-label"], [class*="InputWrapper-description"], [role="status"], [role="alert"]';
    const texts: string[] = [];
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(chrome))) {
      if (element.closest('[aria-hidden="true"]')) continue;
      texts.push(element.innerText);
    }
    for (const element of Array.from(document.querySelectorAll('[aria-label], [placeholder], [title]'))) {
      for (const name of ['aria-label', 'placeholder', 'title']) {
        const value = element.getAttribute(name);
        if (value) texts.push(value);
      }
    }
    return texts;
  });

const LETTER = /\p{L}/u;

/** `text` without each whole-word occurrence of `value` (a data value "ten" leaves "tender" be). */
function withoutWhole(text: string, value: string): string {
  let rest = text;
  for (let at = rest.indexOf(value); at >= 0; at = rest.indexOf(value, at + 1)) {
    const before = rest[at - 1] ?? ' ';
    const after = rest[at + value.length] ?? ' ';
    if (LETTER.test(before) || LETTER.test(after)) continue;
    rest = `${rest.slice(0, at)} ${rest.slice(at + value.length)}`;
  }
  return rest;
}

/** The Danish left in the page's own words once its data is taken out, as "text ← match". */
async function danishLeft(page: Page, data: Set<string>): Promise<string[]> {
  // Longest first, so "Lønsystem Norddal" goes before "Norddal" would split it.
  const values = [...data].sort((a, b) => b.length - a.length);
  const found: string[] = [];
  for (const text of await chromeTexts(page)) {
    let rest = text;
    for (const value of values) if (rest.includes(value)) rest = withoutWhole(rest, value);
    for (const pattern of DANISH) {
      const match = pattern.exec(rest);
      if (match) found.push(`${text.replace(/\s+/g, ' ').trim()} ← ${match[0]}`);
    }
  }
  return [...new Set(found)];
}

const FIRST_IDS = `query EnglishWalkIds {
  systemUsages(limit: 1) { items { id } }
  dataSources(limit: 1) { items { id } }
  interfaces(limit: 1) { items { id } }
  contracts(limit: 1) { items { id } }
  suppliers(limit: 1) { items { id } }
  projects(limit: 1) { items { id } }
  benefits(limit: 1) { items { id } }
}`;

type Ids = Record<
  'systemUsages' | 'dataSources' | 'interfaces' | 'contracts' | 'suppliers' | 'projects' | 'benefits',
  { items: { id: string }[] }
>;

test('every page in English shows no Danish of its own and passes axe', async ({
  page,
  signInAs,
  expectAccessible,
}) => {
  // Some thirty pages and their tabs, each settled and checked with axe.
  test.setTimeout(1_200_000);
  const data = recordData(page);

  // Signed out first: the public pages, switched to English on the sign-in page.
  await page.goto('/sign-in');
  await page.getByRole('radio', { name: 'English' }).check({ force: true });
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const check = async (where: string) => {
    await expectAccessible();
    // Soft: one run lists the Danish on every page, not just the first.
    expect.soft(await danishLeft(page, data), `Danish on ${where} in English`).toEqual([]);
  };
  /** A page, then each of its tabs (an area's views, a record's history) in turn. */
  const visit = async (path: string) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    // The page itself: the error boundary's page is English and axe-clean too, and would pass.
    await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong' }), path).toHaveCount(0);
    await check(path);
    const tabs = page.getByRole('tab');
    for (let i = 0; i < (await tabs.count()); i++) {
      const tab = tabs.nth(i);
      if ((await tab.getAttribute('aria-selected')) === 'true') continue;
      const name = (await tab.innerText()).trim();
      await tab.click();
      await expect(tab).toHaveAttribute('aria-selected', 'true');
      await check(`${path} (tab ${name})`);
    }
  };
  for (const path of [
    '/sign-in',
    '/glemt-adgangskode',
    '/invitation/not-a-token',
    '/nulstil-adgangskode/not-a-token',
  ]) {
    await visit(path);
  }

  await signInAs('admin@norddal.dk');
  const ids = await gql<Ids>(page, FIRST_IDS);
  const first = (list: keyof Ids) => {
    const id = ids[list].items[0]?.id;
    expect(id, `the demo has ${list}`).toBeTruthy();
    return id;
  };
  const paths = [
    '/landskab',
    '/systemer',
    `/systemer/${first('systemUsages')}`,
    '/datakilder',
    `/datakilder/${first('dataSources')}`,
    '/snitflader',
    `/snitflader/${first('interfaces')}`,
    '/kontrakter',
    `/kontrakter/${first('contracts')}`,
    '/leverandoerer',
    `/leverandoerer/${first('suppliers')}`,
    '/portefolje',
    `/portefolje/projekter/${first('projects')}`,
    '/portefolje/prioriteringsmodel',
    '/portefolje/synergi',
    '/portefolje/moede',
    '/ressourcer',
    '/gevinster',
    `/gevinster/${first('benefits')}`,
    '/modenhed',
    '/admin',
    '/konto',
    '/findes-ikke',
  ];
  for (const path of paths) await visit(path);
  // Still English after all of it: the choice was made once, signed out.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
