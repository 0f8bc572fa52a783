import { checkRules } from '../shared/rule-errors';
import { projectPeriod, projectRuleErrors } from './project.schema';

describe('project rules', () => {
  it('accepts a named project whose period may start and end on one day', () => {
    expect(
      projectRuleErrors({ name: 'Ny ESDH', startDate: '2026-01-01', endDate: '2026-01-01', budget: 0 }),
    ).toEqual([]);
  });

  it('needs a name, a non-negative budget and an end on or after the start, all reported at once', () => {
    expect(
      projectRuleErrors({
        name: '  ',
        startDate: '2026-03-01',
        endDate: '2026-02-28',
        budget: -1,
      }),
    ).toEqual([
      { field: 'name', message: 'field.required' },
      { field: 'budget', message: 'field.min', params: { min: 0 } },
      { field: 'endDate', message: 'field.dateOrder' },
    ]);
  });

  it('leaves the status out: the approval path, the gates and the board decide it', () => {
    expect(projectRuleErrors({ name: 'Ny ESDH', status: 'DONE' })).toEqual([]);
  });

  it('does not compare a malformed date, which the field rule reports', () => {
    expect(projectRuleErrors({ name: 'x', startDate: '1. marts', endDate: '2026-02-28' })).toEqual([
      { field: 'startDate', message: 'field.invalid' },
    ]);
  });

  it('checks the period of the project as stored, with either end missing', () => {
    expect(checkRules(projectPeriod, { startDate: '2026-05-01', endDate: null }).ok).toBe(true);
    expect(checkRules(projectPeriod, { startDate: '2026-05-01', endDate: '2026-04-30' }).errors).toEqual([
      { field: 'endDate', message: 'field.dateOrder' },
    ]);
  });
});
