import type { StandardTexts } from '../../shared/standard-text';

type Requirement = readonly [category: string, title: string, description: string];

/**
 * The library of standard tender requirements the demo seeds for an organisation, in Danish and,
 * line for line, in English. Seeded rows are the organisation's own to reword; while a text is
 * still the standard wording it is answered in the viewer's language.
 */
// prettier-ignore
const LIBRARY: readonly { da: Requirement; en: Requirement }[] = [
  {
    da: ['Rammearkitektur', 'Anvendelse af Serviceplatformen', 'Grunddata og services hentes via Serviceplatformen, ikke via leverandørens kopiregistre.'],
    en: ['Reference architecture', 'Use of the national service platform', 'Base data and services come through the national service platform (Serviceplatformen), not through the supplier’s copy registers.'],
  },
  {
    da: ['Rammearkitektur', 'Anvendelse af fælleskommunale støttesystemer', 'Løsningen anvender Organisation, Klassifikation, Sags- og dokumentindeks og Beskedfordeler.'],
    en: ['Reference architecture', 'Use of the joint municipal support systems', 'The solution uses the Organisation, Classification, Case and Document Index and Message Distributor support systems.'],
  },
  {
    da: ['Rammearkitektur', 'Åbne standarder', 'Snitflader følger åbne, dokumenterede standarder (OIO, FESD, REST/OpenAPI).'],
    en: ['Reference architecture', 'Open standards', 'Interfaces follow open, documented standards (OIO, FESD, REST/OpenAPI).'],
  },
  {
    da: ['Kontrakt', 'Dataudtræk ved kontraktophør', 'Leverandøren leverer et fuldt, dokumenteret dataudtræk uden beregning ved ophør.'],
    en: ['Contract', 'Data extract when the contract ends', 'The supplier delivers a full, documented data extract free of charge when the contract ends.'],
  },
  {
    da: ['Kontrakt', 'Dokumentationspligt', 'Leverandøren vedligeholder system-, drifts- og snitfladedokumentation.'],
    en: ['Contract', 'Duty to document', 'The supplier maintains system, operations and interface documentation.'],
  },
  {
    da: ['Kontrakt', 'Servicemål for oppetid', 'Oppetid på mindst 99,5 % i normal arbejdstid, med bod ved brud.'],
    en: ['Contract', 'Service level for uptime', 'Uptime of at least 99.5 % in normal working hours, with penalties for breaches.'],
  },
  {
    da: ['Kontrakt', 'Ændringshåndtering', 'Ændringer prissættes efter fast timepris og besvares inden 10 arbejdsdage.'],
    en: ['Contract', 'Change management', 'Changes are priced at a fixed hourly rate and answered within 10 working days.'],
  },
  {
    da: ['Sikkerhed', 'Informationssikkerhed (ISO 27001)', 'Leverandøren følger ISO 27001 og leverer årlig revisorerklæring.'],
    en: ['Security', 'Information security (ISO 27001)', 'The supplier follows ISO 27001 and delivers a yearly auditor’s statement.'],
  },
  {
    da: ['Sikkerhed', 'Databehandleraftale', 'Databehandleraftale efter kommunens skabelon og GDPR.'],
    en: ['Security', 'Data processing agreement', 'A data processing agreement on the municipality’s template and under the GDPR.'],
  },
  {
    da: ['Tilgængelighed', 'Webtilgængelighed (WCAG 2.1 AA)', 'Borgerrettede brugerflader overholder WCAG 2.1 AA.'],
    en: ['Accessibility', 'Web accessibility (WCAG 2.1 AA)', 'User interfaces for citizens meet WCAG 2.1 AA.'],
  },
];

/** The standard requirements as seeded, in Danish. */
export const STANDARD_REQUIREMENTS: readonly Requirement[] = LIBRARY.map((r) => r.da);

/** English for each standard category, title and description, keyed by the Danish wording. */
export const REQUIREMENT_ENGLISH: StandardTexts = Object.fromEntries(
  LIBRARY.flatMap(({ da, en }) => da.map((text, i) => [text, en[i]] as const)),
);
