import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PageArgs } from '../../shared/pagination';
import { LocalDate } from '../../shared/scalars';
import { UnitNode, UserRef } from '../organisation/organisation.type';
import { benefitDashboardService } from './benefit-dashboard.service';
import { BenefitDashboardNode, BenefitGroupBy } from './benefit-dashboard.type';
import { benefitMapService } from './benefit-map.service';
import { benefitMeasurementService } from './benefit-measurement.service';
import {
  BenefitCreateInput,
  BenefitFilter,
  BenefitMapNodeInput,
  BenefitMapNodeUpdateInput,
  BenefitMeasurementInput,
  BenefitSort,
  BenefitUpdateInput,
} from './benefit.input';
import { benefitService } from './benefit.service';
import { BenefitMapNodeNode, BenefitNode, BenefitPage } from './benefit.type';

@Resolver(() => BenefitNode)
export class BenefitResolver {
  @Query(() => BenefitPage, { description: "The chosen organisation's benefits." })
  benefits(
    @Arg('filter', () => BenefitFilter, { nullable: true }) filter: BenefitFilter | null,
    @Arg('sort', () => BenefitSort, { nullable: true }) sort: BenefitSort | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return benefitService.list(ctx, filter, sort, page);
  }

  @Query(() => BenefitNode)
  benefit(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return benefitService.benefit(ctx, id);
  }

  @Mutation(() => BenefitNode)
  createBenefit(@Arg('input', () => BenefitCreateInput) input: BenefitCreateInput, @Ctx() ctx: Context) {
    return benefitService.create(ctx, input);
  }

  @Mutation(() => BenefitNode)
  updateBenefit(@Arg('input', () => BenefitUpdateInput) input: BenefitUpdateInput, @Ctx() ctx: Context) {
    return benefitService.update(ctx, input);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a benefit with its profile and measurements; version-checked.',
  })
  deleteBenefit(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return benefitService.delete(ctx, id, version);
  }

  @Mutation(() => BenefitNode, {
    description: "Only the benefit's responsible or accountable user, or a project coordinator.",
  })
  recordMeasurement(
    @Arg('input', () => BenefitMeasurementInput) input: BenefitMeasurementInput,
    @Ctx() ctx: Context,
  ) {
    return benefitMeasurementService.record(ctx, input);
  }

  @Query(() => BenefitDashboardNode)
  benefitDashboard(
    @Arg('groupBy', () => BenefitGroupBy, { defaultValue: BenefitGroupBy.ORGANISATION })
    groupBy: BenefitGroupBy,
    @Arg('asOf', () => LocalDate, { nullable: true, description: 'Default: today (Copenhagen).' })
    asOf: string | null,
    @Ctx() ctx: Context,
  ) {
    return benefitDashboardService.dashboard(ctx, groupBy, asOf);
  }

  @Query(() => [BenefitMapNodeNode], { description: "A project's benefit map." })
  benefitMap(@Arg('projectId', () => ID) projectId: string, @Ctx() ctx: Context) {
    return benefitMapService.nodes(ctx, projectId);
  }

  @Mutation(() => BenefitMapNodeNode)
  createBenefitMapNode(
    @Arg('input', () => BenefitMapNodeInput) input: BenefitMapNodeInput,
    @Ctx() ctx: Context,
  ) {
    return benefitMapService.create(ctx, input);
  }

  @Mutation(() => BenefitMapNodeNode, { description: 'Version-checked; the map order must still hold.' })
  updateBenefitMapNode(
    @Arg('input', () => BenefitMapNodeUpdateInput) input: BenefitMapNodeUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return benefitMapService.update(ctx, input);
  }

  @Mutation(() => Boolean, {
    description: 'Refused with CONFLICT while other nodes contribute to it (move or delete them first).',
  })
  deleteBenefitMapNode(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return benefitMapService.delete(ctx, id, version);
  }

  @FieldResolver(() => UserRef, { nullable: true })
  responsible(@Root() benefit: BenefitNode, @Ctx() ctx: Context) {
    return benefit.responsibleUserId ? ctx.loaders.user.load(benefit.responsibleUserId) : null;
  }

  @FieldResolver(() => UserRef, { nullable: true })
  accountable(@Root() benefit: BenefitNode, @Ctx() ctx: Context) {
    return benefit.accountableUserId ? ctx.loaders.user.load(benefit.accountableUserId) : null;
  }

  @FieldResolver(() => UnitNode, { nullable: true })
  harvestingUnit(@Root() benefit: BenefitNode, @Ctx() ctx: Context) {
    return benefit.harvestingUnitId ? ctx.loaders.unit.load(benefit.harvestingUnitId) : null;
  }
}
