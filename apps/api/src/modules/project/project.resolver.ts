import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PageArgs } from '../../shared/pagination';
import { isoDate, num } from '../../shared/scalars';
import { UnitNode, UserRef } from '../organisation/organisation.type';
import {
  ArtefactInput,
  BusinessCaseLineInput,
  ProjectCreateInput,
  ProjectFilter,
  ProjectSort,
  ProjectUpdateInput,
  StatusReportInput,
} from './project.input';
import { projectLoaders } from './project.loaders';
import { projectRepository as repo } from './project.repository';
import { projectRecordsService } from './project-records.service';
import { projectService, toProjectNode } from './project.service';
import {
  ArtefactNode,
  BusinessCaseLineNode,
  GateCheckNode,
  GateDecisionNode,
  LatestStatusNode,
  PhaseDefinitionNode,
  PhaseHistoryNode,
  ProjectNode,
  ProjectPage,
  ProjectSystemRef,
  StatusReportNode,
  StrategyNode,
} from './project.type';
import { toStatusReportNode } from './status-report.mapper';

const toLine = <T extends { amount: { toString(): string } }>(l: T) => ({ ...l, amount: num(l.amount) ?? 0 });

@Resolver(() => ProjectNode)
export class ProjectResolver {
  @Query(() => ProjectPage, { description: "The chosen organisation's projects." })
  projects(
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter: ProjectFilter | null,
    @Arg('sort', () => ProjectSort, { nullable: true }) sort: ProjectSort | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return projectService.list(ctx, filter, sort, page);
  }

  @Query(() => ProjectNode)
  project(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return projectService.project(ctx, id);
  }

  @Query(() => [PhaseDefinitionNode], { description: "The chosen organisation's project model." })
  projectPhases(@Ctx() ctx: Context) {
    return projectService.phases(ctx);
  }

  @Query(() => [StrategyNode], { name: 'strategies', description: "The chosen organisation's strategies." })
  listStrategies(@Ctx() ctx: Context) {
    return projectService.strategies(ctx);
  }

  @Mutation(() => ProjectNode)
  createProject(@Arg('input', () => ProjectCreateInput) input: ProjectCreateInput, @Ctx() ctx: Context) {
    return projectService.create(ctx, input);
  }

  @Mutation(() => ProjectNode)
  updateProject(@Arg('input', () => ProjectUpdateInput) input: ProjectUpdateInput, @Ctx() ctx: Context) {
    return projectService.update(ctx, input);
  }

  @Mutation(() => ProjectNode, {
    description: 'Moves a project through a gate; refused with ARTEFACTS_MISSING.',
  })
  passGate(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('toPhase', () => String) toPhase: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return projectService.passGate(ctx, projectId, toPhase, version, reason);
  }

  @Mutation(() => ArtefactNode)
  saveProjectArtefact(@Arg('input', () => ArtefactInput) input: ArtefactInput, @Ctx() ctx: Context) {
    return projectRecordsService.saveArtefact(ctx, input);
  }

  @Mutation(() => [BusinessCaseLineNode])
  async saveBusinessCase(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('version', () => Int) version: number,
    @Arg('lines', () => [BusinessCaseLineInput]) lines: BusinessCaseLineInput[],
    @Ctx() ctx: Context,
  ) {
    return (await projectRecordsService.saveBusinessCase(ctx, projectId, version, lines)).map(toLine);
  }

  @Mutation(() => StatusReportNode)
  fileStatusReport(@Arg('input', () => StatusReportInput) input: StatusReportInput, @Ctx() ctx: Context) {
    return projectRecordsService.fileStatusReport(ctx, input);
  }

  @FieldResolver(() => UserRef, { nullable: true })
  owner(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return p.ownerUserId ? ctx.loaders.user.load(p.ownerUserId) : null;
  }

  @FieldResolver(() => UserRef, { nullable: true })
  lead(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return p.leadUserId ? ctx.loaders.user.load(p.leadUserId) : null;
  }

  @FieldResolver(() => UnitNode, { nullable: true })
  unit(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return p.unitId ? ctx.loaders.unit.load(p.unitId) : null;
  }

  @FieldResolver(() => LatestStatusNode, { description: 'Batched: safe on lists.' })
  latestStatus(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return projectLoaders(ctx).latestStatus.load(p);
  }

  @FieldResolver(() => [PhaseHistoryNode], { description: 'Detail view only.' })
  phaseHistory(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return repo.phaseHistory(ctx.prisma, p.id);
  }

  @FieldResolver(() => [GateDecisionNode], { description: 'Detail view only.' })
  gateDecisions(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return repo.gateDecisions(ctx.prisma, p.id);
  }

  @FieldResolver(() => GateCheckNode, { description: 'Detail view only.' })
  gate(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return projectService.gateCheck(ctx, p);
  }

  @FieldResolver(() => [BusinessCaseLineNode], { description: 'Detail view only.' })
  async businessCase(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return (await repo.businessCase(ctx.prisma, p.id)).map(toLine);
  }

  @FieldResolver(() => [ArtefactNode], { description: 'Detail view only.' })
  artefacts(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return repo.artefacts(ctx.prisma, p.id);
  }

  @FieldResolver(() => [StatusReportNode], { description: 'Detail view only; oldest first.' })
  async statusReports(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return (await repo.statusReports(ctx.prisma, [p.id])).map(toStatusReportNode);
  }

  @FieldResolver(() => [StrategyNode], { description: 'Detail view only.' })
  async strategies(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    const rows = await repo.strategies(ctx.prisma, p.id);
    return rows.map((s) => ({ ...s, validFrom: isoDate(s.validFrom), validTo: isoDate(s.validTo) }));
  }

  @FieldResolver(() => [ProjectSystemRef], { description: 'Detail view only.' })
  async systems(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    const rows = await repo.systems(ctx.prisma, p.id);
    return rows.map((r) => ({ usageId: r.usageId, name: r.usage.localName ?? r.usage.system.name }));
  }

  @FieldResolver(() => [ProjectNode], { description: 'Projects this one depends on. Detail view only.' })
  async dependsOn(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return (await repo.dependencies(ctx.prisma, p.id)).map(toProjectNode);
  }

  @FieldResolver(() => Int, { description: 'Detail view only.' })
  benefitCount(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return repo.benefitCount(ctx.prisma, p.id);
  }
}

@Resolver(() => StatusReportNode)
export class StatusReportResolver {
  @FieldResolver(() => UserRef, { nullable: true, description: 'Who filed the report.' })
  reportedBy(@Root() r: StatusReportNode, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(r.reportedById);
  }
}
