import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Context } from '../context';
import { conflict, DomainError, type FieldError } from './errors';
import { isUniqueViolation } from './prisma-errors';
import { entityName, translate, type MessageKey } from './messages';

interface PendingTranslation {
  key: MessageKey;
  params: Record<string, string | number>;
  fields: FieldError[];
}

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
 * formatError does not see the request context. Anything unexpected is logged and hidden.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = asDomainError(unwrapResolverError(error));
  if (original instanceof DomainError) {
    const pending: PendingTranslation = {
      key: original.messageKey,
      params: original.params,
      fields: original.fields,
    };
    return {
      message: original.messageKey,
      path: formatted.path,
      extensions: { code: original.code, ...original.details, pending },
    };
  }
  const limit = queryLimit(formatted.message);
  if (limit) return { message: limit.key, extensions: { code: 'QUERY_LIMIT_EXCEEDED', pending: limit } };
  const code = formatted.extensions?.code;
  // GraphQL's own parse/validation errors are safe to show as they are.
  if (code && code !== 'INTERNAL_SERVER_ERROR') {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  console.error(original);
  const pending: PendingTranslation = { key: 'error.internal', params: {}, fields: [] };
  return {
    message: 'error.internal',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', pending },
  };
}

export const localiseErrors: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        const locale = contextValue.locale;
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) => {
          const pending = e.extensions?.pending as PendingTranslation | undefined;
          if (!pending) return e;
          const { pending: _omit, ...extensions } = e.extensions!;
          return {
            ...e,
            message: translate(locale, pending.key, pending.params),
            extensions: pending.fields.length
              ? {
                  ...extensions,
                  fields: pending.fields.map((f) => ({
                    field: f.field,
                    message: translate(locale, f.message, f.params),
                  })),
                }
              : extensions,
          };
        });
      },
    };
  },
};
