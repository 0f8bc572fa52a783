import {
  decideProjectLifecycle,
  isDeletableProject,
  lifecycleActionsFor,
  lifecycleDecisionRuleErrors,
} from './project-lifecycle';

const BOARD = ['PORTFOLIO_STEERING_GROUP'] as const;

describe('pause, resume and stop as board decisions', () => {
  it('pauses an active project, resumes a paused one and stops either', () => {
    expect(decideProjectLifecycle('ACTIVE', 'PAUSE', BOARD, 'Leverandøren er forsinket')).toEqual({
      ok: true,
      next: 'ON_HOLD',
    });
    expect(decideProjectLifecycle('ON_HOLD', 'RESUME', ['EXECUTIVE_BOARD'], 'Leverancen er klar')).toEqual({
      ok: true,
      next: 'ACTIVE',
    });
    expect(decideProjectLifecycle('ACTIVE', 'STOP', BOARD, 'Gevinsten er væk')).toEqual({
      ok: true,
      next: 'CLOSED',
    });
    expect(decideProjectLifecycle('ON_HOLD', 'STOP', BOARD, 'Gevinsten er væk')).toEqual({
      ok: true,
      next: 'CLOSED',
    });
  });

  it('refuses transitions the state does not allow', () => {
    expect(decideProjectLifecycle('ON_HOLD', 'PAUSE', BOARD, 'x')).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
    });
    expect(decideProjectLifecycle('ACTIVE', 'RESUME', BOARD, 'x')).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
    });
    for (const status of ['PROPOSED', 'CLOSED', 'REJECTED'] as const) {
      expect(decideProjectLifecycle(status, 'STOP', BOARD, 'x')).toEqual({
        ok: false,
        code: 'INVALID_TRANSITION',
      });
    }
  });

  it('asks permission first, then the state, then a reason that is not blank', () => {
    // The coordinator prepares the board's case but does not decide; nor does the council.
    expect(decideProjectLifecycle('CLOSED', 'PAUSE', ['PROJECT_COORDINATOR'], '')).toEqual({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(decideProjectLifecycle('ACTIVE', 'PAUSE', ['DIGITALISATION_COUNCIL'], 'x')).toEqual({
      ok: false,
      code: 'FORBIDDEN',
    });
    expect(decideProjectLifecycle('CLOSED', 'PAUSE', BOARD, '')).toEqual({
      ok: false,
      code: 'INVALID_TRANSITION',
    });
    expect(decideProjectLifecycle('ACTIVE', 'PAUSE', BOARD, '   ')).toEqual({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    expect(decideProjectLifecycle('ACTIVE', 'PAUSE', BOARD, null)).toEqual({
      ok: false,
      code: 'REASON_REQUIRED',
    });
  });

  it('offers the board the decisions the status allows, and nobody else any', () => {
    expect(lifecycleActionsFor('ACTIVE', BOARD)).toEqual(['PAUSE', 'STOP']);
    expect(lifecycleActionsFor('ON_HOLD', BOARD)).toEqual(['RESUME', 'STOP']);
    expect(lifecycleActionsFor('CLOSED', BOARD)).toEqual([]);
    expect(lifecycleActionsFor('ACTIVE', ['PROJECT_COORDINATOR', 'ADMINISTRATOR'])).toEqual([]);
  });

  it('reports a blank or overlong reason on the reason field', () => {
    expect(lifecycleDecisionRuleErrors({ action: 'PAUSE', reason: ' ' })).toEqual([
      { field: 'reason', message: 'field.required' },
    ]);
    expect(lifecycleDecisionRuleErrors({ action: 'STOP', reason: 'x'.repeat(20_001) })[0]).toMatchObject({
      field: 'reason',
      message: 'field.tooLong',
    });
    expect(lifecycleDecisionRuleErrors({ action: 'RESUME', reason: 'Klar igen' })).toEqual([]);
  });
});

describe('deleting a project', () => {
  it('is allowed for an idea not yet approved, and for a rejected project in any phase', () => {
    expect(isDeletableProject({ phase: 'idea', status: 'PROPOSED' }, 'idea')).toBe(true);
    expect(isDeletableProject({ phase: 'proposal', status: 'REJECTED' }, 'idea')).toBe(true);
  });

  it('is refused once the project has left the idea phase or was approved', () => {
    expect(isDeletableProject({ phase: 'analysis', status: 'PROPOSED' }, 'idea')).toBe(false);
    expect(isDeletableProject({ phase: 'idea', status: 'ACTIVE' }, 'idea')).toBe(false);
    expect(isDeletableProject({ phase: 'execution', status: 'ON_HOLD' }, 'idea')).toBe(false);
    expect(isDeletableProject({ phase: 'closed', status: 'CLOSED' }, 'idea')).toBe(false);
  });

  it('takes the first phase from the organisation’s own model', () => {
    expect(isDeletableProject({ phase: 'forslag', status: 'PROPOSED' }, 'forslag')).toBe(true);
    expect(isDeletableProject({ phase: 'idea', status: 'PROPOSED' }, 'forslag')).toBe(false);
  });
});
