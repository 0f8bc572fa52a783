import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { UsageEditPolicyNode } from './usage-edit-rights.type';
import { usageEditPolicy } from './usage-edit-rights';

@Resolver()
export class UsageEditRightsResolver {
  @Query(() => UsageEditPolicyNode, {
    description: 'The chosen organisation’s policy for editing system usages, for showing edit controls.',
  })
  usageEditPolicy(@Ctx() ctx: Context) {
    return usageEditPolicy(ctx);
  }
}
