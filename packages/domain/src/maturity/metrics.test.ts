import { aMaturityFacts } from '../testing/maturity.builders';
import { maturityMetrics } from './metrics';

describe('maturityMetrics', () => {
  it('computes each share from its counts', () => {
    const metrics = maturityMetrics(
      aMaturityFacts({
        usages: 10,
        usagesWithOwner: 8,
        projects: 20,
        projectsInModel: 15,
        projectsWithBusinessCase: 19,
        projectsLinkedToStrategy: 10,
        decidedProposals: 4,
        decisionsRecorded: 3,
        benefits: 8,
        benefitsWithMeasurements: 2,
        benefitsWithOwner: 6,
        benefitsWithHarvestingUnit: 8,
      }),
    );
    // 8/10, 15/20, 19/20, 10/20, 3/4, 2/8, 6/8, 8/8
    expect(metrics.usagesWithOwnerShare).toEqual({
      value: 0.8,
      status: 'MEASURED',
      numerator: 8,
      denominator: 10,
    });
    expect(metrics.projectsInModelShare.value).toBe(0.75);
    expect(metrics.projectsWithBusinessCaseShare.value).toBe(0.95);
    expect(metrics.projectsLinkedToStrategyShare.value).toBe(0.5);
    expect(metrics.decisionsRecordedShare.value).toBe(0.75);
    expect(metrics.benefitsWithMeasurementsShare.value).toBe(0.25);
    expect(metrics.benefitsWithOwnerShare.value).toBe(0.75);
    expect(metrics.benefitsWithHarvestingUnitShare.value).toBe(1);
    // default facts: 9 of 10 contracts have an end date
    expect(metrics.contractsWithEndDateShare.value).toBe(0.9);
  });

  it('reports a zero denominator as 0 with NO_DATA', () => {
    const metrics = maturityMetrics(
      aMaturityFacts({
        benefits: 0,
        benefitsWithOwner: 0,
        benefitsWithMeasurements: 0,
        benefitsWithHarvestingUnit: 0,
      }),
    );
    expect(metrics.benefitsWithOwnerShare).toEqual({
      value: 0,
      status: 'NO_DATA',
      numerator: 0,
      denominator: 0,
    });
    expect(metrics.benefitsWithMeasurementsShare.status).toBe('NO_DATA');
    expect(metrics.benefitsWithHarvestingUnitShare.status).toBe('NO_DATA');
    expect(metrics.usagesWithOwnerShare.status).toBe('MEASURED');
  });
});
