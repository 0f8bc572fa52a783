import type { Role } from '../shared/roles';
import {
  decideProposal,
  requiresReason,
  stageOf,
  type ProposalAction,
  type ProposalStatus,
} from './approval-path';

const proposer: Role[] = ['PROJECT_LEAD'];
const council: Role[] = ['DIGITALISATION_COUNCIL'];
const board: Role[] = ['PORTFOLIO_STEERING_GROUP'];

describe('decideProposal', () => {
  it('walks the happy path: submit, pre-qualify, approve', () => {
    expect(decideProposal('DRAFT', 'SUBMIT', proposer)).toEqual({ ok: true, next: 'SUBMITTED' });
    expect(decideProposal('SUBMITTED', 'PREQUALIFY', council)).toEqual({ ok: true, next: 'PREQUALIFIED' });
    expect(decideProposal('PREQUALIFIED', 'APPROVE', board)).toEqual({ ok: true, next: 'APPROVED' });
  });

  it('lets the council return a proposal with a reason and the proposer resubmit it', () => {
    expect(decideProposal('SUBMITTED', 'RETURN', council, 'Mangler business case')).toEqual({
      ok: true,
      next: 'RETURNED',
    });
    expect(decideProposal('RETURNED', 'SUBMIT', ['SYSTEM_OWNER'])).toEqual({ ok: true, next: 'SUBMITTED' });
  });

  it('lets the board reject or defer with a reason, and decide a deferred proposal later', () => {
    expect(decideProposal('PREQUALIFIED', 'REJECT', board, 'Ingen gevinst')).toEqual({
      ok: true,
      next: 'REJECTED',
    });
    expect(decideProposal('PREQUALIFIED', 'DEFER', board, 'Afvent budget')).toEqual({
      ok: true,
      next: 'DEFERRED',
    });
    expect(decideProposal('DEFERRED', 'DEFER', board, 'Stadig intet budget')).toEqual({
      ok: true,
      next: 'DEFERRED',
    });
    expect(decideProposal('DEFERRED', 'APPROVE', ['EXECUTIVE_BOARD'])).toEqual({
      ok: true,
      next: 'APPROVED',
    });
  });

  it('keeps the council from deciding and the board from pre-qualifying', () => {
    expect(decideProposal('PREQUALIFIED', 'APPROVE', council)).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(decideProposal('SUBMITTED', 'PREQUALIFY', board)).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(decideProposal('DRAFT', 'SUBMIT', ['READER'])).toEqual({ ok: false, code: 'FORBIDDEN' });
  });

  it('checks permission before the transition, so outsiders learn nothing about the state', () => {
    // APPROVED cannot be approved again, but a reader is told FORBIDDEN, not INVALID_TRANSITION.
    expect(decideProposal('APPROVED', 'APPROVE', ['READER'])).toEqual({ ok: false, code: 'FORBIDDEN' });
  });

  it('refuses transitions from the wrong status, final states included', () => {
    const invalid: [ProposalStatus, ProposalAction, Role[]][] = [
      ['DRAFT', 'PREQUALIFY', council],
      ['SUBMITTED', 'APPROVE', board], // the board cannot skip the council
      ['SUBMITTED', 'SUBMIT', proposer],
      ['DEFERRED', 'RETURN', council],
      ['APPROVED', 'REJECT', board],
      ['REJECTED', 'SUBMIT', proposer],
      ['REJECTED', 'APPROVE', board],
    ];
    for (const [status, action, roles] of invalid) {
      expect(decideProposal(status, action, roles, 'begrundelse')).toEqual({
        ok: false,
        code: 'INVALID_TRANSITION',
      });
    }
  });

  it('requires a non-blank reason to return, reject or defer', () => {
    expect(decideProposal('SUBMITTED', 'RETURN', council)).toEqual({ ok: false, code: 'REASON_REQUIRED' });
    expect(decideProposal('PREQUALIFIED', 'REJECT', board, '   ')).toEqual({
      ok: false,
      code: 'REASON_REQUIRED',
    });
    expect(decideProposal('PREQUALIFIED', 'DEFER', board, null)).toEqual({
      ok: false,
      code: 'REASON_REQUIRED',
    });
  });
});

describe('stageOf and requiresReason', () => {
  it('places each action with the council, the board or the proposer', () => {
    expect(stageOf('SUBMIT')).toBeNull();
    expect([stageOf('PREQUALIFY'), stageOf('RETURN')]).toEqual(['COUNCIL', 'COUNCIL']);
    expect([stageOf('APPROVE'), stageOf('REJECT'), stageOf('DEFER')]).toEqual(['BOARD', 'BOARD', 'BOARD']);
  });

  it('asks for a reason only when the proposer is turned away or kept waiting', () => {
    const actions: ProposalAction[] = ['SUBMIT', 'PREQUALIFY', 'RETURN', 'APPROVE', 'REJECT', 'DEFER'];
    expect(actions.filter(requiresReason)).toEqual(['RETURN', 'REJECT', 'DEFER']);
  });
});
