import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { standardTextIn } from '../../shared/standard-text';
import { StandardRequirementNode } from './requirement.type';
import { REQUIREMENT_ENGLISH } from './standard-requirement-texts';

/** Standard requirement texts in the viewer's language wherever a requirement is answered (list, checklist, edits). */
@Resolver(() => StandardRequirementNode)
export class StandardRequirementTextResolver {
  @FieldResolver(() => String)
  category(@Root() requirement: StandardRequirementNode, @Ctx() ctx: Context) {
    return standardTextIn(ctx.locale, REQUIREMENT_ENGLISH, requirement.category);
  }

  @FieldResolver(() => String)
  title(@Root() requirement: StandardRequirementNode, @Ctx() ctx: Context) {
    return standardTextIn(ctx.locale, REQUIREMENT_ENGLISH, requirement.title);
  }

  @FieldResolver(() => String)
  description(@Root() requirement: StandardRequirementNode, @Ctx() ctx: Context) {
    return standardTextIn(ctx.locale, REQUIREMENT_ENGLISH, requirement.description);
  }
}
