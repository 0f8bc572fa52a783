import type { Locale } from './messages';

/**
 * Overblik's standard content — the default maturity model, the project model's phases, the
 * library of standard requirements — is written in Danish and, once seeded, stored as the
 * organisation's own data, which it may reword. A stored text still equal to the standard Danish
 * wording is answered in the viewer's language; an organisation's own wording is answered as
 * written. Nothing stored changes.
 */
export type StandardTexts = Readonly<Record<string, string>>;

/** The text in the viewer's language when it is standard wording with an English form. */
export const standardTextIn = (locale: Locale, english: StandardTexts, text: string): string =>
  locale === 'en' ? (english[text] ?? text) : text;
