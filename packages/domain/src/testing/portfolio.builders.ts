// Builders for the portfolio area: sensible defaults, every field overridable.
import type {
  CapacityAllocation,
  CapacityDemand,
  CapacityPerson,
  OrderingKeyItem,
  ProjectStatusReport,
  RankableProject,
  ScoringCriterion,
  SynergyProject,
} from '../portfolio';
import { initialKeys } from '../portfolio';

/** A 1–5 criterion where higher is better, weight 1, not mandatory. */
export function aScoringCriterion(overrides: Partial<ScoringCriterion> = {}): ScoringCriterion {
  return {
    id: 'strategic-fit',
    name: 'Strategisk sigte',
    weight: 1,
    scaleMin: 1,
    scaleMax: 5,
    direction: 'HIGHER_IS_BETTER',
    mandatory: false,
    ...overrides,
  };
}

export function aRankableProject(overrides: Partial<RankableProject> = {}): RankableProject {
  return { id: 'p1', name: 'Projekt', score: 50, mandatory: false, ...overrides };
}

/** A full-time (37 h) person with one competency in one unit. */
export function aCapacityPerson(overrides: Partial<CapacityPerson> = {}): CapacityPerson {
  return {
    id: 'person-1',
    competencyIds: ['project-lead'],
    weeklyCapacityHours: 37,
    unitId: 'unit-it',
    ...overrides,
  };
}

export function aCapacityDemand(overrides: Partial<CapacityDemand> = {}): CapacityDemand {
  return {
    projectId: 'p1',
    competencyId: 'project-lead',
    quarter: '2027-Q1',
    hoursPerWeek: 10,
    ...overrides,
  };
}

export function aCapacityAllocation(overrides: Partial<CapacityAllocation> = {}): CapacityAllocation {
  return { personId: 'person-1', projectId: 'p1', quarter: '2027-Q1', hoursPerWeek: 10, ...overrides };
}

export function aSynergyProject(overrides: Partial<SynergyProject> = {}): SynergyProject {
  return { id: 'p1', name: 'Projekt', usageIds: [], capabilities: [], ...overrides };
}

/** An all-green report for project p1. */
export function aStatusReport(overrides: Partial<ProjectStatusReport> = {}): ProjectStatusReport {
  return {
    id: 'report-1',
    projectId: 'p1',
    reportDate: '2027-03-01',
    time: 'GREEN',
    cost: 'GREEN',
    quality: 'GREEN',
    scope: 'GREEN',
    ...overrides,
  };
}

/** Scenario helper: rows with ids p0…p(n-1) and fresh ordering keys, in order. */
export function anOrderedList(n: number): OrderingKeyItem[] {
  return initialKeys(n).map((key, i) => ({ id: `p${i}`, key }));
}
