import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import type { Locale } from './i18n';

export const ORGANISATION_HEADER = 'x-overblik-organisation';
export const LOCALE_HEADER = 'x-overblik-locale';

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

  const errors = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) options.onUnauthenticated();
  });

  const http = new HttpLink({
    uri: options.uri ?? '/graphql',
    credentials: 'same-origin',
    fetch: options.fetch,
  });

  return new ApolloClient({
    link: ApolloLink.from([errors, headers, http]),
    cache: new InMemoryCache(),
  });
}
