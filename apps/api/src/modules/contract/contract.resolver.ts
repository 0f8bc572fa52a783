import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PageArgs } from '../../shared/pagination';
import { isoDate, LocalDate, num } from '../../shared/scalars';
import { UserRef } from '../organisation/organisation.type';
import { toUsageNode } from '../system/system.service';
import { SystemUsageNode } from '../system/system.type';
import { ContractCreateInput, ContractFilter, ContractSort, ContractUpdateInput } from './contract.input';
import { contractLoaders } from './contract.loaders';
import { contractService, type ContractView } from './contract.service';
import { toInvoiceNode, viewPriceBasis } from './invoice.service';
import { startRetenderProposal } from './retender-proposal.service';
import { ProposalNode } from '../proposal/proposal.type';
import { InvoiceNode } from './invoice.type';
import {
  ContractEconomyLineNode,
  ContractIntegrationNode,
  ContractNode,
  ContractOptionNode,
  ContractPage,
  ContractSupplierNode,
} from './contract.type';

@Resolver(() => ContractNode)
export class ContractResolver {
  @Query(() => ContractPage, { description: "The chosen organisation's contracts with computed dates." })
  contracts(
    @Arg('filter', () => ContractFilter, { nullable: true }) filter: ContractFilter | null,
    @Arg('sort', () => ContractSort, { nullable: true }) sort: ContractSort | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return contractService.list(ctx, filter, sort, page);
  }

  @Query(() => LocalDate, { description: 'The day contract dates are computed against (Copenhagen).' })
  contractToday(@Ctx() ctx: Context) {
    return ctx.today;
  }

  @Query(() => ContractNode)
  contract(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return contractService.one(ctx, id);
  }

  @Mutation(() => ContractNode)
  createContract(@Arg('input', () => ContractCreateInput) input: ContractCreateInput, @Ctx() ctx: Context) {
    return contractService.create(ctx, input);
  }

  @Mutation(() => ContractNode)
  updateContract(@Arg('input', () => ContractUpdateInput) input: ContractUpdateInput, @Ctx() ctx: Context) {
    return contractService.update(ctx, input);
  }

  @Mutation(() => Boolean)
  deleteContract(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return contractService.remove(ctx, id, version);
  }

  @Mutation(() => ProposalNode, {
    description: 'Starts a re-tender proposal (project in the proposal phase) prefilled from the contract.',
  })
  startRetenderProposal(@Arg('contractId', () => ID) contractId: string, @Ctx() ctx: Context) {
    return startRetenderProposal(ctx, contractId);
  }

  @FieldResolver(() => ContractSupplierNode, { nullable: true })
  supplier(@Root() c: ContractView) {
    return c.supplierId && c.supplierName !== null ? { id: c.supplierId, name: c.supplierName } : null;
  }

  @FieldResolver(() => [ContractOptionNode])
  options(@Root() c: ContractView): ContractOptionNode[] {
    return c.options.map((o) => ({ ...o, exercisedOn: isoDate(o.exercisedOn) }));
  }

  @FieldResolver(() => [ContractEconomyLineNode])
  economyLines(@Root() c: ContractView): ContractEconomyLineNode[] {
    return c.economyLines.map((l) => ({ ...l, amount: num(l.amount) ?? 0 }));
  }

  @FieldResolver(() => [SystemUsageNode], { description: 'System usages the contract covers.' })
  async coveredUsages(@Root() c: ContractView, @Ctx() ctx: Context) {
    const rows = await contractLoaders(ctx).coveredUsages.load(c.id);
    return rows.map((r) => toUsageNode(r.usage));
  }

  @FieldResolver(() => [ContractIntegrationNode])
  async integrations(@Root() c: ContractView, @Ctx() ctx: Context): Promise<ContractIntegrationNode[]> {
    const rows = await contractLoaders(ctx).integrations.load(c.id);
    // Only the contract's own organisation's integrations: a row from another organisation that
    // points at this contract must not show that organisation's systems.
    return rows
      .filter((row) => row.organisationId === c.organisationId)
      .map(({ fromUsage, toUsage, organisationId: _organisation, ...row }) => ({
        ...row,
        fromUsageName: fromUsage.localName ?? fromUsage.system.name,
        toUsageName: toUsage.localName ?? toUsage.system.name,
      }));
  }

  @FieldResolver(() => [InvoiceNode], {
    description: 'Invoices, newest period first, each checked against the price.',
  })
  async invoices(@Root() c: ContractView, @Ctx() ctx: Context) {
    const [rows, organisation] = await Promise.all([
      contractLoaders(ctx).invoices.load(c.id),
      ctx.loaders.organisation.load(c.organisationId),
    ]);
    const basis = viewPriceBasis(c, organisation?.settings);
    return rows.map((row) => toInvoiceNode(row, basis));
  }

  @FieldResolver(() => ContractNode, { nullable: true })
  async parent(@Root() c: ContractView, @Ctx() ctx: Context) {
    return c.parentId ? contractService.one(ctx, c.parentId).catch(() => null) : null;
  }

  @FieldResolver(() => ContractNode, {
    nullable: true,
    description: 'The contract that renews or replaces this one.',
  })
  async successor(@Root() c: ContractView, @Ctx() ctx: Context) {
    return c.successorId ? contractService.one(ctx, c.successorId).catch(() => null) : null;
  }

  @FieldResolver(() => [ContractNode], { description: 'The contracts this one renews or replaces.' })
  predecessors(@Root() c: ContractView, @Ctx() ctx: Context) {
    return contractService.predecessors(ctx, c);
  }

  @FieldResolver(() => UserRef, { nullable: true })
  owner(@Root() c: ContractView, @Ctx() ctx: Context) {
    return c.ownerUserId ? ctx.loaders.user.load(c.ownerUserId) : null;
  }

  @FieldResolver(() => UserRef, { nullable: true })
  manager(@Root() c: ContractView, @Ctx() ctx: Context) {
    return c.managerUserId ? ctx.loaders.user.load(c.managerUserId) : null;
  }
}
