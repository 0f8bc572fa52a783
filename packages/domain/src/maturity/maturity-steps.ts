/**
 * The maturity model: four successive steps, each a set of criteria. A criterion is either read
 * from a metric computed from the organisation's own data (so the assessment cannot be argued
 * with) or, where no data can show it, answered by self-assessment (metric null).
 */

/** Ratios maturityMetrics computes from counts in the data, all 0..1. */
export const MATURITY_METRIC_KEYS = [
  'usagesWithOwnerShare',
  'contractsWithEndDateShare',
  'projectsInModelShare',
  'decisionsRecordedShare',
  'projectsWithBusinessCaseShare',
  'benefitsWithMeasurementsShare',
  'benefitsWithOwnerShare',
  'projectsLinkedToStrategyShare',
  'benefitsWithHarvestingUnitShare',
] as const;
export type MaturityMetricKey = (typeof MATURITY_METRIC_KEYS)[number];

export interface MaturityCriterionDefinition {
  key: string;
  name: string;
  /** The metric that decides the criterion, or null for a self-assessed yes/no. */
  metric: MaturityMetricKey | null;
  /** Lowest metric value (0..1) that meets the criterion; a self-assessed "yes" counts as 1. */
  threshold: number;
}

export interface MaturityStepDefinition {
  ordinal: number;
  name: string;
  criteria: MaturityCriterionDefinition[];
}

/**
 * Default steps, from "we know what we have" to "benefits and strategy steer". Thresholds sit below
 * 1 where some records legitimately lack the field (a new system not yet given an owner), and at
 * 0.9 where a gap means a governance failure (an unrecorded decision). Organisations may edit them.
 */
export const DEFAULT_MATURITY_STEPS: readonly MaturityStepDefinition[] = [
  {
    ordinal: 1,
    name: 'Overblik over systemer og kontrakter',
    criteria: [
      {
        key: 'usages-owned',
        name: 'Systemer har en systemejer',
        metric: 'usagesWithOwnerShare',
        threshold: 0.8,
      },
      {
        key: 'contracts-dated',
        name: 'Kontrakter har en kendt slutdato',
        metric: 'contractsWithEndDateShare',
        threshold: 0.8,
      },
    ],
  },
  {
    ordinal: 2,
    name: 'Koordineret portefølje med fælles projektmodel',
    criteria: [
      {
        key: 'project-model-adopted',
        name: 'Fælles projektmodel er vedtaget af direktionen',
        metric: null,
        threshold: 1,
      },
      {
        key: 'projects-in-model',
        name: 'Projekter følger projektmodellen',
        metric: 'projectsInModelShare',
        threshold: 0.8,
      },
      {
        key: 'decisions-recorded',
        name: 'Beslutninger om indstillinger er dokumenteret',
        metric: 'decisionsRecordedShare',
        threshold: 0.9,
      },
    ],
  },
  {
    ordinal: 3,
    name: 'Business cases følges op og gevinster måles centralt',
    criteria: [
      {
        key: 'projects-business-case',
        name: 'Projekter har en business case',
        metric: 'projectsWithBusinessCaseShare',
        threshold: 0.8,
      },
      {
        key: 'benefits-owned',
        name: 'Gevinster har en ansvarlig',
        metric: 'benefitsWithOwnerShare',
        threshold: 0.9,
      },
      {
        key: 'benefits-measured',
        name: 'Gevinster bliver målt',
        metric: 'benefitsWithMeasurementsShare',
        threshold: 0.8,
      },
    ],
  },
  {
    ordinal: 4,
    name: 'Gevinster og strategi styrer organisationen',
    criteria: [
      {
        key: 'projects-strategy',
        name: 'Projekter er knyttet til en strategi',
        metric: 'projectsLinkedToStrategyShare',
        threshold: 0.9,
      },
      {
        key: 'benefits-harvested',
        name: 'Gevinster hjemtages i et budget',
        metric: 'benefitsWithHarvestingUnitShare',
        threshold: 0.8,
      },
      {
        key: 'board-steers-on-benefits',
        name: 'Direktionen prioriterer efter realiserede gevinster og strategi',
        metric: null,
        threshold: 1,
      },
    ],
  },
];
