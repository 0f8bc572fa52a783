import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { UserRef } from '../organisation/organisation.type';
import { ProjectLifecycleDecisionInput, ProjectTeamMemberInput } from './project.input';
import { projectLoaders } from './project.loaders';
import { projectRepository as repo } from './project.repository';
import { projectLifecycleService } from './project-lifecycle.service';
import { toProjectNode } from './project.service';
import { ProjectLifecycleDecisionNode, ProjectNode, ProjectTeamMemberNode } from './project.type';

/** A project's life after approval: board decisions, team, dependencies and deletion. */
@Resolver(() => ProjectNode)
export class ProjectLifecycleResolver {
  @Mutation(() => ProjectNode, {
    description: 'Pauses, resumes or stops a running project (the board); refused with INVALID_TRANSITION.',
  })
  decideProjectLifecycle(
    @Arg('input', () => ProjectLifecycleDecisionInput) input: ProjectLifecycleDecisionInput,
    @Ctx() ctx: Context,
  ) {
    return projectLifecycleService.decide(ctx, input);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a project while it is an idea or rejected; else CONFLICT.',
  })
  deleteProject(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return projectLifecycleService.remove(ctx, id, version);
  }

  @Mutation(() => ProjectNode, { description: "Replaces the project's team." })
  setProjectTeam(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('version', () => Int) version: number,
    @Arg('members', () => [ProjectTeamMemberInput]) members: ProjectTeamMemberInput[],
    @Ctx() ctx: Context,
  ) {
    return projectLifecycleService.setTeam(ctx, projectId, version, members);
  }

  @FieldResolver(() => [ProjectLifecycleDecisionNode], { description: 'Detail view only; oldest first.' })
  lifecycleDecisions(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return repo.lifecycleDecisions(ctx.prisma, p.id);
  }

  @FieldResolver(() => [ProjectTeamMemberNode], { description: 'Detail view only.' })
  team(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return repo.team(ctx.prisma, p.id);
  }

  @FieldResolver(() => [ProjectNode], { description: 'Projects that depend on this one. Detail view only.' })
  async dependencyOf(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return (await repo.dependants(ctx.prisma, p.id)).map(toProjectNode);
  }

  @FieldResolver(() => [ID], {
    description: 'Ids of the projects this one depends on. Batched: safe on lists.',
  })
  dependsOnIds(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return projectLoaders(ctx).dependsOnIds.load(p.id);
  }
}

@Resolver(() => ProjectLifecycleDecisionNode)
export class ProjectLifecycleDecisionResolver {
  @FieldResolver(() => UserRef, { nullable: true, description: 'Who recorded the decision.' })
  decidedBy(@Root() d: ProjectLifecycleDecisionNode, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(d.decidedById);
  }
}
