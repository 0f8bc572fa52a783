import { checkRules } from '../shared/rule-errors';
import { programmeAssignmentProblem, programmeProjectIds, programmeRuleErrors } from './programme.schema';

describe('programme rules', () => {
  it('accepts a named programme with a leader and strategies', () => {
    expect(
      programmeRuleErrors({
        name: 'Digital velfærd',
        leadUserId: '6f1c2a0e-8d2b-4c3a-9e1f-0a1b2c3d4e5f',
        strategyIds: [],
      }),
    ).toEqual([]);
  });

  it('needs a name and a well-formed leader id, reported at once', () => {
    expect(programmeRuleErrors({ name: ' ', leadUserId: 'lederen' })).toEqual([
      { field: 'name', message: 'field.required' },
      { field: 'leadUserId', message: 'field.invalid' },
    ]);
  });

  it('counts a project named twice once', () => {
    const id = '6f1c2a0e-8d2b-4c3a-9e1f-0a1b2c3d4e5f';
    expect(checkRules(programmeProjectIds, [id, id])).toMatchObject({ ok: true, data: [id] });
  });

  it('lets only a programme that is not archived take projects', () => {
    expect(programmeAssignmentProblem({ archived: false })).toBeNull();
    expect(programmeAssignmentProblem({ archived: true })).toBe('PROGRAMME_ARCHIVED');
  });
});
