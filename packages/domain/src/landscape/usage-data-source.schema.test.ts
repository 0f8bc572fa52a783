import { checkRules } from '../shared/rule-errors';
import { usageDataSourceConsistency, usageDataSourceRuleErrors } from './usage-data-source.schema';

const USAGE = '11111111-1111-4111-8111-111111111111';
const COPY = '22222222-2222-4222-8222-222222222222';
const CPR = '33333333-3333-4333-8333-333333333333';

describe('data-source edge rules', () => {
  it('accepts a new edge and an edit with a planned switch', () => {
    expect(
      usageDataSourceRuleErrors({
        usageId: USAGE,
        dataSourceId: COPY,
        channel: 'FILE_TRANSFER',
        yearlyCost: 0,
        authoritative: false,
        dataTypes: ['PERSON'],
        registerFamilies: ['CPR'],
      }),
    ).toEqual([]);
    expect(
      usageDataSourceRuleErrors({
        dataSourceId: COPY,
        purpose: 'Borgeropslag',
        yearlyCost: 12_500.5,
        plannedTargetSourceId: CPR,
        plannedSwitchDate: '2027-01-01',
      }),
    ).toEqual([]);
    // A target without a date is a plan whose date the exit analysis recommends; a date without a
    // target switches a copy to the source it copies.
    expect(usageDataSourceRuleErrors({ dataSourceId: COPY, plannedTargetSourceId: CPR })).toEqual([]);
    expect(usageDataSourceRuleErrors({ dataSourceId: COPY, plannedSwitchDate: '2027-01-01' })).toEqual([]);
  });

  it('needs the source of a new edge and a cost of 0 or more', () => {
    expect(usageDataSourceRuleErrors({ usageId: USAGE, dataSourceId: null, yearlyCost: -1 })).toEqual([
      { field: 'yearlyCost', message: 'field.min', params: { min: 0 } },
      { field: 'dataSourceId', message: 'field.required' },
    ]);
    expect(usageDataSourceRuleErrors({ usageId: USAGE, dataSourceId: COPY, yearlyCost: null })).toEqual([
      { field: 'yearlyCost', message: 'field.required' },
    ]);
    expect(usageDataSourceRuleErrors({ switchingCost: 1e12 + 1, access: 'ALL' })).toEqual([
      { field: 'access', message: 'field.invalid' },
      { field: 'switchingCost', message: 'field.max', params: { max: 1e12 } },
    ]);
  });

  it('needs a target other than the source used', () => {
    expect(usageDataSourceRuleErrors({ dataSourceId: COPY, plannedTargetSourceId: COPY })).toEqual([
      { field: 'plannedTargetSourceId', message: 'field.switchToSameSource' },
    ]);
    // Beside a field error on another field, the switch rule still shows.
    expect(
      usageDataSourceRuleErrors({
        dataSourceId: COPY,
        plannedTargetSourceId: COPY,
        plannedSwitchDate: '1/1/2027',
      }),
    ).toEqual([
      { field: 'plannedSwitchDate', message: 'field.invalid' },
      { field: 'plannedTargetSourceId', message: 'field.switchToSameSource' },
    ]);
  });

  it('checks the payload as it will be stored', () => {
    expect(
      checkRules(usageDataSourceConsistency, {
        dataSourceId: COPY,
        dataTypes: [],
        registerFamilies: ['CPR', 'CPR'],
      }).errors,
    ).toEqual([{ field: 'registerFamilies', message: 'field.registerFamilyWithoutDataType' }]);
  });
});
