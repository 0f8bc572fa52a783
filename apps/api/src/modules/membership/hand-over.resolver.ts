import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { HandOverInput, ResponsibilityNode } from './hand-over.type';
import { handOverService } from './hand-over.service';

@Resolver(() => ResponsibilityNode)
export class HandOverResolver {
  @Query(() => [ResponsibilityNode], {
    description: 'Administrators: everything a person holds in the chosen organisation.',
  })
  responsibilities(@Arg('userId', () => ID) userId: string, @Ctx() ctx: Context) {
    return handOverService.responsibilities(ctx, userId);
  }

  @Mutation(() => Int, {
    description:
      'Moves the ticked responsibilities to a colleague in one audited step; returns the records changed.',
  })
  handOverResponsibilities(@Arg('input', () => HandOverInput) input: HandOverInput, @Ctx() ctx: Context) {
    return handOverService.handOver(ctx, input);
  }
}
