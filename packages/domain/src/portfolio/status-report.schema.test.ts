import { statusReportRuleErrors } from './status-report.schema';

const report = {
  periodEnd: '2026-03-31',
  ragTime: 'GREEN',
  ragCost: 'AMBER',
  ragQuality: 'GREEN',
  ragScope: 'RED',
  progressPercent: 100,
  spent: 0,
  budget: 400_000,
};

describe('status report rules', () => {
  it('accepts a report with every dimension rated and progress within 0–100 %', () => {
    expect(statusReportRuleErrors(report)).toEqual([]);
    expect(statusReportRuleErrors({ ...report, progressPercent: 0 })).toEqual([]);
  });

  it('needs every rating, a day, whole progress up to 100 % and amounts of at least 0', () => {
    expect(
      statusReportRuleErrors({
        ...report,
        periodEnd: '31-03-2026',
        ragTime: null,
        ragScope: 'BLUE',
        progressPercent: 101,
        spent: -1,
        budget: undefined,
      }),
    ).toEqual([
      { field: 'periodEnd', message: 'field.invalid' },
      { field: 'ragTime', message: 'field.required' },
      { field: 'ragScope', message: 'field.invalid' },
      { field: 'progressPercent', message: 'field.max', params: { max: 100 } },
      { field: 'spent', message: 'field.min', params: { min: 0 } },
      { field: 'budget', message: 'field.required' },
    ]);
    expect(statusReportRuleErrors({ ...report, progressPercent: 40.5 })).toEqual([
      { field: 'progressPercent', message: 'field.integer' },
    ]);
  });
});
