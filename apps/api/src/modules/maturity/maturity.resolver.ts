import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { UserRef } from '../organisation/organisation.type';
import { maturityService } from './maturity.service';
import { MaturityAssessmentInput, MaturityHistoryEntryNode, MaturityNode } from './maturity.type';

@Resolver(() => MaturityNode)
export class MaturityResolver {
  @Query(() => MaturityNode, { description: "The chosen organisation's maturity, computed from its data." })
  maturity(@Ctx() ctx: Context) {
    return maturityService.maturity(ctx);
  }

  @Mutation(() => MaturityNode, {
    description: 'Records the current assessment with self-assessment answers.',
  })
  recordMaturityAssessment(
    @Arg('input', () => MaturityAssessmentInput) input: MaturityAssessmentInput,
    @Ctx() ctx: Context,
  ) {
    return maturityService.record(ctx, input);
  }
}

@Resolver(() => MaturityHistoryEntryNode)
export class MaturityHistoryResolver {
  @FieldResolver(() => UserRef, { nullable: true })
  assessedBy(@Root() entry: MaturityHistoryEntryNode, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(entry.assessedById);
  }
}
