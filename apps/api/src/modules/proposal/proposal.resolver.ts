import type { ProposalAction } from '@overblik/domain';
import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { UserRef } from '../organisation/organisation.type';
import { ProjectNode } from '../project/project.type';
import { toProjectNode } from '../project/project.service';
import { ProposalDecisionInput, ProposalSubmitInput } from './proposal.input';
import { proposalRepository } from './proposal.repository';
import { proposalService } from './proposal.service';
import { BoardAgendaNode, ProposalDecisionNode, ProposalNode } from './proposal.type';

type DecisionRow = Awaited<ReturnType<typeof proposalRepository.decisions>>[number];

/** Decisions of all proposals in one response, one query (the WeakMap dies with the request). */
const decisionLoaders = new WeakMap<Context, DataLoader<string, DecisionRow[]>>();
function decisionsOf(ctx: Context, proposalId: string) {
  let loader = decisionLoaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await proposalRepository.decisions(ctx.prisma, [...ids]);
      return ids.map((id) => rows.filter((r) => r.proposalId === id));
    });
    decisionLoaders.set(ctx, loader);
  }
  return loader.load(proposalId);
}

const decide = (action: Exclude<ProposalAction, 'SUBMIT'>, ctx: Context, input: ProposalDecisionInput) =>
  proposalService.decide(ctx, action, input);

@Resolver(() => ProposalNode)
export class ProposalResolver {
  @Query(() => BoardAgendaNode, { description: 'Proposals awaiting the council or the board.' })
  boardAgenda(@Ctx() ctx: Context) {
    return proposalService.agenda(ctx);
  }

  @Query(() => ProposalNode)
  proposal(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return proposalService.proposal(ctx, id);
  }

  @Mutation(() => ProposalNode, { description: 'Submits a new proposal or resubmits a returned one.' })
  submitProposal(@Arg('input', () => ProposalSubmitInput) input: ProposalSubmitInput, @Ctx() ctx: Context) {
    return proposalService.submit(ctx, input);
  }

  @Mutation(() => ProposalNode, {
    description: 'Digitalisation council: pre-qualifies a submitted proposal.',
  })
  prequalifyProposal(
    @Arg('input', () => ProposalDecisionInput) input: ProposalDecisionInput,
    @Ctx() ctx: Context,
  ) {
    return decide('PREQUALIFY', ctx, input);
  }

  @Mutation(() => ProposalNode, { description: 'Digitalisation council: sends it back with a reason.' })
  returnProposal(
    @Arg('input', () => ProposalDecisionInput) input: ProposalDecisionInput,
    @Ctx() ctx: Context,
  ) {
    return decide('RETURN', ctx, input);
  }

  @Mutation(() => ProposalNode, { description: 'Portfolio steering group: approves.' })
  approveProposal(
    @Arg('input', () => ProposalDecisionInput) input: ProposalDecisionInput,
    @Ctx() ctx: Context,
  ) {
    return decide('APPROVE', ctx, input);
  }

  @Mutation(() => ProposalNode, { description: 'Portfolio steering group: rejects, with a reason.' })
  rejectProposal(
    @Arg('input', () => ProposalDecisionInput) input: ProposalDecisionInput,
    @Ctx() ctx: Context,
  ) {
    return decide('REJECT', ctx, input);
  }

  @Mutation(() => ProposalNode, { description: 'Portfolio steering group: defers, with a reason.' })
  deferProposal(
    @Arg('input', () => ProposalDecisionInput) input: ProposalDecisionInput,
    @Ctx() ctx: Context,
  ) {
    return decide('DEFER', ctx, input);
  }

  @Mutation(() => ProjectNode, { description: 'Appoints the lead of a project whose proposal is approved.' })
  async appointProjectLead(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('leadUserId', () => ID) leadUserId: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return toProjectNode(await proposalService.appointLead(ctx, projectId, leadUserId, version));
  }

  @FieldResolver(() => ProjectNode)
  async project(@Root() p: ProposalNode, @Ctx() ctx: Context) {
    return toProjectNode((await ctx.loaders.project.load(p.projectId))!);
  }

  @FieldResolver(() => UserRef, { nullable: true })
  submittedBy(@Root() p: ProposalNode, @Ctx() ctx: Context) {
    return p.submittedById ? ctx.loaders.user.load(p.submittedById) : null;
  }

  @FieldResolver(() => [ProposalDecisionNode])
  decisions(@Root() p: ProposalNode, @Ctx() ctx: Context) {
    return decisionsOf(ctx, p.id);
  }
}

@Resolver(() => ProposalDecisionNode)
export class ProposalDecisionResolver {
  @FieldResolver(() => UserRef, { nullable: true })
  decidedBy(@Root() d: ProposalDecisionNode, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(d.decidedById);
  }
}

@Resolver(() => ProjectNode)
export class ProjectProposalsResolver {
  @FieldResolver(() => [ProposalNode], { description: 'Proposals with their decisions. Detail view only.' })
  proposals(@Root() p: ProjectNode, @Ctx() ctx: Context) {
    return proposalRepository.forProject(ctx.prisma, p.id);
  }
}
