import type {
  Benefit,
  BenefitMeasurement,
  BenefitProfilePoint,
  FollowUpProject,
  VerificationContractFact,
  VerificationCopyEdgeFact,
  VerificationUsageFact,
} from '../benefit';

/**
 * A kr. cost saving with no profile and no measurements: baseline 1,000,000 kr. a year down to
 * 600,000 (DECREASE), cashable, owned, harvested by unit-1, serving strategy-1.
 */
export function aBenefit(overrides: Partial<Benefit> = {}): Benefit {
  return {
    id: 'benefit-1',
    projectId: 'project-1',
    title: 'Lavere driftsudgift',
    type: 'ECONOMIC_KR',
    cashable: true,
    baseline: 1_000_000,
    target: 600_000,
    direction: 'DECREASE',
    startDate: '2027-01-01',
    dueDate: '2028-12-31',
    profile: [],
    measurements: [],
    responsibleUserId: 'user-1',
    harvestingUnitId: 'unit-1',
    strategyIds: ['strategy-1'],
    ...overrides,
  };
}

export function aMeasurement(overrides: Partial<BenefitMeasurement> = {}): BenefitMeasurement {
  return { measuredOn: '2027-06-30', value: 0, ...overrides };
}

export function aProfilePoint(overrides: Partial<BenefitProfilePoint> = {}): BenefitProfilePoint {
  return { date: '2027-12-31', plannedValue: 0, ...overrides };
}

export function aUsageFact(overrides: Partial<VerificationUsageFact> = {}): VerificationUsageFact {
  return { id: 'usage-1', lifecycle: 'IN_USE', retiredOn: null, ...overrides };
}

/** A running contract (ends 2028-03-31) for usage-1 alone, 120,000 kr. yearly operation. */
export function aContractFact(overrides: Partial<VerificationContractFact> = {}): VerificationContractFact {
  return {
    id: 'contract-1',
    currentEnd: '2028-03-31',
    terminatedOn: null,
    renewedByContractId: null,
    yearlyOperationCost: 120_000,
    coveredUsageIds: ['usage-1'],
    ...overrides,
  };
}

/** A not-yet-switched purchase of CPR data through a supplier's copy register, 80,000 kr. a year. */
export function aCopyEdgeFact(overrides: Partial<VerificationCopyEdgeFact> = {}): VerificationCopyEdgeFact {
  return {
    id: 'edge-1',
    dataSourceKind: 'COPY_REGISTER',
    authoritative: false,
    yearlyCost: 80_000,
    switchedOn: null,
    ...overrides,
  };
}

export function aFollowUpProject(overrides: Partial<FollowUpProject> = {}): FollowUpProject {
  return { id: 'project-1', hasBusinessCase: true, ...overrides };
}
