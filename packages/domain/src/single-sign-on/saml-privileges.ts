/**
 * Brugersystemroller from KOMBIT's Context Handler (Fælleskommunal Adgangsstyring, ADR 0028): the
 * OIO Basic Privilege Profile lists privileges in groups, each group scoped to one organisation by
 * `urn:dk:gov:saml:cvrNumberIdentifier:<cvr>`. Only the groups of the signing-in organisation's CVR
 * count; privileges granted for another municipality give nothing here.
 */

/** A PrivilegeGroup as read from the PrivilegeList: its Scope and Privilege URIs. */
export interface PrivilegeGroup {
  scope: string;
  privileges: readonly string[];
}

export const CVR_SCOPE_PREFIX = 'urn:dk:gov:saml:cvrNumberIdentifier:';

/** The privilege URIs granted for the organisation with this CVR, each once, in order of appearance. */
export function privilegesForCvr(groups: readonly PrivilegeGroup[], cvr: string): string[] {
  const scope = `${CVR_SCOPE_PREFIX}${cvr}`;
  return [
    ...new Set(
      groups.filter((g) => g.scope.trim() === scope).flatMap((g) => g.privileges.map((p) => p.trim())),
    ),
  ].filter(Boolean);
}

/** True when the list grants privileges, but none for this CVR: the sign-in came for another organisation. */
export function onlyOtherScopes(groups: readonly PrivilegeGroup[], cvr: string): boolean {
  return groups.some((g) => g.privileges.length > 0) && privilegesForCvr(groups, cvr).length === 0;
}
