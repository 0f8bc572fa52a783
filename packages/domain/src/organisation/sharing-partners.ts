import type { SHARE_SCOPES } from '../shared/enums';

export type ShareScope = (typeof SHARE_SCOPES)[number];

export interface CollaborationShares {
  members: readonly { organisationId: string; shares: readonly ShareScope[] }[];
}

/**
 * The organisations whose `scope` data an organisation may read (ADR 0006): the other members of
 * its collaborations that share that scope there. A partner sharing it in one collaboration only
 * shares it with that collaboration's members.
 */
export function sharingPartners(
  organisationId: string,
  collaborations: readonly CollaborationShares[],
  scope: ShareScope,
): string[] {
  const partners = new Set<string>();
  for (const c of collaborations) {
    if (!c.members.some((m) => m.organisationId === organisationId)) continue;
    for (const m of c.members) {
      if (m.organisationId !== organisationId && m.shares.includes(scope)) partners.add(m.organisationId);
    }
  }
  return [...partners];
}
