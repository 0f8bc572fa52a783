import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ReferenceSubject } from '../../shared/enums';
import { ExternalReferenceCreateInput, ExternalReferenceUpdateInput } from './reference.input';
import { referenceService } from './reference.service';
import { ExternalReferenceNode } from './reference.type';

@Resolver(() => ExternalReferenceNode)
export class ReferenceResolver {
  @Query(() => [ExternalReferenceNode], {
    description:
      "The chosen organisation's external references on a system, data source, contract, project or benefit.",
  })
  externalReferences(
    @Arg('subject', () => ReferenceSubject) subject: ReferenceSubject,
    @Arg('subjectId', () => ID) subjectId: string,
    @Ctx() ctx: Context,
  ) {
    return referenceService.list(ctx, subject, subjectId);
  }

  @Mutation(() => ExternalReferenceNode)
  createExternalReference(
    @Arg('input', () => ExternalReferenceCreateInput) input: ExternalReferenceCreateInput,
    @Ctx() ctx: Context,
  ) {
    return referenceService.create(ctx, input);
  }

  @Mutation(() => ExternalReferenceNode)
  updateExternalReference(
    @Arg('input', () => ExternalReferenceUpdateInput) input: ExternalReferenceUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return referenceService.update(ctx, input);
  }

  @Mutation(() => Boolean)
  deleteExternalReference(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return referenceService.delete(ctx, id, version);
  }
}
