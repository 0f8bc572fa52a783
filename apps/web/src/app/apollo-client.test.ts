import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { IDEMPOTENCY_HEADER, LOCALE_HEADER, ORGANISATION_HEADER, createApolloClient } from './apollo-client';
import { SetLocaleDocument } from '../gql/graphql';
import { ViewerDocument } from './ViewerContext';

interface SentRequest {
  url: string;
  headers: Record<string, string>;
  credentials?: RequestCredentials;
}

/** A fetch that records what is sent and answers with the given GraphQL body. */
function fakeFetch(body: unknown) {
  const sent: SentRequest[] = [];
  const fetch = jest.fn(async (url: string, init: RequestInit) => {
    sent.push({ url, headers: init.headers as Record<string, string>, credentials: init.credentials });
    const text = JSON.stringify(body);
    return {
      ok: true,
      status: 200,
      headers: { get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null) },
      text: async () => text,
      json: async () => JSON.parse(text),
    };
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, sent };
}

describe('createApolloClient', () => {
  it('sends the chosen organisation and the language with the session cookie', async () => {
    const { fetch, sent } = fakeFetch({ data: { viewer: null } });
    const client = createApolloClient({
      getOrganisationId: () => '11111111-1111-4111-8111-111111111111',
      getLocale: () => 'en',
      onUnauthenticated: jest.fn(),
      fetch,
    });

    await client.query({ query: ViewerDocument });

    expect(sent).toHaveLength(1);
    expect(sent[0].url).toBe('/graphql');
    expect(sent[0].credentials).toBe('same-origin');
    expect(sent[0].headers[ORGANISATION_HEADER]).toBe('11111111-1111-4111-8111-111111111111');
    expect(sent[0].headers[LOCALE_HEADER]).toBe('en');
  });

  it('leaves the organisation header out when none is chosen', async () => {
    const { fetch, sent } = fakeFetch({ data: { viewer: null } });
    const client = createApolloClient({
      getOrganisationId: () => null,
      getLocale: () => 'da',
      onUnauthenticated: jest.fn(),
      fetch,
    });

    await client.query({ query: ViewerDocument });

    expect(sent[0].headers[ORGANISATION_HEADER]).toBeUndefined();
    expect(sent[0].headers[LOCALE_HEADER]).toBe('da');
  });

  it('reports an ended session so the app can go to sign-in', async () => {
    const { fetch } = fakeFetch({
      data: null,
      errors: [{ message: 'Du skal logge ind.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const onUnauthenticated = jest.fn();
    const client = createApolloClient({
      getOrganisationId: () => null,
      getLocale: () => 'da',
      onUnauthenticated,
      fetch,
    });

    const error = await client.query({ query: ViewerDocument }).then(
      () => null,
      (e: unknown) => e,
    );

    expect(CombinedGraphQLErrors.is(error)).toBe(true);
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('sends a new Idempotency-Key with every mutation and the same one on its retries, none with queries', async () => {
    const { fetch, sent } = fakeFetch({
      data: { setLocale: { __typename: 'User', id: 'u1', locale: 'en' } },
    });
    let failures = 1;
    // The first attempt dies on the way back, as a dropped connection does.
    const flaky = (async (url: string, init: RequestInit) => {
      if (failures-- > 0) {
        sent.push({ url, headers: init.headers as Record<string, string> });
        throw new TypeError('Failed to fetch');
      }
      return fetch(url, init);
    }) as unknown as typeof globalThis.fetch;
    const client = createApolloClient({
      getOrganisationId: () => null,
      getLocale: () => 'da',
      onUnauthenticated: jest.fn(),
      fetch: flaky,
    });

    await client.mutate({ mutation: SetLocaleDocument, variables: { locale: 'en' } });
    await client.mutate({ mutation: SetLocaleDocument, variables: { locale: 'en' } });
    await client.query({ query: ViewerDocument, fetchPolicy: 'network-only' }).catch(() => undefined);

    const keys = sent.map((s) => s.headers[IDEMPOTENCY_HEADER]);
    expect(keys).toHaveLength(4);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[2]).not.toBe(keys[0]);
    expect(keys[3]).toBeUndefined();
  });

  it('does not retry a mutation the API answered with an error', async () => {
    const { fetch, sent } = fakeFetch({
      data: null,
      errors: [{ message: 'Intet er gemt.', extensions: { code: 'VALIDATION_FAILED' } }],
    });
    const client = createApolloClient({
      getOrganisationId: () => null,
      getLocale: () => 'da',
      onUnauthenticated: jest.fn(),
      fetch,
    });
    await expect(
      client.mutate({ mutation: SetLocaleDocument, variables: { locale: 'en' } }),
    ).rejects.toThrow();
    expect(sent).toHaveLength(1);
  });
});
