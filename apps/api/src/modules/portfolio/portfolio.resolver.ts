import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ProjectNode } from '../project/project.type';
import { boardService } from './board.service';
import { criteriaService } from './criteria.service';
import {
  CategoryCreateInput,
  CategoryUpdateInput,
  CriterionCreateInput,
  CriterionScoreInput,
  CriterionUpdateInput,
  ProjectCategoriesInput,
} from './portfolio.input';
import {
  CategoryNode,
  CriterionNode,
  CriterionScoreNode,
  PortfolioBoardNode,
  PrioritisationModelNode,
  ProjectOverlapNode,
  RelatedProjectNode,
  ScenarioNode,
} from './portfolio.type';
import { rankingService } from './ranking.service';
import { synergyService } from './synergy.service';

@Resolver()
export class PortfolioResolver {
  @Query(() => PortfolioBoardNode, { description: 'The ranking board: live, or a saved scenario.' })
  portfolioBoard(
    @Arg('scenarioId', () => ID, { nullable: true }) scenarioId: string | null,
    @Ctx() ctx: Context,
  ) {
    return boardService.board(ctx, scenarioId);
  }

  @Mutation(() => ProjectNode, {
    description: 'Moves a project between two neighbours on the live board (null = start or end).',
  })
  reorderProject(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('beforeId', () => ID, { nullable: true }) beforeId: string | null,
    @Arg('afterId', () => ID, { nullable: true }) afterId: string | null,
    @Ctx() ctx: Context,
  ) {
    return rankingService.reorder(ctx, projectId, beforeId, afterId);
  }

  @Query(() => [ScenarioNode])
  portfolioScenarios(@Ctx() ctx: Context) {
    return rankingService.scenarios(ctx);
  }

  @Mutation(() => ScenarioNode, { description: 'Saves the live ranking as a what-if scenario.' })
  createScenario(@Arg('name', () => String) name: string, @Ctx() ctx: Context) {
    return rankingService.createScenario(ctx, name);
  }

  @Mutation(() => ScenarioNode, {
    description: 'Moves a project inside a scenario; the live ranking is untouched.',
  })
  reorderInScenario(
    @Arg('scenarioId', () => ID) scenarioId: string,
    @Arg('projectId', () => ID) projectId: string,
    @Arg('beforeId', () => ID, { nullable: true }) beforeId: string | null,
    @Arg('afterId', () => ID, { nullable: true }) afterId: string | null,
    @Ctx() ctx: Context,
  ) {
    return rankingService.reorderInScenario(ctx, scenarioId, projectId, beforeId, afterId);
  }

  @Mutation(() => ScenarioNode, { description: 'The board approves a scenario: its ranking becomes live.' })
  approveScenario(
    @Arg('scenarioId', () => ID) scenarioId: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return rankingService.approveScenario(ctx, scenarioId, version);
  }

  @Query(() => PrioritisationModelNode, { nullable: true, description: 'The active prioritisation model.' })
  prioritisationModel(@Ctx() ctx: Context) {
    return criteriaService.model(ctx);
  }

  @Mutation(() => CriterionNode)
  createCriterion(
    @Arg('input', () => CriterionCreateInput) input: CriterionCreateInput,
    @Ctx() ctx: Context,
  ) {
    return criteriaService.create(ctx, input);
  }

  @Mutation(() => CriterionNode)
  updateCriterion(
    @Arg('input', () => CriterionUpdateInput) input: CriterionUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return criteriaService.update(ctx, input);
  }

  @Mutation(() => Boolean)
  deleteCriterion(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return criteriaService.remove(ctx, id, version);
  }

  @Mutation(() => CriterionScoreNode)
  setCriterionScore(
    @Arg('input', () => CriterionScoreInput) input: CriterionScoreInput,
    @Ctx() ctx: Context,
  ) {
    return criteriaService.setScore(ctx, input);
  }

  @Mutation(() => CategoryNode, { description: 'Administrators and the coordinator keep the categories.' })
  createCategory(@Arg('input', () => CategoryCreateInput) input: CategoryCreateInput, @Ctx() ctx: Context) {
    return criteriaService.createCategory(ctx, input);
  }

  @Mutation(() => CategoryNode)
  updateCategory(@Arg('input', () => CategoryUpdateInput) input: CategoryUpdateInput, @Ctx() ctx: Context) {
    return criteriaService.updateCategory(ctx, input);
  }

  @Mutation(() => Boolean, { description: "Deletes the category and every project's assignment to it." })
  deleteCategory(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return criteriaService.removeCategory(ctx, id, version);
  }

  @Mutation(() => ProjectNode, { description: "Replaces the project's categories; bumps its version." })
  setProjectCategories(
    @Arg('input', () => ProjectCategoriesInput) input: ProjectCategoriesInput,
    @Ctx() ctx: Context,
  ) {
    return criteriaService.setProjectCategories(ctx, input);
  }

  @Query(() => [ProjectOverlapNode], {
    description: 'Systems and capabilities touched by two or more open projects (synergy and overlap).',
  })
  projectOverlaps(@Ctx() ctx: Context) {
    return synergyService.overlaps(ctx);
  }
}

@Resolver(() => ProjectNode)
export class ProjectScoresResolver {
  @FieldResolver(() => [CriterionScoreNode], { description: 'Scores per criterion. Detail view only.' })
  scores(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return criteriaService.scores(ctx, p.id);
  }

  @FieldResolver(() => [CategoryNode], { description: 'By dimension, then name.' })
  categories(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return criteriaService.projectCategories(ctx, p.id);
  }

  @FieldResolver(() => [RelatedProjectNode], {
    description: 'Other open projects touching the same systems or capabilities. Detail view only.',
  })
  relatedProjects(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return synergyService.related(ctx, p);
  }
}
