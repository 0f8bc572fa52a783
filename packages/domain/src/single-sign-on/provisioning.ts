import type { Role } from '../shared/roles';
import type { RoleMappingRow } from './sign-in-provider';

/** What sign-in rules read of a provider. */
export interface ProvisioningPolicy {
  allowedDomains: readonly string[];
  roleMapping: readonly RoleMappingRow[];
  newUserRole: Role | null;
}

/** The person's current membership of the provider's organisation, if any. */
export interface ExistingMembership {
  roles: readonly Role[];
  /** False once deactivated, by an administrator or by a sign-in whose claims mapped to nothing. */
  active: boolean;
  /** Deactivated by a sign-in whose claims mapped to no role (not by an administrator). */
  deactivatedBySignIn: boolean;
}

/** Why a sign-in through a provider is refused; the web sign-in page names each. */
export const SIGN_IN_REFUSALS = ['DOMAIN_NOT_ALLOWED', 'NO_ROLE', 'NOT_A_MEMBER', 'DEACTIVATED'] as const;
export type SignInRefusal = (typeof SIGN_IN_REFUSALS)[number];

export type SignInDecision =
  /** First sign-in: create the membership with these roles. */
  | { outcome: 'JOIN'; roles: Role[] }
  /** A member: sign in with these roles (the mapping's, or the ones administrators gave). */
  | { outcome: 'SIGN_IN'; roles: Role[] }
  /** A member whose claims map to no role any more: deactivate the membership, refuse the sign-in. */
  | { outcome: 'LOSE_ACCESS'; reason: 'NO_ROLE' }
  | { outcome: 'REFUSE'; reason: SignInRefusal };

/** The part after the last "@", lower case; "" when there is none. */
export function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0
    ? ''
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/** Exact domain match, case-insensitive: a subdomain is a domain of its own and must be listed. */
export function isEmailDomainAllowed(email: string, allowedDomains: readonly string[]): boolean {
  const domain = emailDomain(email);
  return !!domain && allowedDomains.some((allowed) => allowed.toLowerCase() === domain);
}

/** The roles the claim values grant under the mapping, in the order of the role list, each once. */
export function mappedRoles(mapping: readonly RoleMappingRow[], claimValues: readonly string[]): Role[] {
  const values = new Set(claimValues);
  return [...new Set(mapping.filter((row) => values.has(row.value)).map((row) => row.role))];
}

/**
 * What a verified sign-in through the provider does (ADR 0027):
 * - the e-mail's domain must be allowed;
 * - with a mapping, the identity provider decides the roles at every sign-in: no match refuses a
 *   newcomer and takes access from a member (the membership is deactivated);
 * - without a mapping, roles are kept in Overblik: members keep theirs, newcomers get
 *   `newUserRole`, or are refused when it is null (only people an administrator invited may enter);
 * - a membership an administrator deactivated stays so: reactivating is an administrator's act,
 *   unless the mapping took it away, in which case a matching claim restores it.
 */
export function decideSignIn(
  policy: ProvisioningPolicy,
  identity: { email: string; claimValues: readonly string[] },
  membership: ExistingMembership | null,
): SignInDecision {
  if (!isEmailDomainAllowed(identity.email, policy.allowedDomains)) {
    return { outcome: 'REFUSE', reason: 'DOMAIN_NOT_ALLOWED' };
  }
  if (membership && !membership.active && !membership.deactivatedBySignIn) {
    return { outcome: 'REFUSE', reason: 'DEACTIVATED' };
  }
  if (policy.roleMapping.length) {
    const roles = mappedRoles(policy.roleMapping, identity.claimValues);
    if (!roles.length) {
      return membership?.active
        ? { outcome: 'LOSE_ACCESS', reason: 'NO_ROLE' }
        : { outcome: 'REFUSE', reason: 'NO_ROLE' };
    }
    return membership ? { outcome: 'SIGN_IN', roles } : { outcome: 'JOIN', roles };
  }
  if (membership?.active) return { outcome: 'SIGN_IN', roles: [...membership.roles] };
  if (membership) return { outcome: 'REFUSE', reason: 'DEACTIVATED' };
  return policy.newUserRole
    ? { outcome: 'JOIN', roles: [policy.newUserRole] }
    : { outcome: 'REFUSE', reason: 'NOT_A_MEMBER' };
}
