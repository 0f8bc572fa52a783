import { z } from 'zod';
import { ruleFields } from '../shared/fields';
import { checkRules, rule, type RuleError } from '../shared/rule-errors';
import { requiresReason, type ProposalAction } from './approval-path';
import { businessCaseLines } from './project-records.schema';

const { name, text } = ruleFields;

/** A proposal (indstilling) as submitted: the project's name and the case for it. */
export const proposalSubmission = z.object({
  name,
  description: text.default(''),
  unitId: z.uuid().nullish(),
  problem: z.string().trim().min(1).max(20_000),
  asIs: text.default(''),
  toBe: text.default(''),
  resourcesNeeded: text.default(''),
  businessCase: businessCaseLines.default([]),
  usageIds: z.array(z.uuid()).max(200).default([]),
  strategyIds: z.array(z.uuid()).max(50).default([]),
});

export const proposalRuleErrors = (input: unknown): RuleError[] =>
  checkRules(proposalSubmission, input).errors;

export const PROPOSAL_DECISIONS = ['PREQUALIFY', 'RETURN', 'APPROVE', 'REJECT', 'DEFER'] as const;

/**
 * A council or board decision. Returning, rejecting and deferring need a reason (the approval
 * path's `requiresReason`): the proposer is told why, and the record keeps it.
 */
export const proposalDecision = z
  .object({ action: z.enum(PROPOSAL_DECISIONS), reason: text.nullish() })
  .refine((v) => !requiresReason(v.action) || !!v.reason?.trim(), rule('field.required', 'reason'));

export const decisionRuleErrors = (
  action: Exclude<ProposalAction, 'SUBMIT'>,
  reason: string | null,
): RuleError[] => checkRules(proposalDecision, { action, reason }).errors;
