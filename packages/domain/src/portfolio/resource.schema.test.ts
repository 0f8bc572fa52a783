import {
  allocationRuleErrors,
  allocationUpdateRuleErrors,
  competencyRuleErrors,
  demandRuleErrors,
  personRuleErrors,
} from './resource.schema';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe('resource rules', () => {
  it('keeps a person’s weekly capacity within the hours of a week', () => {
    const person = { name: 'Anna', weeklyCapacityHours: 37, competencyIds: [id(1)] };
    expect(personRuleErrors(person)).toEqual([]);
    expect(personRuleErrors({ ...person, weeklyCapacityHours: 168 })).toEqual([]);
    expect(personRuleErrors({ ...person, name: ' ', weeklyCapacityHours: 169 })).toEqual([
      { field: 'name', message: 'field.required' },
      { field: 'weeklyCapacityHours', message: 'field.max', params: { max: 168 } },
    ]);
    expect(personRuleErrors({ ...person, weeklyCapacityHours: null })).toEqual([
      { field: 'weeklyCapacityHours', message: 'field.required' },
    ]);
  });

  it('needs a competency’s name', () => {
    expect(competencyRuleErrors({ name: 'Arkitektur' })).toEqual([]);
    expect(competencyRuleErrors({ name: '' })).toEqual([{ field: 'name', message: 'field.required' }]);
  });

  it('books a person on a project in a quarter for 0–168 hours a week', () => {
    const booking = {
      personId: id(1),
      projectId: id(2),
      competencyId: null,
      quarter: '2026-Q3',
      hoursPerWeek: 0,
    };
    expect(allocationRuleErrors(booking)).toEqual([]);
    expect(
      allocationRuleErrors({
        ...booking,
        personId: null,
        projectId: undefined,
        quarter: '2026-Q5',
        hoursPerWeek: -1,
      }),
    ).toEqual([
      { field: 'personId', message: 'field.required' },
      { field: 'projectId', message: 'field.required' },
      { field: 'quarter', message: 'field.invalid' },
      { field: 'hoursPerWeek', message: 'field.min', params: { min: 0 } },
    ]);
    expect(allocationUpdateRuleErrors({ competencyId: id(3), hoursPerWeek: 200 })).toEqual([
      { field: 'hoursPerWeek', message: 'field.max', params: { max: 168 } },
    ]);
  });

  it('needs a competency, a quarter and bounded hours for a project’s demand', () => {
    const demand = { projectId: id(1), competencyId: id(2), quarter: '2027-Q1', hoursPerWeek: 20 };
    expect(demandRuleErrors(demand)).toEqual([]);
    expect(demandRuleErrors({ ...demand, competencyId: null, quarter: null, hoursPerWeek: null })).toEqual([
      { field: 'competencyId', message: 'field.required' },
      { field: 'quarter', message: 'field.required' },
      { field: 'hoursPerWeek', message: 'field.required' },
    ]);
  });
});
