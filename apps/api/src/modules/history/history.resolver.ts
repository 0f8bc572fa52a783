import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../shared/pagination';
import type { Context } from '../../context';
import { historyService } from './history.service';
import { AuditLogFilterInput, AuditLogPage, HistoryEntity, HistoryEntryNode } from './history.type';

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

  @Query(() => AuditLogPage, {
    description: 'The organisation’s audit log, newest first, filtered; administrators only.',
  })
  auditLog(
    @Arg('filter', () => AuditLogFilterInput, { nullable: true }) filter: AuditLogFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return historyService.log(ctx, filter, page);
  }

  @Query(() => [String], {
    description: 'The entity types in the organisation’s audit log; administrators only.',
  })
  auditLogEntityTypes(@Ctx() ctx: Context) {
    return historyService.entityTypes(ctx);
  }
}
