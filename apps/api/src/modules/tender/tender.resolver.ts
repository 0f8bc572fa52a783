import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../shared/pagination';
import type { Context } from '../../context';
import { jointTenderService } from './joint-tender.service';
import { requirementService } from './requirement.service';
import {
  RequirementCheckNode,
  RequirementCheckUpdateInput,
  StandardRequirementInput,
  StandardRequirementNode,
  StandardRequirementUpdateInput,
} from './requirement.type';
import { tenderPlanService } from './tender-plan.service';
import { JointTenderCandidatePage, TenderPlanFromCandidateInput, TenderPlanNode } from './tender.type';

@Resolver()
export class TenderResolver {
  @Query(() => JointTenderCandidatePage, {
    description: 'Contracts across collaborating organisations that could be tendered together.',
  })
  jointTenderCandidates(
    @Arg('windowMonths', () => Int, { defaultValue: 18 }) windowMonths: number,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return jointTenderService.candidates(ctx, windowMonths, page);
  }

  @Query(() => [TenderPlanNode])
  tenderPlans(@Ctx() ctx: Context) {
    return tenderPlanService.list(ctx);
  }

  @Mutation(() => TenderPlanNode)
  createTenderPlan(
    @Arg('input', () => TenderPlanFromCandidateInput) input: TenderPlanFromCandidateInput,
    @Ctx() ctx: Context,
  ) {
    return tenderPlanService.createFromCandidate(ctx, input);
  }

  @Query(() => [StandardRequirementNode])
  standardRequirements(
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: Context,
  ) {
    return requirementService.list(ctx, includeInactive);
  }

  @Mutation(() => StandardRequirementNode)
  createStandardRequirement(
    @Arg('input', () => StandardRequirementInput) input: StandardRequirementInput,
    @Ctx() ctx: Context,
  ) {
    return requirementService.create(ctx, input);
  }

  @Mutation(() => StandardRequirementNode)
  updateStandardRequirement(
    @Arg('input', () => StandardRequirementUpdateInput) input: StandardRequirementUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return requirementService.update(ctx, input);
  }

  @Mutation(() => Boolean)
  deleteStandardRequirement(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return requirementService.remove(ctx, id, version);
  }

  @Query(() => [RequirementCheckNode], {
    description: 'The standard-requirement checklist of a re-tender project.',
  })
  requirementChecklist(@Arg('projectId', () => ID) projectId: string, @Ctx() ctx: Context) {
    return requirementService.checklist(ctx, projectId);
  }

  @Mutation(() => [RequirementCheckNode], {
    description: 'Adds the active standard requirements to the checklist.',
  })
  addRequirementChecklist(@Arg('projectId', () => ID) projectId: string, @Ctx() ctx: Context) {
    return requirementService.addChecklist(ctx, projectId);
  }

  @Mutation(() => RequirementCheckNode)
  updateRequirementCheck(
    @Arg('input', () => RequirementCheckUpdateInput) input: RequirementCheckUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return requirementService.updateCheck(ctx, input);
  }
}
