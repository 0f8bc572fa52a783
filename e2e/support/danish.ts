import type { Page } from '@playwright/test';

/**
 * The English check of the walk (e2e/walk.spec.ts): a page in English shows no Danish of its own.
 *
 * The demo's data is Danish (Norddal, Lønsystem, "Drift og vedligehold") and stays so, so the
 * strings the API answered with are taken out of the page's words first. Answers that are the
 * server's own standard text (maturity steps, project phases, notifications, standard
 * requirements) are not taken out: they must come back in English.
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
export function recordData(page: Page): Set<string> {
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
export async function danishLeft(page: Page, data: Set<string>): Promise<string[]> {
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
