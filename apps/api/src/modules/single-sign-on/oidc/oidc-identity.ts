import type { VerifiedIdentity } from '../provisioning';

const asEmail = (value: unknown) => (typeof value === 'string' && value.includes('@') ? value : null);

/** A claim's values as strings: a list (groups, roles) or a single value. */
export function claimValues(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.filter((v): v is string => typeof v === 'string');
  return typeof claim === 'string' || typeof claim === 'number' ? [String(claim)] : [];
}

/**
 * The person the verified id token names. The e-mail is `email`, else Entra ID's
 * `preferred_username` or `upn` when it is an address (Entra leaves `email` out for many accounts).
 */
export function oidcIdentity(claims: Record<string, unknown>, roleClaim: string): VerifiedIdentity {
  const email = asEmail(claims.email) ?? asEmail(claims.preferred_username) ?? asEmail(claims.upn) ?? '';
  return {
    subject: String(claims.sub),
    email,
    name: typeof claims.name === 'string' ? claims.name : email,
    claimValues: roleClaim ? claimValues(claims[roleClaim]) : [],
  };
}
