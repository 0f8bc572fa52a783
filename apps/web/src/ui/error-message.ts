import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/**
 * The API localises its error messages (to `x-overblik-locale`), so a GraphQL error's message is
 * shown as it is; anything else (network, parse) is described by the web app.
 */
export function apiErrorMessage(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const messages = error.errors.map((e) => e.message).filter(Boolean);
  return messages.length ? [...new Set(messages)].join(' ') : null;
}

/** The first GraphQL error's code (`extensions.code`), e.g. 'BAD_CREDENTIALS'. */
export function apiErrorCode(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/** Seconds until a refusal (`TOO_MANY_ATTEMPTS`) ends, from the first error's `extensions.retryAfterSeconds`. */
export function apiRetryAfterSeconds(error: unknown): number | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const seconds = error.errors[0]?.extensions?.retryAfterSeconds;
  return typeof seconds === 'number' ? seconds : null;
}

/** Per-field messages from a VALIDATION_FAILED error (`extensions.fields`), keyed by field. */
export function apiFieldErrors(error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const result: Record<string, string> = {};
  for (const e of error.errors) {
    const fields = e.extensions?.fields;
    if (!Array.isArray(fields)) continue;
    for (const f of fields as { field?: unknown; message?: unknown }[]) {
      if (typeof f.field === 'string' && typeof f.message === 'string') result[f.field] ??= f.message;
    }
  }
  return result;
}

/** The request did not get a GraphQL answer: offline, proxy or server down, or not JSON. */
export const isNetworkError = (error: unknown): boolean =>
  error instanceof TypeError || ServerError.is(error) || ServerParseError.is(error);
