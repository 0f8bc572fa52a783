import { checkRules } from '../shared/rule-errors';
import { overlapAcceptFields, overlapReopenFields } from './overlap-acceptance.schema';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const C = '33333333-3333-4333-8333-333333333333';

describe('accepting and reopening an overlap', () => {
  it('needs a reason, trimmed, of at most 2,000 characters', () => {
    const ok = checkRules(overlapAcceptFields, {
      capabilityId: C,
      usageIds: [A, B],
      reason: '  Kept on purpose ',
    });
    expect(ok).toEqual({
      ok: true,
      data: { capabilityId: C, usageIds: [A, B], reason: 'Kept on purpose' },
      errors: [],
    });
    expect(
      checkRules(overlapAcceptFields, { capabilityId: C, usageIds: [A, B], reason: '   ' }).errors,
    ).toEqual([{ field: 'reason', message: 'field.required' }]);
    expect(
      checkRules(overlapAcceptFields, { capabilityId: C, usageIds: [A, B], reason: 'x'.repeat(2_001) })
        .errors,
    ).toEqual([{ field: 'reason', message: 'field.tooLong', params: { max: 2_000 } }]);
  });

  it('is an overlap of at least two systems', () => {
    const errors = checkRules(overlapAcceptFields, { capabilityId: C, usageIds: [A], reason: 'r' }).errors;
    expect(errors.map((e) => e.field)).toEqual(['usageIds']);
  });

  it('reopens with or without a reason', () => {
    expect(checkRules(overlapReopenFields, { reason: null }).ok).toBe(true);
    expect(checkRules(overlapReopenFields, {}).ok).toBe(true);
    expect(checkRules(overlapReopenFields, { reason: 'x'.repeat(2_001) }).ok).toBe(false);
  });
});
