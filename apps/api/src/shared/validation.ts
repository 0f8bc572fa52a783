import { z } from 'zod';
import { invalid, type FieldError } from './errors';

/**
 * Runs a zod schema over input and turns its issues into localisable field errors. Services call
 * this before touching the database, so invalid input changes nothing.
 */
export function validate<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalid(result.error.issues.map(toFieldError));
}

function toFieldError(issue: z.core.$ZodIssue): FieldError {
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
      return { field, message: issue.format === 'email' ? 'field.email' : 'field.invalid' };
    case 'invalid_type':
      return issue.expected === 'int'
        ? { field, message: 'field.integer' }
        : { field, message: 'field.invalid' };
    case 'custom':
      return { field, message: (issue.params?.message as FieldError['message']) ?? 'field.invalid' };
    default:
      return { field, message: 'field.invalid' };
  }
}

/** Common field schemas. */
export const fields = {
  name: z.string().trim().min(1).max(200),
  text: z.string().max(20_000),
  money: z.number().min(0).max(1e12),
  isoDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
};
