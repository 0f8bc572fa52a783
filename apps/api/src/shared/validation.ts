import { checkRules, fieldAndCrossFieldErrors, ruleFields, type RuleError } from '@overblik/domain';
import type { z } from 'zod';
import { invalid, type FieldError } from './errors';

/**
 * Runs a zod schema (most of them shared from `@overblik/domain`, ADR 0014) over input and turns
 * broken rules into localisable field errors. Services call this before touching the database, so
 * invalid input changes nothing.
 */
export function validate<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = checkRules(schema, input);
  if (result.ok) return result.data;
  throw invalidRules(result.errors);
}

/**
 * A new record's field rules and its cross-field rules at once, so one answer names every broken
 * rule (as the form shows them); returns the parsed fields.
 */
export function validateWhole<T extends z.ZodType>(
  fields: T,
  across: z.ZodType,
  input: unknown,
): z.output<T> {
  const errors = fieldAndCrossFieldErrors(fields, across, input);
  if (errors.length) throw invalidRules(errors);
  return validate(fields, input);
}

/** Broken shared rules as a VALIDATION_FAILED error; every rule key has a message in `messages.ts`. */
export const invalidRules = (errors: readonly RuleError[]) =>
  invalid(errors.map((e): FieldError => ({ field: e.field, message: e.message, params: e.params })));

/** Common field schemas. */
export const fields = ruleFields;
