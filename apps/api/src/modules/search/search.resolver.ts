import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { searchService } from './search.service';
import { SearchHit } from './search.type';

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'Global search over the organisation’s systems, data sources, interfaces, contracts, suppliers, projects and benefits, best first.',
  })
  search(@Arg('text', () => String) text: string, @Ctx() ctx: Context) {
    return searchService.search(ctx, { text });
  }
}
