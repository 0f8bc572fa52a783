import { DomainError } from '../../shared/errors';
import type { MessageKey } from '../../shared/messages';

/** Where and as whom the connector reads KITOS's API v2. */
export interface KitosEndpoint {
  baseUrl: string;
  email: string;
  password: string;
  organisationUuid: string;
}

/** How long one request to KITOS may take; a sync is many requests. */
export const KITOS_TIMEOUT_MS = 20_000;
/** KITOS's largest page for v2 lists. */
const PAGE_SIZE = 100;
/** A guard against a server that never says the list is over. */
const MAX_PAGES = 500;

const fail = (key: MessageKey, params: Record<string, string | number> = {}) =>
  new DomainError('KITOS_FAILED', key, params);

export interface KitosApi {
  /** Every item of a v2 list, page by page (`page` from 0, `pageSize`), with the given filters. */
  list<T>(path: string, query: Record<string, string | undefined>): Promise<T[]>;
}

/**
 * Signs in with POST /api/authorize/GetToken and returns a reader with the bearer token. Every
 * failure is a KITOS_FAILED error with a message a person can act on (refused credentials, no
 * answer, an error status, an answer that is not KITOS's); none names the host or echoes the body.
 */
export async function connectToKitos(
  endpoint: KitosEndpoint,
  timeoutMs = KITOS_TIMEOUT_MS,
): Promise<KitosApi> {
  const base = endpoint.baseUrl.replace(/\/+$/, '');
  const call = async (path: string, init: RequestInit): Promise<Response> => {
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
    } catch (error) {
      // By name: the DOMException fetch rejects with need not be this realm's Error.
      if ((error as { name?: unknown } | null)?.name === 'TimeoutError') {
        throw fail('error.kitos.timeout', { seconds: Math.round(timeoutMs / 1000) });
      }
      throw fail('error.kitos.unreachable');
    }
    return response;
  };
  const json = async (response: Response): Promise<unknown> => {
    if (response.status >= 500) throw fail('error.kitos.serverError', { status: response.status });
    if (!response.ok) throw fail('error.kitos.badResponse');
    try {
      return await response.json();
    } catch {
      throw fail('error.kitos.badResponse');
    }
  };

  const tokenResponse = await call('/api/authorize/GetToken', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ email: endpoint.email, password: endpoint.password }),
  });
  if (tokenResponse.status === 401 || tokenResponse.status === 403) throw fail('error.kitos.badCredentials');
  // KITOS wraps the answer: { msg, response: { token, email, loginSuccessful, expires } }.
  const body = (await json(tokenResponse)) as { response?: { token?: unknown; loginSuccessful?: unknown } };
  if (body.response?.loginSuccessful === false) throw fail('error.kitos.badCredentials');
  const token = body.response?.token;
  if (typeof token !== 'string' || !token) throw fail('error.kitos.badResponse');

  return {
    async list<T>(path: string, query: Record<string, string | undefined>): Promise<T[]> {
      const items: T[] = [];
      for (let page = 0; page < MAX_PAGES; page++) {
        const params = new URLSearchParams({ page: String(page), pageSize: String(PAGE_SIZE) });
        for (const [k, v] of Object.entries(query)) if (v !== undefined) params.set(k, v);
        const response = await call(`${path}?${params}`, {
          headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
        });
        if (response.status === 401 || response.status === 403) throw fail('error.kitos.badCredentials');
        const batch = await json(response);
        if (!Array.isArray(batch)) throw fail('error.kitos.badResponse');
        items.push(...(batch as T[]));
        if (batch.length < PAGE_SIZE) return items;
      }
      throw fail('error.kitos.badResponse');
    },
  };
}
