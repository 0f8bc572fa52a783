import { checkRules } from '../shared/rule-errors';
import { integrationConsistency, integrationRuleErrors } from './integration.schema';

const SAG = '11111111-1111-4111-8111-111111111111';
const YDELSE = '22222222-2222-4222-8222-222222222222';

describe('integration rules', () => {
  it('accepts a new integration between two systems and an edit of its facts', () => {
    expect(
      integrationRuleErrors({
        fromUsageId: YDELSE,
        toUsageId: SAG,
        interfaceId: null,
        data: 'Ydelser',
        direction: 'ONE_WAY',
        dataTypes: ['CASE'],
        registerFamilies: [],
      }),
    ).toEqual([]);
    expect(integrationRuleErrors({ direction: 'BIDIRECTIONAL', migrationMonths: 0, frequency: '' })).toEqual(
      [],
    );
    expect(integrationRuleErrors({ migrationMonths: 60 })).toEqual([]);
  });

  it('needs both ends of a new integration', () => {
    expect(integrationRuleErrors({ fromUsageId: SAG, toUsageId: null })).toEqual([
      { field: 'toUsageId', message: 'field.required' },
    ]);
  });

  it('refuses an integration from a system to itself', () => {
    expect(integrationRuleErrors({ fromUsageId: SAG, toUsageId: SAG })).toEqual([
      { field: 'toUsageId', message: 'field.integrationToItself' },
    ]);
    expect(checkRules(integrationConsistency, { fromUsageId: SAG, toUsageId: YDELSE }).ok).toBe(true);
  });

  it('counts migration in whole months from 0 to 60 and bounds the texts', () => {
    expect(
      integrationRuleErrors({
        migrationMonths: 61,
        data: 'x'.repeat(2_001),
        frequency: 'x'.repeat(201),
        direction: 'SIDEWAYS',
        contractId: 'k1',
      }),
    ).toEqual([
      { field: 'data', message: 'field.tooLong', params: { max: 2_000 } },
      { field: 'direction', message: 'field.invalid' },
      { field: 'frequency', message: 'field.tooLong', params: { max: 200 } },
      { field: 'contractId', message: 'field.invalid' },
      { field: 'migrationMonths', message: 'field.max', params: { max: 60 } },
    ]);
    expect(integrationRuleErrors({ migrationMonths: -1 })).toEqual([
      { field: 'migrationMonths', message: 'field.min', params: { min: 0 } },
    ]);
    expect(integrationRuleErrors({ migrationMonths: 2.5 })).toEqual([
      { field: 'migrationMonths', message: 'field.integer' },
    ]);
  });

  it('needs a data type beside a register family', () => {
    expect(integrationRuleErrors({ dataTypes: [], registerFamilies: ['CVR'] })).toEqual([
      { field: 'registerFamilies', message: 'field.registerFamilyWithoutDataType' },
    ]);
  });
});
