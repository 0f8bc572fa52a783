import type { MaturityFacts, MaturityMetric, MaturityStepDefinition } from '../maturity';

/**
 * Counts that meet every default metric threshold with room to spare: 9 of 10 or 19 of 20 where
 * the default threshold is 0.8 or 0.9. Override one count to fail one criterion.
 */
export function aMaturityFacts(overrides: Partial<MaturityFacts> = {}): MaturityFacts {
  return {
    usages: 10,
    usagesWithOwner: 9,
    contracts: 10,
    contractsWithEndDate: 9,
    projects: 20,
    projectsWithBusinessCase: 19,
    projectsInModel: 19,
    projectsLinkedToStrategy: 19,
    decidedProposals: 20,
    decisionsRecorded: 19,
    benefits: 10,
    benefitsWithMeasurements: 10,
    benefitsWithOwner: 10,
    benefitsWithHarvestingUnit: 9,
    ...overrides,
  };
}

export function aMaturityMetric(value: number, overrides: Partial<MaturityMetric> = {}): MaturityMetric {
  return { value, status: 'MEASURED', numerator: value, denominator: 1, ...overrides };
}

export function aMaturityStep(overrides: Partial<MaturityStepDefinition> = {}): MaturityStepDefinition {
  return { ordinal: 1, name: 'Trin 1', criteria: [], ...overrides };
}
