import { Arg, Args, Ctx, FieldResolver, Float, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { requireActor } from '../../shared/access';
import { PageArgs } from '../../shared/pagination';
import { IntegrationNode, UsageDataSourceNode } from '../integration/integration.type';
import { LifecycleConflictView } from '../landscape/landscape-analysis.type';
import { CoveringContract, InfrastructureComponentPage, ProjectRef } from './system-landscape.type';
import { SystemUsageNode } from './system.type';
import { systemLandscapeService as service } from './system-landscape.service';

/** A usage's place in the landscape: its data sources, integrations, contracts, projects and cost. */
@Resolver(() => SystemUsageNode)
export class SystemUsageLandscapeResolver {
  @FieldResolver(() => [UsageDataSourceNode])
  dataSources(@Root() usage: SystemUsageNode, @Ctx() ctx: Context) {
    return service.dataSources(ctx, usage.id);
  }

  @FieldResolver(() => [IntegrationNode], { description: 'Integrations sending data from this usage.' })
  integrationsOut(@Root() usage: SystemUsageNode, @Ctx() ctx: Context) {
    return service.integrationsOut(ctx, usage.id);
  }

  @FieldResolver(() => [IntegrationNode], { description: 'Integrations sending data to this usage.' })
  integrationsIn(@Root() usage: SystemUsageNode, @Ctx() ctx: Context) {
    return service.integrationsIn(ctx, usage.id);
  }

  @FieldResolver(() => [CoveringContract])
  coveringContracts(@Root() usage: SystemUsageNode, @Ctx() ctx: Context) {
    return service.coveringContracts(ctx, usage);
  }

  @FieldResolver(() => [ProjectRef], { description: 'Projects touching this usage.' })
  projects(@Root() usage: SystemUsageNode, @Ctx() ctx: Context) {
    return service.projects(ctx, usage);
  }

  @FieldResolver(() => Float, {
    description: "Licence and operation, kr per year: its share of its contracts' yearly operation.",
  })
  yearlyCost(@Root() usage: SystemUsageNode, @Ctx() ctx: Context) {
    return service.yearlyCost(ctx, usage);
  }

  @FieldResolver(() => Float, { description: 'What its data sources cost per year, kr.' })
  dataYearlyCost(@Root() usage: SystemUsageNode, @Ctx() ctx: Context) {
    return service.dataYearlyCost(ctx, usage);
  }

  @FieldResolver(() => [LifecycleConflictView])
  lifecycleConflicts(@Root() usage: SystemUsageNode, @Ctx() ctx: Context) {
    return service.lifecycleConflicts(ctx, usage);
  }
}

@Resolver()
export class LandscapeCatalogueResolver {
  @Query(() => InfrastructureComponentPage)
  infrastructureComponents(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    requireActor(ctx);
    return service.infrastructureComponents(ctx, search, page);
  }
}
