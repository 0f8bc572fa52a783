import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Lifecycle } from '../../shared/enums';
import { OrganisationNode } from '../organisation/organisation.type';
import { SystemUsageNode } from './system.type';
import { systemSharingService } from './system-sharing.service';

@ObjectType('SystemUsageElsewhere', {
  description: 'Another organisation’s use of the same catalogue system.',
})
class SystemUsageElsewhereNode {
  @Field(() => OrganisationNode)
  organisation!: OrganisationNode;

  @Field(() => Lifecycle)
  lifecycle!: Lifecycle;
}

@Resolver(() => SystemUsageNode)
export class SystemUsageSharingResolver {
  @FieldResolver(() => [SystemUsageElsewhereNode], {
    description:
      'Other organisations using the same catalogue system, as far as they share their system usages with you.',
  })
  usedElsewhere(@Root() usage: SystemUsageNode, @Ctx() ctx: Context) {
    return systemSharingService.usedElsewhere(ctx, usage);
  }
}
