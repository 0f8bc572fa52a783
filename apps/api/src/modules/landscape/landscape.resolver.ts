import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { LocalDate } from '../../shared/scalars';
import { CopyRegisterExitView, LifecycleConflictView, OverlapAnalysisView } from './landscape-analysis.type';
import {
  ImpactAnalysisView,
  LandscapeGraphView,
  LandscapeNodeKind,
  NeighbourhoodView,
} from './landscape.type';
import { landscapeService } from './landscape.service';
import { overlapService } from './overlap.service';

@Resolver()
export class LandscapeResolver {
  @Query(() => LandscapeGraphView, {
    description:
      "The chosen organisation's whole landscape: usages, data sources, components and every edge.",
  })
  landscapeGraph(@Ctx() ctx: Context) {
    return landscapeService.graph(ctx);
  }

  @Query(() => NeighbourhoodView, {
    description: 'Everything within `hops` of a node, in and out; `truncated` when maxNodes cut it.',
  })
  neighbourhood(
    @Arg('rootId', () => ID) rootId: string,
    @Arg('hops', () => Int, { defaultValue: 2 }) hops: number,
    @Arg('maxNodes', () => Int, { defaultValue: 150 }) maxNodes: number,
    @Ctx() ctx: Context,
  ) {
    return landscapeService.neighbourhood(ctx, rootId, hops, maxNodes);
  }

  @Query(() => ImpactAnalysisView, {
    description: 'Which usages, units, contracts and projects lose data if the target is switched off.',
  })
  impactAnalysis(
    @Arg('kind', () => LandscapeNodeKind) kind: LandscapeNodeKind,
    @Arg('id', () => ID) id: string,
    @Arg('from', () => LocalDate, { nullable: true }) from: string | null,
    @Ctx() ctx: Context,
  ) {
    return landscapeService.impact(ctx, kind, id, from);
  }

  @Query(() => CopyRegisterExitView, {
    description: 'Usages buying base data through copy registers, and when to switch.',
  })
  copyRegisterExit(@Ctx() ctx: Context) {
    return landscapeService.copyRegisterExit(ctx);
  }

  @Query(() => OverlapAnalysisView, {
    description:
      'Capabilities served by several systems (open and accepted, with net savings per possible survivor), and duplicated data purchases.',
  })
  overlaps(@Ctx() ctx: Context) {
    return overlapService.analysis(ctx);
  }

  @Query(() => [LifecycleConflictView], { description: 'Usages that outlive something they depend on.' })
  lifecycleConflicts(
    @Arg('usageId', () => ID, { nullable: true }) usageId: string | null,
    @Ctx() ctx: Context,
  ) {
    return landscapeService.lifecycleConflicts(ctx, usageId);
  }
}
