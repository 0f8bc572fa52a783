/** Overblik's own import kinds that have a template (as the API's GENERIC_KINDS). */
export const TEMPLATE_KINDS = [
  'DATA_SOURCES',
  'BENEFITS',
  'SYSTEMS',
  'DATA_SOURCE_EDGES',
  'INTEGRATIONS',
  'CONTRACTS',
  'PROJECTS',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** Where the API serves a kind's template, with headers in the given language. */
export const templateUrl = (kind: TemplateKind, language: string, format: 'xlsx' | 'csv') =>
  `/transfer/import-templates/${kind}?lang=${language.startsWith('en') ? 'en' : 'da'}&format=${format}`;
