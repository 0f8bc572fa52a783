import type { Locale } from '../../shared/messages';

/**
 * The default project model's phase names (the domain's DEFAULT_PHASES know only keys). The demo
 * seeds them in Danish as the organisation's own phases, which it may rename; a phase still named
 * the standard way, or without rows at all (named by its key), is answered in the viewer's language.
 */
export const STANDARD_PHASE_NAMES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  da: {
    idea: 'Idé',
    analysis: 'Analyse',
    proposal: 'Indstilling',
    execution: 'Gennemførelse',
    implementation: 'Implementering',
    benefit_realisation: 'Gevinstrealisering',
    closed: 'Afsluttet',
  },
  en: {
    idea: 'Idea',
    analysis: 'Analysis',
    proposal: 'Proposal',
    execution: 'Execution',
    implementation: 'Implementation',
    benefit_realisation: 'Benefit realisation',
    closed: 'Closed',
  },
};

/** A phase's name as answered: standard names in the viewer's language, the organisation's own as written. */
export function phaseNameIn(locale: Locale, phase: { key: string; name: string }): string {
  const standard = STANDARD_PHASE_NAMES.da[phase.key];
  const isStandard = standard !== undefined && (phase.name === standard || phase.name === phase.key);
  return isStandard ? STANDARD_PHASE_NAMES[locale][phase.key] : phase.name;
}
