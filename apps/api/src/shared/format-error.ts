import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Context } from '../context';
import { databaseTrouble, RETRY_AFTER_SECONDS } from './database-errors';
import { conflict, DomainError, type FieldError } from './errors';
import { isUniqueViolation } from './prisma-errors';
import { entityName, translate, type MessageKey } from './messages';

interface PendingTranslation {
  key: MessageKey;
  params: Record<string, string | number>;
  fields: FieldError[];
}

/**
 * Where a formatted error keeps what `localiseErrors` needs: a symbol key, which JSON never
 * serialises, so no internal field reaches a client even on a path where the plugin does not run
 * (a failed context). The message is Danish, the default language, until the plugin localises it.
 */
const PENDING = Symbol('pendingTranslation');
type Pending = GraphQLFormattedError & { [PENDING]?: PendingTranslation };

function withPending(
  formatted: Omit<GraphQLFormattedError, 'message'>,
  pending: PendingTranslation,
): GraphQLFormattedError {
  const error: Pending = { message: translate('da', pending.key, pending.params), ...formatted };
  Object.defineProperty(error, PENDING, { value: pending, enumerable: false });
  return error;
}

const DATABASE_CODES = { busy: 'DATABASE_BUSY', unavailable: 'DATABASE_UNAVAILABLE' } as const;
const DATABASE_KEYS = { busy: 'error.databaseBusy', unavailable: 'error.databaseUnavailable' } as const;

/**
 * A domain error however it arrived: thrown by a resolver, wrapped by a plugin that refused the
 * request before any resolver ran, or a unique index the database enforced (a rename to a name
 * another row has) that no service caught: CONFLICT, never an internal error.
 */
function asDomainError(error: unknown): unknown {
  if (error instanceof GraphQLError && error.originalError instanceof DomainError) return error.originalError;
  if (!isUniqueViolation(error)) return error;
  const meta = (error as { meta?: { modelName?: string; target?: unknown } }).meta;
  const field = JSON.stringify(meta?.target ?? '').includes('name') ? 'name' : 'value';
  return meta?.modelName && entityName('da', meta.modelName)
    ? conflict('error.conflict.duplicate', { entity: meta.modelName, field })
    : conflict('error.conflict.unique', { field });
}

/** The query limits' refusals (app.ts: graphql-armor and the parser), known by their English words, and the limit's size. */
const LIMITS: [RegExp, MessageKey][] = [
  [/Query depth limit of (\d+)/, 'error.limit.depth'],
  [/Aliases limit of (\d+)/, 'error.limit.aliases'],
  [/Query Cost limit of (\d+)/, 'error.limit.cost'],
  [/Directives limit of (\d+)/, 'error.limit.directives'],
  // graphql-js's own wording (sic), from the parser's maxTokens option.
  [/Document contains more that (\d+) tokens/, 'error.limit.tokens'],
];

/** A limit refusal as a localisable message: the libraries word it in English and call it a syntax error. */
function queryLimit(message: string): PendingTranslation | null {
  for (const [pattern, key] of LIMITS) {
    const match = pattern.exec(message);
    if (match) return { key, params: { limit: Number(match[1]) }, fields: [] };
  }
  return null;
}

/**
 * The one place errors become GraphQL errors (ADR 0005). Domain errors keep their code; their
 * message is localised for the request's language by `localiseErrors` below, because Apollo's
 * formatError does not see the request context. Anything unexpected is hidden (and logged once per
 * request by shared/request-log.ts).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = asDomainError(unwrapResolverError(error));
  if (original instanceof DomainError) {
    return withPending(
      { path: formatted.path, extensions: { code: original.code, ...original.details } },
      { key: original.messageKey, params: original.params, fields: original.fields },
    );
  }
  // Before any other code is trusted: a database failure raised in a plugin arrives with Apollo's
  // validation code and the driver's message (host and port included).
  const trouble = databaseTrouble(error);
  if (trouble) {
    return withPending(
      { path: formatted.path, extensions: { code: DATABASE_CODES[trouble] } },
      { key: DATABASE_KEYS[trouble], params: { seconds: RETRY_AFTER_SECONDS[trouble] }, fields: [] },
    );
  }
  const limit = queryLimit(formatted.message);
  if (limit) return withPending({ extensions: { code: 'QUERY_LIMIT_EXCEEDED' } }, limit);
  const code = formatted.extensions?.code;
  // GraphQL's own parse/validation errors are safe to show as they are.
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  return withPending(
    { path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
    { key: 'error.internal', params: {}, fields: [] },
  );
}

export const localiseErrors: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const locale = contextValue.locale;
        // A database that is busy or away: 503 with Retry-After, so clients and load balancers
        // back off instead of treating it as a broken request (ADR 0030).
        const trouble = (['unavailable', 'busy'] as const).find((t) =>
          response.body.kind === 'single'
            ? response.body.singleResult.errors?.some((e) => e.extensions?.code === DATABASE_CODES[t])
            : false,
        );
        if (trouble) {
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS[trouble]));
        }
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) => {
          const pending = (e as Pending)[PENDING];
          if (!pending) return e;
          return {
            ...e,
            message: translate(locale, pending.key, pending.params),
            extensions: pending.fields.length
              ? {
                  ...e.extensions,
                  fields: pending.fields.map((f) => ({
                    field: f.field,
                    message: translate(locale, f.message, f.params),
                  })),
                }
              : e.extensions,
          };
        });
      },
    };
  },
};
