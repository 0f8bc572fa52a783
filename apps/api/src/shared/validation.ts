import { checkRules, ruleFields, type RuleError } from '@overblik/domain';
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

/** Broken shared rules as a VALIDATION_FAILED error; every rule key has a message in `messages.ts`. */
export const invalidRules = (errors: readonly RuleError[]) =>
  invalid(errors.map((e): FieldError => ({ field: e.field, message: e.message, params: e.params })));

/** Common field schemas. */
export const fields = ruleFields;
