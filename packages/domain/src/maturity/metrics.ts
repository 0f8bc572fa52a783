import type { MaturityMetricKey } from './maturity-steps';

/** Counts from the organisation's data; each metric is a share of one count in another. */
export interface MaturityFacts {
  usages: number;
  usagesWithOwner: number;
  contracts: number;
  contractsWithEndDate: number;
  projects: number;
  projectsWithBusinessCase: number;
  /** Projects past the idea phase with both an owner and a lead, i.e. run in the project model. */
  projectsInModel: number;
  projectsLinkedToStrategy: number;
  /** Proposals that reached a council or board decision. */
  decidedProposals: number;
  /** Of those, decisions recorded with who, when and why. */
  decisionsRecorded: number;
  benefits: number;
  benefitsWithMeasurements: number;
  benefitsWithOwner: number;
  benefitsWithHarvestingUnit: number;
}

export interface MaturityMetric {
  value: number;
  /** NO_DATA when the denominator is zero: the value is 0 and shows nothing about the organisation. */
  status: 'MEASURED' | 'NO_DATA';
  numerator: number;
  denominator: number;
}

export type MaturityMetrics = Record<MaturityMetricKey, MaturityMetric>;

const ratio = (numerator: number, denominator: number): MaturityMetric =>
  denominator === 0
    ? { value: 0, status: 'NO_DATA', numerator, denominator }
    : { value: numerator / denominator, status: 'MEASURED', numerator, denominator };

/** Computes every maturity metric as a ratio of counts (see MATURITY_METRIC_KEYS). */
export function maturityMetrics(facts: MaturityFacts): MaturityMetrics {
  return {
    usagesWithOwnerShare: ratio(facts.usagesWithOwner, facts.usages),
    contractsWithEndDateShare: ratio(facts.contractsWithEndDate, facts.contracts),
    projectsInModelShare: ratio(facts.projectsInModel, facts.projects),
    decisionsRecordedShare: ratio(facts.decisionsRecorded, facts.decidedProposals),
    projectsWithBusinessCaseShare: ratio(facts.projectsWithBusinessCase, facts.projects),
    benefitsWithMeasurementsShare: ratio(facts.benefitsWithMeasurements, facts.benefits),
    benefitsWithOwnerShare: ratio(facts.benefitsWithOwner, facts.benefits),
    projectsLinkedToStrategyShare: ratio(facts.projectsLinkedToStrategy, facts.projects),
    benefitsWithHarvestingUnitShare: ratio(facts.benefitsWithHarvestingUnit, facts.benefits),
  };
}
