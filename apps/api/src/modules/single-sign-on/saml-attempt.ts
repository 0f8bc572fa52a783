import type { CacheProvider } from '@node-saml/node-saml';

/**
 * node-saml checks InResponseTo against a cache of the AuthnRequest IDs it sent. Here the ID lives
 * in the shared sign-in attempt row (ADR 0027/0028), in the database with a ten-minute expiry, so
 * any API process can take the answer. At the ACS the attempt named by the relay state is taken
 * (deleted) first; this cache then knows that one request ID and nothing else. When the sign-in
 * starts, the ID is already stored with the attempt, so saving is a no-op.
 */
export function attemptRequestCache(requestId: string | null, startedAt = new Date()): CacheProvider {
  let known = requestId;
  return {
    saveAsync: async (_key, value) => ({ value, createdAt: startedAt.getTime() }),
    getAsync: async (key) => (known !== null && key === known ? startedAt.toISOString() : null),
    removeAsync: async (key) => {
      if (key === known) known = null;
      return key;
    },
  };
}
