import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import {
  IntegrationCreateInput,
  IntegrationUpdateInput,
  UsageDataSourceCreateInput,
  UsageDataSourceUpdateInput,
} from './integration.input';
import { IntegrationNode, UsageDataSourceNode } from './integration.type';
import { integrationService } from './integration.service';

@Resolver()
export class IntegrationResolver {
  @Mutation(() => UsageDataSourceNode, { description: 'Records that a usage reads or writes a data source.' })
  createUsageDataSource(
    @Arg('input', () => UsageDataSourceCreateInput) input: UsageDataSourceCreateInput,
    @Ctx() ctx: Context,
  ) {
    return integrationService.createEdge(ctx, input);
  }

  @Mutation(() => UsageDataSourceNode)
  updateUsageDataSource(
    @Arg('input', () => UsageDataSourceUpdateInput) input: UsageDataSourceUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return integrationService.updateEdge(ctx, input);
  }

  @Mutation(() => Boolean)
  deleteUsageDataSource(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return integrationService.deleteEdge(ctx, id, version);
  }

  @Mutation(() => IntegrationNode)
  createIntegration(
    @Arg('input', () => IntegrationCreateInput) input: IntegrationCreateInput,
    @Ctx() ctx: Context,
  ) {
    return integrationService.createIntegration(ctx, input);
  }

  @Mutation(() => IntegrationNode)
  updateIntegration(
    @Arg('input', () => IntegrationUpdateInput) input: IntegrationUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return integrationService.updateIntegration(ctx, input);
  }

  @Mutation(() => Boolean)
  deleteIntegration(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return integrationService.deleteIntegration(ctx, id, version);
  }
}
