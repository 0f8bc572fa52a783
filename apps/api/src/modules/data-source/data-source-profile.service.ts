import { dataSourceProfile } from '@overblik/domain';
import type { Context } from '../../context';
import { memberOrganisationIds } from '../../shared/access';
import { preparedLandscape } from '../landscape/landscape.service';
import { dataSourceRepository as repo } from './data-source.repository';

/**
 * The data-source page's profile of an already visible source, from the chosen organisation's cached
 * landscape: another organisation's readers, contracts and projects never enter it.
 */
export async function profileOf(ctx: Context, source: { id: string; copyOfId: string | null }) {
  const organisationIds = memberOrganisationIds(ctx);
  const [p, authoritativeSource, copies] = await Promise.all([
    preparedLandscape(ctx),
    source.copyOfId ? repo.ref(ctx.prisma, organisationIds, source.copyOfId) : null,
    repo.copiesOf(ctx.prisma, organisationIds, source.id),
  ]);
  const profile = dataSourceProfile(p.graph, p.contracts, source.id, p.today);
  const unitName = (id: string | null) => (id ? (p.unitNames.get(id) ?? null) : null);
  const sourceName = (id: string | null) =>
    id ? (p.graph.dataSources.find((s) => s.id === id)?.name ?? null) : null;
  return {
    ...profile,
    authoritativeSource,
    copies,
    readers: profile.readers.map((r) => ({
      ...r,
      unitName: unitName(r.unitId),
      plannedTargetSourceName: sourceName(r.plannedTargetSourceId),
    })),
    byUnit: profile.byUnit.map(({ key, ...g }) => ({ ...g, unitId: key, unitName: unitName(key) })),
    byChannel: profile.byChannel.map(({ key, ...g }) => ({ ...g, channel: key })),
    byPurpose: profile.byPurpose.map(({ key, ...g }) => ({ ...g, purpose: key })),
  };
}
