import { z } from 'zod';

/** What global search finds, in the order the result list groups them (ADR 0020). */
export const SEARCH_KINDS = [
  'SYSTEM',
  'DATA_SOURCE',
  'INTERFACE',
  'CONTRACT',
  'SUPPLIER',
  'PROJECT',
  'BENEFIT',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Longest search text: names are short, and a longer text only makes the query slower. */
export const SEARCH_TEXT_MAX = 100;

/** The search field's rule, shared by the API and the web app's search box. */
export const searchSchema = z.object({
  text: z.string().trim().min(1).max(SEARCH_TEXT_MAX),
});
