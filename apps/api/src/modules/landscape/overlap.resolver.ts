import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { overlapService } from './overlap.service';
import { OverlapAcceptanceView, OverlapAcceptInput } from './overlap.type';

@Resolver()
export class OverlapResolver {
  @Query(() => [OverlapAcceptanceView], {
    description: 'Every overlap acceptance of the organisation, standing and reopened, newest first.',
  })
  overlapAcceptances(@Ctx() ctx: Context) {
    return overlapService.history(ctx);
  }

  @Mutation(() => OverlapAcceptanceView, {
    description: 'Accept an open overlap with a reason: it leaves the open list and stays in history.',
  })
  acceptOverlap(@Arg('input', () => OverlapAcceptInput) input: OverlapAcceptInput, @Ctx() ctx: Context) {
    return overlapService.accept(ctx, input);
  }

  @Mutation(() => OverlapAcceptanceView, {
    description: 'Reopen an accepted overlap: it shows as open again.',
  })
  reopenOverlapAcceptance(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ) {
    return overlapService.reopen(ctx, id, version, reason);
  }
}
