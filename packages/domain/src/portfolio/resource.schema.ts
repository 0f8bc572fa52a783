import { z } from 'zod';
import { ruleFields } from '../shared/fields';
import { checkRules, type RuleError } from '../shared/rule-errors';

/** A planning quarter as `2026-Q3`. */
export const planningQuarter = z.string().regex(/^\d{4}-Q[1-4]$/);
/** Hours in a week: no one works more than there are. */
const hours = z.number().min(0).max(168);

export const personFields = z.object({
  name: ruleFields.name,
  unitId: z.uuid().nullish(),
  userId: z.uuid().nullish(),
  weeklyCapacityHours: hours,
  competencyIds: z.array(z.uuid()).max(50),
});

export const competencyFields = z.object({ name: ruleFields.name });

export const allocationCreate = z.object({
  personId: z.uuid(),
  projectId: z.uuid(),
  competencyId: z.uuid().nullish(),
  quarter: planningQuarter,
  hoursPerWeek: hours,
});

/** Who, where and when stay; a booking changes its competency and hours. */
export const allocationUpdate = allocationCreate.pick({ competencyId: true, hoursPerWeek: true });

/** What a project needs of one competency in one quarter; 0 hours removes the need. */
export const demandFields = z.object({
  projectId: z.uuid(),
  competencyId: z.uuid(),
  quarter: planningQuarter,
  hoursPerWeek: hours,
});

export const planningQuarterList = z.array(planningQuarter).max(16);

export const personRuleErrors = (input: unknown): RuleError[] => checkRules(personFields, input).errors;
export const competencyRuleErrors = (input: unknown): RuleError[] =>
  checkRules(competencyFields, input).errors;
export const allocationRuleErrors = (input: unknown): RuleError[] =>
  checkRules(allocationCreate, input).errors;
export const allocationUpdateRuleErrors = (input: unknown): RuleError[] =>
  checkRules(allocationUpdate, input).errors;
export const demandRuleErrors = (input: unknown): RuleError[] => checkRules(demandFields, input).errors;
