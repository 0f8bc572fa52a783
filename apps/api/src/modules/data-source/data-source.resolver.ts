import { rollUpDataSourceCosts } from '@overblik/domain';
import { Arg, Args, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { PageArgs } from '../../shared/pagination';
import { DataSourceCreateInput, DataSourceFilter, DataSourceUpdateInput } from './data-source.input';
import { DataSourceProfileView } from './data-source-profile.type';
import { profileOf } from './data-source-profile.service';
import { DataSourceNode, DataSourcePage } from './data-source.type';
import { dataSourceService } from './data-source.service';

@Resolver(() => DataSourceNode)
export class DataSourceResolver {
  @Query(() => DataSourcePage, {
    description: 'Shared data sources plus your local ones, with who uses them.',
  })
  dataSources(
    @Arg('filter', () => DataSourceFilter, { nullable: true }) filter: DataSourceFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return dataSourceService.list(ctx, filter, page);
  }

  @Query(() => DataSourceNode)
  dataSource(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return dataSourceService.get(ctx, id);
  }

  @Mutation(() => DataSourceNode)
  createDataSource(
    @Arg('input', () => DataSourceCreateInput) input: DataSourceCreateInput,
    @Ctx() ctx: Context,
  ) {
    return dataSourceService.create(ctx, input);
  }

  @Mutation(() => DataSourceNode)
  updateDataSource(
    @Arg('input', () => DataSourceUpdateInput) input: DataSourceUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return dataSourceService.update(ctx, input);
  }

  @FieldResolver(() => Float, {
    description:
      "What the source costs the chosen organisation per year, kr: the sum of its uses' yearly costs.",
  })
  yearlyCost(@Root() source: DataSourceNode): number {
    const edges = source.uses.map((u) => ({
      usageId: u.usageId,
      dataSourceId: source.id,
      yearlyCost: u.yearlyCost,
    }));
    return rollUpDataSourceCosts(edges).byDataSource[source.id] ?? 0;
  }

  @FieldResolver(() => DataSourceProfileView, {
    description:
      "Who in the chosen organisation reads the source (by unit, channel, purpose), what it costs, its exit plan and the contracts and projects touching it. For one source's page; not for lists.",
  })
  profile(@Root() source: DataSourceNode, @Ctx() ctx: Context) {
    return profileOf(ctx, source);
  }
}
