import type { z } from 'zod';

/**
 * Message keys the shared rules report (ADR 0014). They are not texts: the API localises them in
 * its message catalogue, the web app under the `rules` namespace of its own, and a test on each
 * side fails when a key is missing there.
 */
export const RULE_MESSAGE_KEYS = [
  'field.required',
  'field.tooShort',
  'field.tooLong',
  'field.min',
  'field.max',
  'field.integer',
  'field.invalid',
  'field.email',
  'field.url',
  'field.dateOrder',
  'field.notInFuture',
  'field.duplicateDate',
  'field.targetMustBeBelow',
  'field.targetMustBeAbove',
  'field.cashableNotEconomic',
  'field.parentCycle',
  'field.successorCycle',
  'field.dependsOnSelf',
  'field.dependencyCycle',
  'field.unitParentCycle',
  'field.systemParentCycle',
  'field.sharedSystemLocalParent',
  'field.registerFamilyWithoutDataType',
  'field.copyOfSelf',
  'field.switchToSameSource',
  'field.integrationToItself',
  'field.cvr',
  'field.handOverToSelf',
  'field.phone',
  'field.tokenExpiry',
  'field.emailDomain',
  'field.duplicateMapping',
  'field.httpsUrl',
] as const;
export type RuleMessageKey = (typeof RULE_MESSAGE_KEYS)[number];

/** A broken rule on one field; `field` is the input's path (`profile.2.date`), `_` for the whole input. */
export interface RuleError {
  field: string;
  message: RuleMessageKey;
  params?: Record<string, string | number>;
}

/** Options for a zod refinement that reports `message` (on `path`, else where it is attached). */
export const rule = (message: RuleMessageKey, path?: string) => ({
  params: { message },
  ...(path ? { path: [path] } : {}),
});

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

function toRuleError(issue: z.core.$ZodIssue): RuleError {
  const field = issue.path.join('.') || '_';
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? { field, message: 'field.required' }
          : { field, message: 'field.tooShort', params: { min: Number(issue.minimum) } };
      }
      return { field, message: 'field.min', params: { min: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'string'
        ? { field, message: 'field.tooLong', params: { max: Number(issue.maximum) } }
        : { field, message: 'field.max', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      if (isBlank(issue.input)) return { field, message: 'field.required' };
      return { field, message: issue.format === 'email' ? 'field.email' : 'field.invalid' };
    case 'invalid_value':
      // A choice left empty (an enum or literal; a radio group or select with no pick) is missing rather than wrong.
      return { field, message: isBlank(issue.input) ? 'field.required' : 'field.invalid' };
    case 'invalid_type':
      if (isBlank(issue.input)) return { field, message: 'field.required' };
      return issue.expected === 'int'
        ? { field, message: 'field.integer' }
        : { field, message: 'field.invalid' };
    case 'custom':
      return { field, message: (issue.params?.message as RuleMessageKey | undefined) ?? 'field.invalid' };
    default:
      return { field, message: 'field.invalid' };
  }
}

export type RuleCheck<T> = { ok: true; data: T; errors: [] } | { ok: false; errors: RuleError[] };

/**
 * Runs a shared schema and reports broken rules as message keys, the first per field. The input is
 * kept on each issue so a missing value reads "required" rather than "invalid".
 */
export function checkRules<S extends z.ZodType>(schema: S, input: unknown): RuleCheck<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, data: result.data, errors: [] };
  const seen = new Set<string>();
  const errors = result.error.issues.map(toRuleError).filter((e) => {
    if (seen.has(e.field)) return false;
    seen.add(e.field);
    return true;
  });
  return { ok: false, errors };
}

/**
 * A record's field rules and its cross-field rules together, as a form checks them before sending:
 * the field errors first, then the cross-field errors on fields that have none yet. `across` reads
 * loosely parsed values, so one malformed field does not hide another rule.
 */
export function fieldAndCrossFieldErrors(fields: z.ZodType, across: z.ZodType, input: unknown): RuleError[] {
  const own = checkRules(fields, input).errors;
  // An error on a list's item (`dataTypes.0`) already speaks for the list.
  const taken = (field: string) => own.some((e) => e.field === field || e.field.startsWith(`${field}.`));
  return [...own, ...checkRules(across, input).errors.filter((e) => !taken(e.field))];
}
