import { contractRuleErrors } from './contract.schema';

const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const valid = {
  name: 'Booking',
  startDate: '2026-01-01',
  endDate: '2027-12-31',
  options: [{ ordinal: 1, months: 12, exercisedOn: null }],
  economyLines: [{ kind: 'YEARLY_OPERATION', amount: 5000, unitId: null }],
  coveredUsageIds: [id(1)],
  successorId: id(2),
};

describe('contract rules', () => {
  it('accepts a complete term model', () => {
    expect(contractRuleErrors(valid)).toEqual([]);
  });

  it('reports a missing name and start date as required', () => {
    expect(contractRuleErrors({ ...valid, name: '  ', startDate: '' })).toEqual([
      { field: 'name', message: 'field.required' },
      { field: 'startDate', message: 'field.required' },
    ]);
  });

  it('keeps end, irrevocable and termination dates on or after the start, reported on the later field', () => {
    expect(
      contractRuleErrors({
        ...valid,
        endDate: '2025-12-31',
        irrevocableUntil: '2025-06-01',
        terminatedOn: '2026-01-01',
      }),
    ).toEqual([
      { field: 'endDate', message: 'field.dateOrder' },
      { field: 'irrevocableUntil', message: 'field.dateOrder' },
    ]);
    expect(contractRuleErrors({ ...valid, endDate: '2026-01-01' })).toEqual([]);
  });

  it('reports date order alongside other fields’ errors, but not against a start date that is missing', () => {
    expect(contractRuleErrors({ ...valid, name: '', endDate: '2025-12-31' })).toEqual([
      { field: 'name', message: 'field.required' },
      { field: 'endDate', message: 'field.dateOrder' },
    ]);
    expect(contractRuleErrors({ ...valid, startDate: '', endDate: '2025-12-31' })).toEqual([
      { field: 'startDate', message: 'field.required' },
    ]);
  });

  it('bounds months, percentages and amounts, per list row', () => {
    expect(
      contractRuleErrors({
        ...valid,
        noticePeriodMonths: -1,
        durationMonths: 1.5,
        uptimePercent: 101,
        indexationPercent: -60,
        options: [
          { ordinal: 1, months: 6 },
          { ordinal: 2, months: 0 },
        ],
        economyLines: [{ kind: 'OTHER', amount: -1 }],
      }),
    ).toEqual([
      { field: 'durationMonths', message: 'field.integer' },
      { field: 'noticePeriodMonths', message: 'field.min', params: { min: 0 } },
      { field: 'uptimePercent', message: 'field.max', params: { max: 100 } },
      { field: 'indexationPercent', message: 'field.min', params: { min: -50 } },
      { field: 'options.1.months', message: 'field.min', params: { min: 1 } },
      { field: 'economyLines.0.amount', message: 'field.min', params: { min: 0 } },
    ]);
  });

  it('refuses a kind outside the shared list', () => {
    expect(contractRuleErrors({ ...valid, noticeRule: 'WEEKLY' })).toEqual([
      { field: 'noticeRule', message: 'field.invalid' },
    ]);
  });
});
