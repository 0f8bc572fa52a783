import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { UserRef } from '../organisation/organisation.type';
import { ProjectNode, StrategyNode } from '../project/project.type';
import { toProjectNode } from '../project/project.service';
import { isoDate } from '../../shared/scalars';
import { ProgrammeCreateInput, ProgrammeUpdateInput } from './programme.input';
import { programmeLoaders } from './programme.loaders';
import { programmeRepository as repo } from './programme.repository';
import { programmeService } from './programme.service';
import { ProgrammeNode, ProgrammeRollupNode } from './programme.type';

@Resolver(() => ProgrammeNode)
export class ProgrammeResolver {
  @Query(() => [ProgrammeNode], { description: "The chosen organisation's programmes, by name." })
  programmes(
    @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean,
    @Ctx() ctx: Context,
  ) {
    return programmeService.list(ctx, includeArchived);
  }

  @Query(() => ProgrammeNode)
  programme(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return programmeService.programme(ctx, id);
  }

  @Mutation(() => ProgrammeNode, { description: 'Coordinator, executive board or steering group.' })
  createProgramme(
    @Arg('input', () => ProgrammeCreateInput) input: ProgrammeCreateInput,
    @Ctx() ctx: Context,
  ) {
    return programmeService.create(ctx, input);
  }

  @Mutation(() => ProgrammeNode, { description: 'Coordinator, executive board or steering group.' })
  updateProgramme(
    @Arg('input', () => ProgrammeUpdateInput) input: ProgrammeUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return programmeService.update(ctx, input);
  }

  @Mutation(() => ProgrammeNode, { description: 'Archive (true) or restore (false) a programme.' })
  setProgrammeArchived(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('archived', () => Boolean) archived: boolean,
    @Ctx() ctx: Context,
  ) {
    return programmeService.setArchived(ctx, id, version, archived);
  }

  @Mutation(() => ProgrammeNode, {
    description: "Replaces the programme's projects; each leaves any other programme it was in.",
  })
  setProgrammeProjects(
    @Arg('programmeId', () => ID) programmeId: string,
    @Arg('version', () => Int) version: number,
    @Arg('projectIds', () => [ID]) projectIds: string[],
    @Ctx() ctx: Context,
  ) {
    return programmeService.setProjects(ctx, programmeId, version, projectIds);
  }

  @FieldResolver(() => UserRef, { nullable: true, description: 'The programme leader.' })
  lead(@Root() p: ProgrammeNode, @Ctx() ctx: Context) {
    return p.leadUserId ? ctx.loaders.user.load(p.leadUserId) : null;
  }

  @FieldResolver(() => [StrategyNode], { description: 'Detail view only.' })
  async strategies(@Root() p: ProgrammeNode, @Ctx() ctx: Context) {
    const rows = await repo.strategies(ctx.prisma, p.id);
    return rows.map((s) => ({ ...s, validFrom: isoDate(s.validFrom), validTo: isoDate(s.validTo) }));
  }

  @FieldResolver(() => [ProjectNode], { description: 'By name. Detail view only.' })
  async projects(@Root() p: ProgrammeNode, @Ctx() ctx: Context) {
    return (await repo.projects(ctx.prisma, p.id)).map(toProjectNode);
  }

  @FieldResolver(() => ProgrammeRollupNode, { description: 'Batched: safe on lists.' })
  rollup(@Root() p: ProgrammeNode, @Ctx() ctx: Context) {
    return programmeLoaders(ctx).rollup.load(p);
  }
}

@Resolver(() => ProjectNode)
export class ProjectProgrammeResolver {
  @FieldResolver(() => ProgrammeNode, {
    nullable: true,
    description: 'The programme the project belongs to.',
  })
  programme(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return p.programmeId ? repo.get(ctx.prisma, [p.organisationId], p.programmeId) : null;
  }
}
