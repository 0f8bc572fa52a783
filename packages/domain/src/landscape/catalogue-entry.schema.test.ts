import { checkRules } from '../shared/rule-errors';
import { catalogueEntryCreate, catalogueEntryRuleErrors } from './catalogue-entry.schema';

const PARENT = '11111111-1111-4111-8111-111111111111';

describe('catalogue entry rules', () => {
  it('accepts an entry with every KITOS fact filled in, and one with the name alone', () => {
    expect(
      catalogueEntryRuleErrors({
        name: 'Sag og Dokument',
        formerName: 'ESDH-system',
        description: 'Journalisering og sagsbehandling.',
        supplierId: '22222222-2222-4222-8222-222222222222',
        businessType: 'CASE_AND_DOCUMENT_MANAGEMENT',
        parentSystemId: PARENT,
      }),
    ).toEqual([]);
    expect(catalogueEntryRuleErrors({ name: 'Løn' })).toEqual([]);
    // Cleared fields are sent as null.
    expect(
      catalogueEntryRuleErrors({ name: 'Løn', formerName: null, businessType: null, parentSystemId: null }),
    ).toEqual([]);
  });

  it('needs a name and bounds the texts', () => {
    expect(
      catalogueEntryRuleErrors({
        name: '  ',
        formerName: 'x'.repeat(201),
        description: 'x'.repeat(5_001),
      }),
    ).toEqual([
      { field: 'name', message: 'field.required' },
      { field: 'formerName', message: 'field.tooLong', params: { max: 200 } },
      { field: 'description', message: 'field.tooLong', params: { max: 5_000 } },
    ]);
  });

  it('refuses a business type outside the list and malformed references', () => {
    expect(
      catalogueEntryRuleErrors({ name: 'A', businessType: 'ESDH', supplierId: 'acme', parentSystemId: '7' }),
    ).toEqual([
      { field: 'supplierId', message: 'field.invalid' },
      { field: 'businessType', message: 'field.invalid' },
      { field: 'parentSystemId', message: 'field.invalid' },
    ]);
  });

  it('registers a new entry as shared unless it is said to be local', () => {
    const shared = checkRules(catalogueEntryCreate, { name: 'A' });
    expect(shared.ok && shared.data.visibility).toBe('SHARED');
    const local = checkRules(catalogueEntryCreate, { name: 'A', visibility: 'LOCAL' });
    expect(local.ok && local.data.visibility).toBe('LOCAL');
  });
});
