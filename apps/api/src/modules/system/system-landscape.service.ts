import { rollUpDataSourceCosts } from '@overblik/domain';
import DataLoader from 'dataloader';
import type { Context } from '../../context';
import { memberOrganisationIds } from '../../shared/access';
import { groupedBy } from '../../shared/loaders';
import { pageWindow, type PageArgs } from '../../shared/pagination';
import { isoDate } from '../../shared/scalars';
import { integrationRepository, toEdgeNode, toIntegrationNode } from '../integration/integration.repository';
import { preparedLandscape } from '../landscape/landscape.service';
import { systemLandscapeRepository } from './system-landscape.repository';

type EdgeNode = ReturnType<typeof toEdgeNode>;
type IntegrationView = ReturnType<typeof toIntegrationNode>;

interface UsageLoaders {
  dataSources: DataLoader<string, EdgeNode[]>;
  integrationsOut: DataLoader<string, IntegrationView[]>;
  integrationsIn: DataLoader<string, IntegrationView[]>;
}

// Per-request loaders keyed on the request's shared loaders object, so a list of usages asking for
// their edges costs one query per edge kind, not one per usage.
const perRequest = new WeakMap<object, UsageLoaders>();

function loaders(ctx: Context): UsageLoaders {
  let found = perRequest.get(ctx.loaders);
  if (!found) {
    const orgs = memberOrganisationIds(ctx);
    found = {
      dataSources: groupedBy(
        (e: EdgeNode) => e.usageId,
        async (ids) =>
          (
            await integrationRepository.edgesWhere(ctx.prisma, {
              usageId: { in: ids },
              organisationId: { in: orgs },
            })
          ).map(toEdgeNode),
      ),
      integrationsOut: groupedBy(
        (i: IntegrationView) => i.fromUsageId,
        async (ids) =>
          (
            await integrationRepository.integrationsWhere(ctx.prisma, {
              fromUsageId: { in: ids },
              organisationId: { in: orgs },
            })
          ).map(toIntegrationNode),
      ),
      integrationsIn: groupedBy(
        (i: IntegrationView) => i.toUsageId,
        async (ids) =>
          (
            await integrationRepository.integrationsWhere(ctx.prisma, {
              toUsageId: { in: ids },
              organisationId: { in: orgs },
            })
          ).map(toIntegrationNode),
      ),
    };
    perRequest.set(ctx.loaders, found);
  }
  return found;
}

export const systemLandscapeService = {
  dataSources: (ctx: Context, usageId: string) => loaders(ctx).dataSources.load(usageId),
  integrationsOut: (ctx: Context, usageId: string) => loaders(ctx).integrationsOut.load(usageId),
  integrationsIn: (ctx: Context, usageId: string) => loaders(ctx).integrationsIn.load(usageId),

  async coveringContracts(ctx: Context, usage: { id: string; organisationId: string }) {
    const p = await preparedLandscape(ctx, usage.organisationId);
    return (p.index.contractsByUsage.get(usage.id) ?? []).map((c) => ({
      id: c.id,
      name: c.name,
      validity: p.contractDates.get(c.id)!.validity,
      effectiveEnd: c.effectiveEnd,
      noticeDate: c.noticeDate,
    }));
  },

  async projects(ctx: Context, usage: { id: string; organisationId: string }) {
    const p = await preparedLandscape(ctx, usage.organisationId);
    return (p.index.projectsByUsage.get(usage.id) ?? []).map(({ id, name }) => ({ id, name }));
  },

  async yearlyCost(ctx: Context, usage: { id: string; organisationId: string }) {
    const p = await preparedLandscape(ctx, usage.organisationId);
    return p.index.usageById.get(usage.id)?.yearlyCost ?? 0;
  },

  async dataYearlyCost(ctx: Context, usage: { id: string; organisationId: string }) {
    const edges = await loaders(ctx).dataSources.load(usage.id);
    return rollUpDataSourceCosts(edges).byUsage[usage.id] ?? 0;
  },

  async lifecycleConflicts(ctx: Context, usage: { id: string; organisationId: string }) {
    const p = await preparedLandscape(ctx, usage.organisationId);
    return p.conflicts.filter((c) => c.usageId === usage.id);
  },

  async infrastructureComponents(ctx: Context, search: string | null, page: PageArgs) {
    const window = pageWindow(page);
    const [items, totalCount] = await systemLandscapeRepository.infrastructureComponents(
      ctx.prisma,
      memberOrganisationIds(ctx),
      search,
      window,
    );
    return {
      items: items.map((c) => ({ ...c, endsOn: isoDate(c.endsOn) })),
      totalCount,
      offset: window.skip,
      limit: window.take,
    };
  },
};
