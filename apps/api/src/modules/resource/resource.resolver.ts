import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ProjectNode } from '../project/project.type';
import {
  AllocationInput,
  AllocationUpdateInput,
  PersonCreateInput,
  PersonUpdateInput,
  ResourceDemandInput,
} from './resource.input';
import { resourceService } from './resource.service';
import {
  AllocationHeatmapNode,
  AllocationNode,
  CompetencyNode,
  PersonNode,
  ProjectSynergyNode,
  ResourceDemandNode,
} from './resource.type';

@Resolver()
export class ResourceResolver {
  @Query(() => [PersonNode])
  people(@Ctx() ctx: Context) {
    return resourceService.people(ctx);
  }

  @Query(() => [CompetencyNode])
  competencies(@Ctx() ctx: Context) {
    return resourceService.competencies(ctx);
  }

  @Query(() => [AllocationNode])
  allocations(
    @Arg('projectId', () => ID, { nullable: true }) projectId: string | null,
    @Arg('quarters', () => [String], { nullable: true }) quarters: string[] | null,
    @Ctx() ctx: Context,
  ) {
    return resourceService.allocations(ctx, projectId, quarters);
  }

  @Query(() => AllocationHeatmapNode, { description: 'Over/under-allocation per competency and unit.' })
  allocationHeatmap(
    @Arg('quarters', () => [String], {
      nullable: true,
      description: 'Default: this and the next 3 quarters.',
    })
    quarters: string[] | null,
    @Ctx() ctx: Context,
  ) {
    return resourceService.heatmap(ctx, quarters);
  }

  @Query(() => [ProjectSynergyNode], {
    description: 'Open projects touching the same systems or capabilities.',
  })
  projectSynergies(@Ctx() ctx: Context) {
    return resourceService.synergies(ctx);
  }

  @Mutation(() => CompetencyNode)
  createCompetency(@Arg('name', () => String) name: string, @Ctx() ctx: Context) {
    return resourceService.createCompetency(ctx, name);
  }

  @Mutation(() => CompetencyNode)
  updateCompetency(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('name', () => String) name: string,
    @Ctx() ctx: Context,
  ) {
    return resourceService.updateCompetency(ctx, id, version, name);
  }

  @Mutation(() => PersonNode)
  createPerson(@Arg('input', () => PersonCreateInput) input: PersonCreateInput, @Ctx() ctx: Context) {
    return resourceService.createPerson(ctx, input);
  }

  @Mutation(() => PersonNode)
  updatePerson(@Arg('input', () => PersonUpdateInput) input: PersonUpdateInput, @Ctx() ctx: Context) {
    return resourceService.updatePerson(ctx, input);
  }

  @Mutation(() => Boolean)
  deletePerson(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return resourceService.deletePerson(ctx, id, version);
  }

  @Mutation(() => AllocationNode)
  createAllocation(@Arg('input', () => AllocationInput) input: AllocationInput, @Ctx() ctx: Context) {
    return resourceService.createAllocation(ctx, input);
  }

  @Mutation(() => AllocationNode)
  updateAllocation(
    @Arg('input', () => AllocationUpdateInput) input: AllocationUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return resourceService.updateAllocation(ctx, input);
  }

  @Mutation(() => Boolean)
  deleteAllocation(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return resourceService.deleteAllocation(ctx, id, version);
  }

  @Mutation(() => [ResourceDemandNode], { description: "Sets a project's demand; returns all its demands." })
  setResourceDemand(
    @Arg('input', () => ResourceDemandInput) input: ResourceDemandInput,
    @Ctx() ctx: Context,
  ) {
    return resourceService.setDemand(ctx, input);
  }
}

@Resolver(() => ProjectNode)
export class ProjectDemandsResolver {
  @FieldResolver(() => [ResourceDemandNode], { description: 'Detail view only.' })
  demands(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return resourceService.projectDemands(ctx, p.id);
  }
}
