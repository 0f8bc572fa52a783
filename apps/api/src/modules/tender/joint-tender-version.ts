import type { Context } from '../../context';
import { CATALOGUE_SCOPE, dataVersionRepository } from '../../shared/data-version.repository';
import { visibleContracts } from './joint-tender-sharing';
import { tenderRepository as repo } from './tender.repository';

/**
 * The data version of an organisation's joint-tender discovery: its collaborations with their
 * members and what each shares (read exactly, so revoking a share hides the contracts on the next
 * request), the data version of every organisation whose contracts it may see and of the
 * catalogues, whose names label the candidates (ADR 0015), and today's date, since validity and
 * decision dates move with it.
 */
export async function jointTenderVersion(ctx: Context, organisationId: string): Promise<string> {
  const collaborations = await repo.collaborationsOf(ctx.prisma, organisationId);
  const visible = [...visibleContracts(organisationId, collaborations).visible].sort();
  const versions = await dataVersionRepository.read(ctx.prisma, [...visible, CATALOGUE_SCOPE]);
  // Sorted, so the same memberships always give the same version whatever order the rows come in.
  const members = collaborations.map((c) => {
    const shares = c.members.map((m) => `${m.organisationId}:${[...m.shares].sort().join(',')}`).sort();
    return `${c.id}(${shares.join(';')})`;
  });
  const organisations = visible.map((id) => `${id}=${versions.get(id)}`);
  return `${members.join('')}#${organisations.join(';')}#${versions.get(CATALOGUE_SCOPE)}@${ctx.today}`;
}
