import { z } from 'zod';
import { RAGS } from '../shared/enums';
import { ruleFields } from '../shared/fields';
import { checkRules, type RuleError } from '../shared/rule-errors';

const rag = z.enum(RAGS);

/** A status report as both sides accept it: every dimension rated, progress in whole percent. */
export const statusReportFields = z.object({
  periodEnd: ruleFields.isoDate,
  ragTime: rag,
  ragCost: rag,
  ragQuality: rag,
  ragScope: rag,
  progressPercent: z.number().int().min(0).max(100),
  spent: ruleFields.money,
  budget: ruleFields.money,
  risks: ruleFields.text.default(''),
  nextSteps: ruleFields.text.default(''),
});

export type StatusReportFields = z.output<typeof statusReportFields>;

export const statusReportRuleErrors = (input: unknown): RuleError[] =>
  checkRules(statusReportFields, input).errors;
