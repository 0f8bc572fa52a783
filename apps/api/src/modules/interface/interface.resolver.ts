import { Arg, Args, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { PageArgs } from '../../shared/pagination';
import { InterfaceCreateInput, InterfaceFilter, InterfaceUpdateInput } from './interface.input';
import { InterfaceNode, InterfacePage } from './interface.type';
import { interfaceService } from './interface.service';

@Resolver(() => InterfaceNode)
export class InterfaceResolver {
  @Query(() => InterfacePage, {
    description: 'Shared interfaces plus your local ones, with the integrations that use each.',
  })
  interfaces(
    @Arg('search', () => String, { nullable: true, description: 'Shorthand for filter.search.' })
    search: string | null,
    @Arg('filter', () => InterfaceFilter, { nullable: true }) filter: InterfaceFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return interfaceService.list(ctx, { ...filter, search: filter?.search ?? search }, page);
  }

  @Query(() => InterfaceNode)
  interface(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return interfaceService.get(ctx, id);
  }

  @Mutation(() => InterfaceNode)
  createInterface(
    @Arg('input', () => InterfaceCreateInput) input: InterfaceCreateInput,
    @Ctx() ctx: Context,
  ) {
    return interfaceService.create(ctx, input);
  }

  @Mutation(() => InterfaceNode)
  updateInterface(
    @Arg('input', () => InterfaceUpdateInput) input: InterfaceUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return interfaceService.update(ctx, input);
  }

  @Mutation(() => Boolean, { description: 'Refused while integrations use the interface.' })
  deleteInterface(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return interfaceService.delete(ctx, id, version);
  }
}
