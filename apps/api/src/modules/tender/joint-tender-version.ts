import type { Context } from '../../context';
import { visibleContracts } from './joint-tender-sharing';
import { tenderRepository as repo } from './tender.repository';

/** The system and supplier catalogues, shared by all organisations: their names label the candidates. */
const CATALOGUES = ['ItSystem', 'Supplier']
  .map(
    (table) =>
      `(SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max("updatedAt")::text, '') FROM "${table}")`,
  )
  .join(` || '|' || `);

/**
 * The data version of an organisation's joint-tender discovery: its collaborations with their
 * members and what each shares (read exactly, so revoking a share hides the contracts on the next
 * request), the discovery fingerprint of every organisation whose contracts it may see (contracts
 * with options, costs and coverage, usages, integrations, settings), the catalogues' names, and
 * today's date, since validity and decision dates move with it.
 */
export async function jointTenderVersion(ctx: Context, organisationId: string): Promise<string> {
  const collaborations = await repo.collaborationsOf(ctx.prisma, organisationId);
  const visible = [...visibleContracts(organisationId, collaborations).visible].sort();
  const [fingerprints, [catalogues]] = await Promise.all([
    repo.discoveryFingerprints(ctx.prisma, visible),
    ctx.prisma.$queryRawUnsafe<{ fingerprint: string }[]>(`SELECT ${CATALOGUES} AS fingerprint`),
  ]);
  // Sorted, so the same memberships always give the same version whatever order the rows come in.
  const members = collaborations.map((c) => {
    const shares = c.members.map((m) => `${m.organisationId}:${[...m.shares].sort().join(',')}`).sort();
    return `${c.id}(${shares.join(';')})`;
  });
  const organisations = visible.map((id) => `${id}=${fingerprints.get(id) ?? ''}`);
  return `${members.join('')}#${organisations.join(';')}#${catalogues.fingerprint}@${ctx.today}`;
}
