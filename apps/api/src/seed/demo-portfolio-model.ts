import { artefactsToReach, DEFAULT_PHASES } from '@overblik/domain';
import type { ArtefactKind, ScoreDirection } from '@prisma/client';
import { STANDARD_PHASE_NAMES } from '../modules/project/phase-names';
import { STANDARD_REQUIREMENTS } from '../modules/tender/standard-requirement-texts';
import { day } from './seed-dates';
import type { SeedContext } from './seed-writer';

/**
 * The governance frame one municipality sets up before it runs a portfolio: strategies, the phases
 * of its project model, the prioritisation model, the competencies it plans with and its library of
 * standard requirements. Shared by the demo and the synthetic profiles.
 */

export const STRATEGIES: readonly {
  key: string;
  name: string;
  description: string;
  from: string;
  to: string;
}[] = [
  {
    key: 'digi',
    name: 'Digitaliseringsstrategi 2025–2028',
    description:
      'Digitalisering som ledelsesdisciplin: fælles projektmodel, porteføljestyring og gevinstrealisering.',
    from: '2025-01-01',
    to: '2028-12-31',
  },
  {
    key: 'data',
    name: 'Datadrevet kommune',
    description:
      'Grunddata fra Serviceplatformen, data købt én gang og ét fælles ledelsesinformationssystem.',
    from: '2025-01-01',
    to: '2029-12-31',
  },
  {
    key: 'groen',
    name: 'Grøn omstilling',
    description: 'CO₂-reduktion i kommunens bygninger, transport og indkøb.',
    from: '2024-01-01',
    to: '2030-12-31',
  },
  {
    key: 'borger',
    name: 'Sammenhængende borgerforløb',
    description: 'Borgeren oplever én kommune på tværs af fagområder og kanaler.',
    from: '2025-01-01',
    to: '2028-12-31',
  },
  {
    key: 'rammearkitektur',
    name: 'Fælleskommunal rammearkitektur',
    description: 'Alle systemkøb stiller krav om støttesystemer, åbne standarder og dataudtræk.',
    from: '2024-01-01',
    to: '2028-12-31',
  },
];

/** What the domain's default project model requires to leave the phase through its gate. */
const requiredToLeave = (key: string): ArtefactKind[] => [
  ...DEFAULT_PHASES.find((p) => p.key === key)!.requiredToLeave,
];

/**
 * The default project model, with Danish names. `requiredArtefacts` is the domain's
 * DEFAULT_PHASES: the artefacts needed to LEAVE the phase through its gate (idea → analysis needs
 * the idea description; proposal → execution needs business case, benefit map, risk assessment
 * and resource plan; benefit realisation → closed needs the closing report).
 */
export const PHASES: readonly { key: string; name: string; required: ArtefactKind[] }[] = DEFAULT_PHASES.map(
  ({ key }) => ({ key, name: STANDARD_PHASE_NAMES.da[key], required: requiredToLeave(key) }),
);
export const PHASE_KEYS = PHASES.map((p) => p.key);

const SEEDED_PHASES = PHASES.map((p) => ({ key: p.key, requiredToLeave: p.required }));

/**
 * The artefacts a seeded project in `phase` holds: every one the gates behind it required, each
 * with the index of the phase whose gate first asked for it (so it can be dated before that gate),
 * plus those it is preparing for its own next gate (dated in the current phase, index null).
 */
export function seededArtefacts(
  phase: string,
  preparing: readonly ArtefactKind[],
): { kind: ArtefactKind; gateOf: number | null }[] {
  const held = artefactsToReach(SEEDED_PHASES, phase) as ArtefactKind[];
  const gateOf = (kind: ArtefactKind) => PHASES.findIndex((p) => p.required.includes(kind));
  return [
    ...held.map((kind) => ({ kind, gateOf: gateOf(kind) })),
    ...preparing.filter((kind) => !held.includes(kind)).map((kind) => ({ kind, gateOf: null })),
  ];
}

/** Weights in percent; only their ratio matters to the weighted score. */
export const CRITERIA: readonly {
  key: string;
  name: string;
  description: string;
  weight: number;
  direction: ScoreDirection;
  mandatory: boolean;
}[] = [
  {
    key: 'strategi',
    name: 'Strategisk sigte',
    description: 'Hvor direkte projektet understøtter vedtagne strategier.',
    weight: 30,
    direction: 'HIGHER_IS_BETTER',
    mandatory: false,
  },
  {
    key: 'okonomi',
    name: 'Økonomi',
    description: 'Business casens nettogevinst og tilbagebetalingstid.',
    weight: 25,
    direction: 'HIGHER_IS_BETTER',
    mandatory: false,
  },
  {
    key: 'kompleksitet',
    name: 'Kompleksitet',
    description: 'Teknisk og organisatorisk kompleksitet; lav er bedst.',
    weight: 15,
    direction: 'LOWER_IS_BETTER',
    mandatory: false,
  },
  {
    key: 'tvaergaaende',
    name: 'Tværgående effekt',
    description: 'Lokal (1) eller tværgående for hele kommunen (5).',
    weight: 20,
    direction: 'HIGHER_IS_BETTER',
    mandatory: false,
  },
  {
    key: 'lovkrav',
    name: 'Lovkrav',
    description: 'Projektet er nødvendigt for at overholde lovgivning (5 = lovkrav).',
    weight: 10,
    direction: 'HIGHER_IS_BETTER',
    mandatory: true,
  },
];

export const CATEGORIES: readonly { dimension: string; names: string[] }[] = [
  { dimension: 'COMPLEXITY', names: ['Lav kompleksitet', 'Middel kompleksitet', 'Høj kompleksitet'] },
  { dimension: 'SCOPE', names: ['Lokalt', 'Tværgående'] },
  { dimension: 'FOCUS', names: ['Politisk fokus', 'Administrativt fokus'] },
  { dimension: 'ECONOMY', names: ['Under 1 mio. kr.', '1–5 mio. kr.', 'Over 5 mio. kr.'] },
];

export const COMPETENCIES = [
  'Projektledelse',
  'Forretningskonsulent',
  'Arkitektur',
  'Udbudsjura',
  'Dataanalyse',
] as const;

export interface PortfolioModelIds {
  strategies: Map<string, string>;
  criteria: Map<string, string>;
  /** Category ids per dimension, in the order of CATEGORIES' names. */
  categories: Map<string, string[]>;
  competencies: Map<string, string>;
  requirements: string[];
}

export function buildPortfolioModel(ctx: SeedContext, orgId: string): PortfolioModelIds {
  const { rows } = ctx;
  const ids: PortfolioModelIds = {
    strategies: new Map(),
    criteria: new Map(),
    categories: new Map(),
    competencies: new Map(),
    requirements: [],
  };
  for (const s of STRATEGIES) {
    ids.strategies.set(s.key, ctx.id());
    rows.strategy.push({
      id: ids.strategies.get(s.key)!,
      organisationId: orgId,
      name: s.name,
      description: s.description,
      validFrom: day(s.from),
      validTo: day(s.to),
    });
  }
  PHASES.forEach((p, i) => {
    rows.phaseDefinition.push({
      id: ctx.id(),
      organisationId: orgId,
      key: p.key,
      name: p.name,
      ordinal: i + 1,
      requiredArtefacts: p.required,
    });
  });
  const modelId = ctx.id();
  rows.prioritisationModel.push({
    id: modelId,
    organisationId: orgId,
    name: 'Prioriteringsmodel for digitaliseringsporteføljen',
  });
  CRITERIA.forEach((c, i) => {
    ids.criteria.set(c.key, ctx.id());
    rows.criterion.push({
      id: ids.criteria.get(c.key)!,
      modelId,
      name: c.name,
      description: c.description,
      weight: c.weight,
      scaleMin: 1,
      scaleMax: 5,
      direction: c.direction,
      mandatory: c.mandatory,
      ordinal: i + 1,
    });
  });
  for (const cat of CATEGORIES) {
    const list = cat.names.map((name) => {
      const id = ctx.id();
      rows.category.push({ id, modelId, dimension: cat.dimension, name });
      return id;
    });
    ids.categories.set(cat.dimension, list);
  }
  for (const name of COMPETENCIES) {
    ids.competencies.set(name, ctx.id());
    rows.competency.push({ id: ids.competencies.get(name)!, organisationId: orgId, name });
  }
  for (const [category, title, description] of STANDARD_REQUIREMENTS) {
    const id = ctx.id();
    ids.requirements.push(id);
    rows.standardRequirement.push({ id, organisationId: orgId, category, title, description });
  }
  return ids;
}

/**
 * Ranking keys: 'a0' + the rank in base 36, zero-padded to four digits, + '1'. Equal length and
 * only digits and lower-case letters, so plain string order (any collation) is rank order; the
 * 'a0' head and the non-zero last digit make each a valid fractional-indexing key, so the board's
 * drag and drop (keyBetween in @overblik/domain) can insert between any two seeded keys.
 */
export function rankKey(rank: number): string {
  return `a0${rank.toString(36).padStart(4, '0')}1`;
}
