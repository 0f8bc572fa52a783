import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PageArgs } from '../../shared/pagination';
import { UnitNode, UserRef } from '../organisation/organisation.type';
import {
  SystemUsageCreateInput,
  SystemUsageFilter,
  SystemUsageSort,
  SystemUsageUpdateInput,
} from './system.input';
import { isoDate } from '../../shared/scalars';
import { InfrastructureComponentNode } from './system-landscape.type';
import {
  ItSystemNode,
  ItSystemPage,
  RecordedPersonRef,
  SystemUsageNode,
  SystemUsagePage,
} from './system.type';
import { systemRepository } from './system.repository';
import { systemService } from './system.service';

@Resolver(() => SystemUsageNode)
export class SystemUsageResolver {
  @Query(() => SystemUsagePage, { description: "The chosen organisation's system usages." })
  systemUsages(
    @Arg('filter', () => SystemUsageFilter, { nullable: true }) filter: SystemUsageFilter | null,
    @Arg('sort', () => SystemUsageSort, { nullable: true }) sort: SystemUsageSort | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return systemService.listUsages(ctx, filter, sort, page);
  }

  @Query(() => SystemUsageNode)
  systemUsage(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return systemService.usage(ctx, id);
  }

  @Mutation(() => SystemUsageNode)
  createSystemUsage(
    @Arg('input', () => SystemUsageCreateInput) input: SystemUsageCreateInput,
    @Ctx() ctx: Context,
  ) {
    return systemService.createUsage(ctx, input);
  }

  @Mutation(() => SystemUsageNode)
  updateSystemUsage(
    @Arg('input', () => SystemUsageUpdateInput) input: SystemUsageUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return systemService.updateUsage(ctx, input);
  }

  @Mutation(() => Boolean)
  deleteSystemUsage(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return systemService.deleteUsage(ctx, id, version);
  }

  @FieldResolver(() => ItSystemNode)
  async system(@Root() usage: SystemUsageNode, @Ctx() ctx: Context) {
    return ctx.loaders.system.load(usage.systemId);
  }

  @FieldResolver(() => String, { description: 'Local name, else the catalogue name.' })
  async name(@Root() usage: SystemUsageNode, @Ctx() ctx: Context) {
    return usage.localName ?? (await ctx.loaders.system.load(usage.systemId))?.name ?? '';
  }

  @FieldResolver(() => [ID], { description: 'The capabilities it serves, archived ones included.' })
  async capabilityIds(@Root() usage: SystemUsageNode, @Ctx() ctx: Context) {
    return (await ctx.loaders.usageCapabilities.load(usage.id)).map((l) => l.capabilityId);
  }

  @FieldResolver(() => [InfrastructureComponentNode], { description: 'The infrastructure it runs on.' })
  async infrastructure(@Root() usage: SystemUsageNode, @Ctx() ctx: Context) {
    return (await ctx.loaders.usageInfrastructure.load(usage.id)).map(({ component }) => ({
      ...component,
      endsOn: isoDate(component.endsOn),
    }));
  }

  @FieldResolver(() => UserRef, { nullable: true })
  owner(@Root() usage: SystemUsageNode, @Ctx() ctx: Context) {
    return usage.ownerUserId ? ctx.loaders.user.load(usage.ownerUserId) : null;
  }

  @FieldResolver(() => RecordedPersonRef, {
    nullable: true,
    description: 'The system owner when they have no account here (recorded, e.g. by the KITOS import).',
  })
  ownerPerson(@Root() usage: SystemUsageNode, @Ctx() ctx: Context) {
    return usage.ownerPersonId
      ? systemRepository.recordedPerson(ctx.prisma, usage.organisationId, usage.ownerPersonId)
      : null;
  }

  @FieldResolver(() => UserRef, { nullable: true })
  custodian(@Root() usage: SystemUsageNode, @Ctx() ctx: Context) {
    return usage.custodianUserId ? ctx.loaders.user.load(usage.custodianUserId) : null;
  }

  @FieldResolver(() => UnitNode, { nullable: true })
  responsibleUnit(@Root() usage: SystemUsageNode, @Ctx() ctx: Context) {
    return usage.responsibleUnitId ? ctx.loaders.unit.load(usage.responsibleUnitId) : null;
  }
}

@Resolver(() => ItSystemNode)
export class ItSystemResolver {
  @Query(() => ItSystemPage, { description: 'The shared catalogue plus your local entries.' })
  itSystems(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return systemService.listCatalogue(ctx, search, page);
  }
}
