// Public rules of the maturity area.
export type {
  MaturityCriterionDefinition,
  MaturityMetricKey,
  MaturityStepDefinition,
} from './maturity-steps';
export { DEFAULT_MATURITY_STEPS, MATURITY_METRIC_KEYS } from './maturity-steps';
export type { MaturityFacts, MaturityMetric, MaturityMetrics } from './metrics';
export { maturityMetrics } from './metrics';
export type { MaturityAssessment, MaturityCriterionResult, MaturityStepResult } from './assessment';
export { assessMaturity } from './assessment';
export type { MaturityHistoryEntry, MaturityTrend } from './history';
export { maturityHistoryTrend } from './history';
