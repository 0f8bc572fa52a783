import { z } from 'zod';
import { PROJECT_LIFECYCLE_ACTIONS, PROJECT_STATUSES } from '../shared/enums';
import { ruleFields } from '../shared/fields';
import { canDecidePortfolio } from '../shared/permissions';
import { checkRules, rule, type RuleError } from '../shared/rule-errors';
import type { Role } from '../shared/roles';

/**
 * A running project's life after approval, steered by the portfolio steering group: the board
 * pauses it, resumes it or stops it, and every such decision carries a reason for the decision log.
 *
 *   PAUSE   ACTIVE            → ON_HOLD
 *   RESUME  ON_HOLD           → ACTIVE
 *   STOP    ACTIVE | ON_HOLD  → CLOSED   (final: a stopped project comes back as a new proposal)
 *
 * A proposed (not yet approved), closed or rejected project takes none of them: the approval path
 * and the gates decide those.
 */

export type ProjectStatus = (typeof PROJECT_STATUSES)[number];
export type ProjectLifecycleAction = (typeof PROJECT_LIFECYCLE_ACTIONS)[number];
export type LifecycleRefusal = 'FORBIDDEN' | 'INVALID_TRANSITION' | 'REASON_REQUIRED';
export type LifecycleDecision = { ok: true; next: ProjectStatus } | { ok: false; code: LifecycleRefusal };

const RULES: Record<ProjectLifecycleAction, { from: readonly ProjectStatus[]; next: ProjectStatus }> = {
  PAUSE: { from: ['ACTIVE'], next: 'ON_HOLD' },
  RESUME: { from: ['ON_HOLD'], next: 'ACTIVE' },
  STOP: { from: ['ACTIVE', 'ON_HOLD'], next: 'CLOSED' },
};

/** Only the board decides; the coordinator prepares the case but cannot pause, resume or stop. */
export const canDecideProjectLifecycle = (roles: readonly Role[]) => canDecidePortfolio(roles);

/**
 * Checks in this order: permission (a user without it learns nothing about the project's state),
 * then the transition, then the reason (blank text counts as no reason).
 */
export function decideProjectLifecycle(
  status: ProjectStatus,
  action: ProjectLifecycleAction,
  roles: readonly Role[],
  reason?: string | null,
): LifecycleDecision {
  if (!canDecideProjectLifecycle(roles)) return { ok: false, code: 'FORBIDDEN' };
  const rule = RULES[action];
  if (!rule.from.includes(status)) return { ok: false, code: 'INVALID_TRANSITION' };
  if (!reason?.trim()) return { ok: false, code: 'REASON_REQUIRED' };
  return { ok: true, next: rule.next };
}

/** The decisions open to these roles on a project in this status, in the order the page offers them. */
export function lifecycleActionsFor(status: ProjectStatus, roles: readonly Role[]): ProjectLifecycleAction[] {
  if (!canDecideProjectLifecycle(roles)) return [];
  return PROJECT_LIFECYCLE_ACTIONS.filter((a) => RULES[a].from.includes(status));
}

/** The decision as both sides accept it: the reason is required and bounded like any text. */
export const lifecycleDecisionFields = z.object({
  action: z.enum(PROJECT_LIFECYCLE_ACTIONS),
  reason: ruleFields.text.refine((r) => r.trim().length > 0, rule('field.required')),
});

export const lifecycleDecisionRuleErrors = (input: unknown): RuleError[] =>
  checkRules(lifecycleDecisionFields, input).errors;

/**
 * A project may be deleted only while it is still an idea (in the model's first phase and never
 * approved) or after the board rejected it: once approved, its decisions, reports and spend are
 * portfolio history that must stay (a running project is stopped instead).
 */
export function isDeletableProject(
  project: { phase: string; status: ProjectStatus },
  firstPhaseKey: string,
): boolean {
  if (project.status === 'REJECTED') return true;
  return project.status === 'PROPOSED' && project.phase === firstPhaseKey;
}
