import { z } from 'zod';
import { ARTEFACT_KINDS, BUSINESS_CASE_KINDS } from '../shared/enums';
import { ruleFields } from '../shared/fields';
import { checkRules, type RuleError } from '../shared/rule-errors';

/** One line of a business case: a cost or a benefit, once or yearly, optionally in a given year. */
export const businessCaseLine = z.object({
  kind: z.enum(BUSINESS_CASE_KINDS),
  description: z.string().trim().max(2_000).default(''),
  amount: ruleFields.money,
  year: z.number().int().min(2000).max(2100).nullish(),
});

export const businessCaseLines = z.array(businessCaseLine).max(200);

/** The business case's rules as message keys, on fields named `<line index>.<field>`. */
export const businessCaseRuleErrors = (lines: unknown): RuleError[] =>
  checkRules(businessCaseLines, lines).errors;

/** Providing or revising one artefact; `version` names the revision it replaces (none for a first one). */
export const artefactFields = z.object({
  kind: z.enum(ARTEFACT_KINDS),
  title: ruleFields.name,
  content: z.string().max(50_000).default(''),
  version: z.number().int().nullish(),
});

export const artefactRuleErrors = (input: unknown): RuleError[] => checkRules(artefactFields, input).errors;
