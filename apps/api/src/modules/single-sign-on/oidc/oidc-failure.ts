import type { SignInFailure } from '../sign-in-refused';

/**
 * What the person is told when the provider's answer did not verify (ADR 0027, amended): the same
 * reasons SAML names for the same faults. An id token for another client is `AUDIENCE`, from another
 * issuer `ISSUER`, past its expiry `EXPIRED`; anything else (a bad signature, nonce or code) is
 * `FAILED`. The details stay in the operators' log.
 */
export function oidcFailure(error: unknown): SignInFailure {
  const code = (error as { code?: unknown } | null)?.code;
  const claim = failedClaim(error);
  if (code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'aud') return 'AUDIENCE';
  if (code === 'OAUTH_JWT_CLAIM_COMPARISON_FAILED' && claim === 'iss') return 'ISSUER';
  if (code === 'OAUTH_JWT_TIMESTAMP_CHECK_FAILED' && claim === 'exp') return 'EXPIRED';
  return 'FAILED';
}

/**
 * The claim a failed check names: openid-client wraps oauth4webapi's error (same code) in its own,
 * and the original's `cause` names the claim.
 */
function failedClaim(error: unknown): unknown {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 3; depth++) {
    const { claim, cause } = current as { claim?: unknown; cause?: unknown };
    if (claim !== undefined) return claim;
    current = cause;
  }
  return undefined;
}
