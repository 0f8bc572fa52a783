import { isLoopbackIssuer } from '@overblik/domain';
import * as client from 'openid-client';

/** Discovery and token calls give up after this long: a slow identity provider fails the sign-in, not the server. */
const TIMEOUT_SECONDS = 10;

/**
 * The provider's configuration from its discovery document (`<issuer>/.well-known/openid-configuration`),
 * which also checks that the document names the same issuer. Plain http is allowed only for a
 * provider on this machine (the tests' provider), as the issuer rule says.
 */
export function discoverOidc(settings: { issuer: string; clientId: string }, clientSecret: string | null) {
  return client.discovery(
    new URL(settings.issuer),
    settings.clientId,
    clientSecret ?? undefined,
    clientSecret ? client.ClientSecretPost(clientSecret) : client.None(),
    {
      timeout: TIMEOUT_SECONDS,
      ...(isLoopbackIssuer(settings.issuer) ? { execute: [client.allowInsecureRequests] } : {}),
    },
  );
}

/** What the callback needs to check the answer: PKCE verifier and nonce (kept in the sign-in attempt). */
export function newOidcChecks() {
  return { verifier: client.randomPKCECodeVerifier(), nonce: client.randomNonce() };
}

export async function oidcAuthorizationUrl(
  config: client.Configuration,
  checks: { verifier: string; nonce: string },
  state: string,
  redirectUri: string,
): Promise<URL> {
  // The role claim comes with the id token as the provider is configured to send it (Entra ID: the
  // app registration's group or app-role claims); no extra scope is asked for.
  return client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(checks.verifier),
    code_challenge_method: 'S256',
    state,
    nonce: checks.nonce,
  });
}

/**
 * Exchanges the code and validates the id token (signature, issuer, audience, expiry, nonce; the
 * state and PKCE verifier too). Throws on anything that does not verify.
 */
export async function oidcClaims(
  config: client.Configuration,
  callbackUrl: URL,
  checks: { verifier: string; nonce: string; state: string },
  redirectUri: string,
) {
  const tokens = await client.authorizationCodeGrant(
    config,
    callbackUrl,
    {
      pkceCodeVerifier: checks.verifier,
      expectedNonce: checks.nonce,
      expectedState: checks.state,
      idTokenExpected: true,
    },
    { redirect_uri: redirectUri },
  );
  const claims = tokens.claims();
  if (!claims) throw new Error('no id token');
  return claims;
}
