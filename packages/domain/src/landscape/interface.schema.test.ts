import { checkRules } from '../shared/rule-errors';
import { interfaceFields, interfaceRuleErrors } from './interface.schema';

describe('interface rules', () => {
  it('accepts a named interface with a declared payload', () => {
    expect(
      interfaceRuleErrors({
        name: 'Sag-API',
        protocol: 'REST',
        providerSystemId: '11111111-1111-4111-8111-111111111111',
        dataTypes: ['PERSON', 'CASE'],
        registerFamilies: ['CPR'],
      }),
    ).toEqual([]);
    expect(interfaceRuleErrors({ name: 'Fil', dataTypes: [], registerFamilies: [] })).toEqual([]);
  });

  it('needs a name and bounds the texts', () => {
    expect(
      interfaceRuleErrors({
        name: ' ',
        protocol: 'x'.repeat(101),
        dataDescription: 'x'.repeat(2_001),
        description: 'x'.repeat(5_001),
      }),
    ).toEqual([
      { field: 'name', message: 'field.required' },
      { field: 'description', message: 'field.tooLong', params: { max: 5_000 } },
      { field: 'protocol', message: 'field.tooLong', params: { max: 100 } },
      { field: 'dataDescription', message: 'field.tooLong', params: { max: 2_000 } },
    ]);
  });

  it('refuses unknown payload values, repeated ones, and families without a data type', () => {
    expect(interfaceRuleErrors({ name: 'A', dataTypes: ['PERSONS'], registerFamilies: ['SKAT'] })).toEqual([
      { field: 'dataTypes.0', message: 'field.invalid' },
      { field: 'registerFamilies.0', message: 'field.invalid' },
    ]);
    expect(interfaceRuleErrors({ name: 'A', dataTypes: ['CASE', 'CASE'] })).toEqual([
      { field: 'dataTypes', message: 'field.invalid' },
    ]);
    expect(interfaceRuleErrors({ name: 'A', dataTypes: [], registerFamilies: ['CPR'] })).toEqual([
      { field: 'registerFamilies', message: 'field.registerFamilyWithoutDataType' },
    ]);
    // Beside a field error on another field, the payload rule still shows.
    expect(interfaceRuleErrors({ name: '', registerFamilies: ['CPR'] })).toEqual([
      { field: 'name', message: 'field.required' },
      { field: 'registerFamilies', message: 'field.registerFamilyWithoutDataType' },
    ]);
  });

  it('lets an update send only its changes', () => {
    expect(checkRules(interfaceFields.partial(), { protocol: null }).errors).toEqual([]);
  });
});
