import { dataSourceConsistency, dataSourceFields, dataSourceRuleErrors } from './data-source.schema';
import { checkRules } from '../shared/rule-errors';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

describe('data source rules', () => {
  it('accepts a named source of a known kind, with or without the optional facts', () => {
    expect(dataSourceRuleErrors({ name: 'CPR', kind: 'BASE_REGISTER' })).toEqual([]);
    expect(
      dataSourceRuleErrors({
        id: A,
        name: 'Lokal CPR-kopi',
        kind: 'COPY_REGISTER',
        copyOfId: B,
        registerFamily: 'CPR',
        defaultChannel: 'FILE_TRANSFER',
        lifecycle: 'PHASING_OUT',
        endsOn: '2027-06-30',
        costModel: '',
        description: '',
      }),
    ).toEqual([]);
  });

  it('reads a blank name or a missing kind as required, and bounds every field', () => {
    expect(dataSourceRuleErrors({ name: '  ' })).toEqual([
      { field: 'name', message: 'field.required' },
      { field: 'kind', message: 'field.required' },
    ]);
    expect(
      dataSourceRuleErrors({
        name: 'x'.repeat(201),
        kind: 'MIRROR',
        registerFamily: 'x'.repeat(51),
        copyOfId: 'not-an-id',
        defaultChannel: 'EMAIL',
        lifecycle: 'GONE',
        endsOn: '30-06-2027',
        costModel: 'x'.repeat(2_001),
      }),
    ).toEqual([
      { field: 'name', message: 'field.tooLong', params: { max: 200 } },
      { field: 'kind', message: 'field.invalid' },
      { field: 'registerFamily', message: 'field.tooLong', params: { max: 50 } },
      { field: 'copyOfId', message: 'field.invalid' },
      { field: 'defaultChannel', message: 'field.invalid' },
      { field: 'costModel', message: 'field.tooLong', params: { max: 2_000 } },
      { field: 'lifecycle', message: 'field.invalid' },
      { field: 'endsOn', message: 'field.invalid' },
    ]);
  });

  it('refuses a source that copies itself, also beside other errors', () => {
    expect(dataSourceRuleErrors({ id: A, name: 'Kopi', kind: 'COPY_REGISTER', copyOfId: A })).toEqual([
      { field: 'copyOfId', message: 'field.copyOfSelf' },
    ]);
    expect(dataSourceRuleErrors({ id: A, name: '', kind: 'COPY_REGISTER', copyOfId: A })).toEqual([
      { field: 'name', message: 'field.required' },
      { field: 'copyOfId', message: 'field.copyOfSelf' },
    ]);
    // A new source has no id yet, so it cannot name itself.
    expect(checkRules(dataSourceConsistency, { id: null, copyOfId: A }).errors).toEqual([]);
  });

  it('lets an update send only its changes', () => {
    expect(checkRules(dataSourceFields.partial(), { lifecycle: 'RETIRED' }).errors).toEqual([]);
    expect(checkRules(dataSourceFields.partial(), { name: '' }).errors).toEqual([
      { field: 'name', message: 'field.required' },
    ]);
  });
});
