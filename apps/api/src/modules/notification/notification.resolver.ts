import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ContractAlertRunNode, NotificationNode } from './notification.type';
import { notificationService } from './notification.service';

@Resolver(() => NotificationNode)
export class NotificationResolver {
  @Query(() => [NotificationNode], { description: "The viewer's own notifications that are not snoozed." })
  notifications(
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
    @Ctx() ctx: Context,
  ) {
    return notificationService.list(ctx, unreadOnly);
  }

  @Query(() => Int, { description: 'Unread, not snoozed notifications of the viewer.' })
  unreadNotificationCount(@Ctx() ctx: Context) {
    return notificationService.unreadCount(ctx);
  }

  @Mutation(() => NotificationNode)
  markNotificationRead(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return notificationService.markRead(ctx, id);
  }

  @Mutation(() => NotificationNode)
  snoozeNotification(
    @Arg('id', () => ID) id: string,
    @Arg('until', () => Date) until: Date,
    @Ctx() ctx: Context,
  ) {
    return notificationService.snooze(ctx, id, until);
  }

  @Mutation(() => ContractAlertRunNode, {
    description: 'Runs the contract alert job for the chosen organisation.',
  })
  runContractAlerts(@Ctx() ctx: Context) {
    return notificationService.runAlerts(ctx);
  }
}
