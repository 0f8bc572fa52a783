import { decisionRuleErrors, proposalRuleErrors } from './proposal.schema';

describe('proposal rules', () => {
  it('needs a name and the problem the proposal solves', () => {
    expect(proposalRuleErrors({ name: 'Digital post', problem: 'Breve sendes på papir.' })).toEqual([]);
    expect(
      proposalRuleErrors({
        name: '',
        problem: '   ',
        businessCase: [{ kind: 'ONE_OFF_COST', amount: -1 }],
        strategyIds: ['not-an-id'],
      }),
    ).toEqual([
      { field: 'name', message: 'field.required' },
      { field: 'problem', message: 'field.required' },
      { field: 'businessCase.0.amount', message: 'field.min', params: { min: 0 } },
      { field: 'strategyIds.0', message: 'field.invalid' },
    ]);
  });

  it('needs a reason to return, reject or defer, not to pre-qualify or approve', () => {
    for (const action of ['RETURN', 'REJECT', 'DEFER'] as const) {
      expect(decisionRuleErrors(action, '  ')).toEqual([{ field: 'reason', message: 'field.required' }]);
      expect(decisionRuleErrors(action, null)).toEqual([{ field: 'reason', message: 'field.required' }]);
      expect(decisionRuleErrors(action, 'Mangler gevinster.')).toEqual([]);
    }
    expect(decisionRuleErrors('PREQUALIFY', null)).toEqual([]);
    expect(decisionRuleErrors('APPROVE', '')).toEqual([]);
  });
});
