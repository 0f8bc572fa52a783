import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { historyService } from './history.service';
import { HistoryEntity, HistoryEntryNode } from './history.type';

@Resolver(() => HistoryEntryNode)
export class HistoryResolver {
  @Query(() => [HistoryEntryNode], {
    description:
      'Who changed what and when on a record and its rows, field by field, newest first (latest 100).',
  })
  history(
    @Arg('entity', () => HistoryEntity) entity: HistoryEntity,
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ) {
    return historyService.history(ctx, entity, id);
  }
}
