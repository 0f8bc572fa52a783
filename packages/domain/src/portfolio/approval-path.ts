import { canDecidePortfolio, canPrequalifyProposals, canProposeProjects } from '../shared/permissions';
import type { Role } from '../shared/roles';

/**
 * The approval path of a proposal (indstilling): a system or project owner submits, the
 * digitalisation council pre-qualifies or returns it, and the portfolio steering group approves,
 * rejects or defers. Each step is a separate permission so the council can never decide.
 *
 *   SUBMIT      DRAFT | RETURNED         → SUBMITTED     proposer (portfolio.propose)
 *   PREQUALIFY  SUBMITTED                → PREQUALIFIED  council  (portfolio.prequalify)
 *   RETURN      SUBMITTED                → RETURNED      council, with a reason
 *   APPROVE     PREQUALIFIED | DEFERRED  → APPROVED      board    (portfolio.decide)
 *   REJECT      PREQUALIFIED | DEFERRED  → REJECTED      board, with a reason
 *   DEFER       PREQUALIFIED | DEFERRED  → DEFERRED      board, with a reason
 *
 * APPROVED and REJECTED are final; a rejected idea comes back as a new proposal.
 */

export type ProposalStatus =
  'DRAFT' | 'SUBMITTED' | 'PREQUALIFIED' | 'RETURNED' | 'APPROVED' | 'REJECTED' | 'DEFERRED';

export type ProposalAction = 'SUBMIT' | 'PREQUALIFY' | 'RETURN' | 'APPROVE' | 'REJECT' | 'DEFER';

export type ApprovalStage = 'COUNCIL' | 'BOARD';

export type ProposalRefusal = 'FORBIDDEN' | 'INVALID_TRANSITION' | 'REASON_REQUIRED';

export type ProposalDecision = { ok: true; next: ProposalStatus } | { ok: false; code: ProposalRefusal };

interface ActionRule {
  /** The shared `can…` predicate the web app also asks before it offers the action. */
  allowed: (roles: readonly Role[]) => boolean;
  from: readonly ProposalStatus[];
  next: ProposalStatus;
  stage: ApprovalStage | null;
  /** Returning, rejecting and deferring must be explained to the proposer and recorded. */
  reasonRequired: boolean;
}

const RULES: Record<ProposalAction, ActionRule> = {
  SUBMIT: {
    allowed: canProposeProjects,
    from: ['DRAFT', 'RETURNED'],
    next: 'SUBMITTED',
    stage: null,
    reasonRequired: false,
  },
  PREQUALIFY: {
    allowed: canPrequalifyProposals,
    from: ['SUBMITTED'],
    next: 'PREQUALIFIED',
    stage: 'COUNCIL',
    reasonRequired: false,
  },
  RETURN: {
    allowed: canPrequalifyProposals,
    from: ['SUBMITTED'],
    next: 'RETURNED',
    stage: 'COUNCIL',
    reasonRequired: true,
  },
  APPROVE: {
    allowed: canDecidePortfolio,
    from: ['PREQUALIFIED', 'DEFERRED'],
    next: 'APPROVED',
    stage: 'BOARD',
    reasonRequired: false,
  },
  REJECT: {
    allowed: canDecidePortfolio,
    from: ['PREQUALIFIED', 'DEFERRED'],
    next: 'REJECTED',
    stage: 'BOARD',
    reasonRequired: true,
  },
  DEFER: {
    allowed: canDecidePortfolio,
    from: ['PREQUALIFIED', 'DEFERRED'],
    next: 'DEFERRED',
    stage: 'BOARD',
    reasonRequired: true,
  },
};

/** Which body takes the decision: the council, the board, or null for the proposer's own submit. */
export function stageOf(action: ProposalAction): ApprovalStage | null {
  return RULES[action].stage;
}

export function requiresReason(action: ProposalAction): boolean {
  return RULES[action].reasonRequired;
}

/**
 * Checks in this order: permission (a user without it learns nothing about the proposal's
 * state), then the transition, then the reason (blank text counts as no reason).
 */
export function decideProposal(
  status: ProposalStatus,
  action: ProposalAction,
  roles: readonly Role[],
  reason?: string | null,
): ProposalDecision {
  const rule = RULES[action];
  if (!rule.allowed(roles)) return { ok: false, code: 'FORBIDDEN' };
  if (!rule.from.includes(status)) return { ok: false, code: 'INVALID_TRANSITION' };
  if (rule.reasonRequired && !reason?.trim()) return { ok: false, code: 'REASON_REQUIRED' };
  return { ok: true, next: rule.next };
}
