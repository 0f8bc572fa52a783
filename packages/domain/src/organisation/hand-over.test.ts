import { checkRules } from '../shared/rule-errors';
import { handOverRows, handOverSchema, responsibilityField } from './hand-over';

const u1 = '00000000-0000-4000-8000-000000000001';
const u2 = '00000000-0000-4000-8000-000000000002';
const r1 = '00000000-0000-4000-8000-0000000000a1';
const r2 = '00000000-0000-4000-8000-0000000000a2';

describe('hand-over rules', () => {
  it('maps each role to its field, and only on kinds that have it', () => {
    expect(responsibilityField('PROJECT', 'LEAD')).toBe('leadUserId');
    expect(responsibilityField('BENEFIT', 'ACCOUNTABLE')).toBe('accountableUserId');
    expect(responsibilityField('CONTRACT', 'LEAD')).toBeNull();
  });

  it('refuses handing over to the same person, a role the kind lacks, and nothing ticked', () => {
    const result = checkRules(handOverSchema, {
      fromUserId: u1,
      toUserId: u1,
      items: [{ kind: 'CONTRACT', role: 'LEAD', id: r1, version: 1 }],
    });
    expect(result.errors).toEqual([
      { field: 'items.0.role', message: 'field.invalid' },
      { field: 'toUserId', message: 'field.handOverToSelf' },
    ]);
    expect(checkRules(handOverSchema, { fromUserId: u1, toUserId: u2, items: [] }).errors).toEqual([
      { field: 'items', message: 'field.min', params: { min: 1 } },
    ]);
  });

  it('changes a record holding two of the person’s roles in one write', () => {
    expect(
      handOverRows([
        { kind: 'PROJECT', role: 'OWNER', id: r1, version: 3 },
        { kind: 'CONTRACT', role: 'OWNER', id: r2, version: 1 },
        { kind: 'PROJECT', role: 'LEAD', id: r1, version: 3 },
      ]),
    ).toEqual([
      { kind: 'PROJECT', id: r1, version: 3, fields: ['ownerUserId', 'leadUserId'] },
      { kind: 'CONTRACT', id: r2, version: 1, fields: ['ownerUserId'] },
    ]);
  });
});
