import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../context';
import { DomainError, type FieldError } from './errors';
import { translate, type MessageKey } from './messages';

interface PendingTranslation {
  key: MessageKey;
  params: Record<string, string | number>;
  fields: FieldError[];
}

/**
 * The one place errors become GraphQL errors (ADR 0005). Domain errors keep their code; their
 * message is localised for the request's language by `localiseErrors` below, because Apollo's
 * formatError does not see the request context. Anything unexpected is logged and hidden.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) {
    const pending: PendingTranslation = {
      key: original.messageKey,
      params: original.params,
      fields: original.fields,
    };
    return {
      message: original.messageKey,
      path: formatted.path,
      extensions: { code: original.code, pending },
    };
  }
  const code = formatted.extensions?.code;
  // GraphQL's own parse/validation errors and armor's limits are safe to show as they are.
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
