/**
 * Which organisations' contracts the viewer's organisation may see (CONTRACTS shared in a common
 * collaboration) and whose prices (CONTRACT_PRICES). Its own are always visible.
 */
export function visibleContracts(
  organisationId: string,
  collaborations: { members: { organisationId: string; shares: string[] }[] }[],
) {
  const visible = new Set([organisationId]);
  const priced = new Set([organisationId]);
  for (const c of collaborations) {
    for (const m of c.members) {
      if (m.organisationId === organisationId) continue;
      if (m.shares.includes('CONTRACTS')) visible.add(m.organisationId);
      if (m.shares.includes('CONTRACTS') && m.shares.includes('CONTRACT_PRICES'))
        priced.add(m.organisationId);
    }
  }
  return { visible, priced };
}
