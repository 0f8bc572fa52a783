import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { RetryLink } from '@apollo/client/link/retry';
import { getMainDefinition } from '@apollo/client/utilities';
import type { Locale } from './i18n';

export const ORGANISATION_HEADER = 'x-overblik-organisation';
export const LOCALE_HEADER = 'x-overblik-locale';
export const IDEMPOTENCY_HEADER = 'idempotency-key';

const isMutation = (operation: ApolloLink.Operation) => {
  const definition = getMainDefinition(operation.query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'mutation';
};

/** 128 random bits as hex: `crypto.randomUUID` exists only in secure contexts, and intranets serve plain HTTP. */
const newIdempotencyKey = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

export interface ApolloClientOptions {
  /** The organisation the user works in; read for every request. */
  getOrganisationId(): string | null;
  /** The UI language; the API localises its error messages to it. */
  getLocale(): Locale;
  /** Called when the API answers UNAUTHENTICATED (the session ended): go to sign-in. */
  onUnauthenticated(): void;
  uri?: string;
  /** For tests. */
  fetch?: typeof fetch;
}

export const isUnauthenticated = (error: unknown): boolean =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');

/**
 * The one Apollo client: same-origin cookie session (the API sets an httpOnly cookie), the chosen
 * organisation and the language as headers on every request.
 */
export function createApolloClient(options: ApolloClientOptions): ApolloClient {
  const headers = new ApolloLink((operation, forward) => {
    const organisationId = options.getOrganisationId();
    operation.setContext(({ headers: previous = {} }: { headers?: Record<string, string> }) => ({
      headers: {
        ...previous,
        [LOCALE_HEADER]: options.getLocale(),
        ...(organisationId ? { [ORGANISATION_HEADER]: organisationId } : {}),
      },
    }));
    return forward(operation);
  });

  // One key per mutation, set before the retries below: a retry after an ambiguous failure (the
  // connection dropped after the API saved) sends the same key and gets the first answer, not a
  // second row (ADR 0031).
  const idempotencyKey = new ApolloLink((operation, forward) => {
    if (isMutation(operation)) {
      const key = newIdempotencyKey();
      operation.setContext(({ headers: previous = {} }: { headers?: Record<string, string> }) => ({
        headers: { ...previous, [IDEMPOTENCY_HEADER]: key },
      }));
    }
    return forward(operation);
  });
  // Mutations only, and only when no GraphQL answer came back: a refusal (validation, conflict) is an answer.
  const retry = new RetryLink({
    delay: { initial: 300, max: 3_000, jitter: true },
    attempts: {
      max: 3,
      retryIf: (error, operation) => isMutation(operation) && !CombinedGraphQLErrors.is(error),
    },
  });

  const errors = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) options.onUnauthenticated();
  });

  const http = new HttpLink({
    uri: options.uri ?? '/graphql',
    credentials: 'same-origin',
    fetch: options.fetch,
  });

  return new ApolloClient({
    link: ApolloLink.from([errors, headers, idempotencyKey, retry, http]),
    cache: new InMemoryCache(),
  });
}
