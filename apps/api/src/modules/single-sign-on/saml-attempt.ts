import { createHash, randomBytes } from 'node:crypto';
import type { CacheProvider } from '@node-saml/node-saml';
import type { Db } from '../../db/handles';
import { samlRepository as repo } from './saml.repository';
import { REQUEST_TTL_MS } from './saml-response';

/**
 * node-saml keeps the IDs of the AuthnRequests it sent in a cache provider to check InResponseTo.
 * Here that cache is the sign-in attempt row (ADR 0027/0028), so the answer may reach any API
 * process: the row is keyed by the hash of the relay state, holds the one request ID it was started
 * with, expires with the attempt and is deleted when node-saml has used it.
 */
export function attemptCache(db: Db, providerId: string, attemptId: string): CacheProvider {
  return {
    async saveAsync(requestId, value) {
      const expiresAt = new Date(Date.now() + REQUEST_TTL_MS);
      await repo.createAttempt(db, attemptId, providerId, requestId, expiresAt);
      return { value, createdAt: Date.now() };
    },
    async getAsync(requestId) {
      const attempt = await repo.attempt(db, attemptId, providerId);
      const data = attempt?.data as { requestId?: unknown } | undefined;
      return attempt && data?.requestId === requestId ? attempt.createdAt.toISOString() : null;
    },
    async removeAsync(requestId) {
      await repo.deleteAttempt(db, attemptId);
      return requestId;
    },
  };
}

/** A fresh relay state (in the cookie and sent to the identity provider) and its attempt's ID. */
export function newRelayState() {
  const relayState = randomBytes(32).toString('base64url');
  return { relayState, attemptId: attemptIdOf(relayState) };
}

export const attemptIdOf = (relayState: string) => createHash('sha256').update(relayState).digest('hex');
