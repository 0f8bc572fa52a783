import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ShareScope } from '../../shared/enums';
import { UnitCreateInput, UnitUpdateInput } from './organisation.input';
import { OrganisationNode, UnitNode } from './organisation.type';
import { organisationService } from './organisation.service';

@ObjectType('CollaborationMember')
class CollaborationMemberNode {
  @Field(() => OrganisationNode)
  organisation!: OrganisationNode;

  @Field(() => [ShareScope], { description: 'What this member shares with the others.' })
  shares!: ShareScope[];
}

@ObjectType('Collaboration')
class CollaborationNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  purpose!: string;

  @Field(() => [CollaborationMemberNode])
  members!: CollaborationMemberNode[];
}

@Resolver()
export class OrganisationResolver {
  @Query(() => OrganisationNode, {
    nullable: true,
    description: 'One of your organisations (default: the chosen one).',
  })
  organisation(@Arg('id', () => ID, { nullable: true }) id: string | null, @Ctx() ctx: Context) {
    return organisationService.organisation(ctx, id);
  }

  @Query(() => [UnitNode])
  units(
    @Arg('organisationId', () => ID, { nullable: true }) organisationId: string | null,
    @Ctx() ctx: Context,
  ) {
    return organisationService.units(ctx, organisationId);
  }

  @Query(() => [CollaborationNode], { description: 'Collaborations your organisations take part in.' })
  collaborations(@Ctx() ctx: Context) {
    return organisationService.collaborations(ctx);
  }

  @Mutation(() => UnitNode)
  createUnit(@Arg('input', () => UnitCreateInput) input: UnitCreateInput, @Ctx() ctx: Context) {
    return organisationService.createUnit(ctx, input);
  }

  @Mutation(() => UnitNode)
  updateUnit(@Arg('input', () => UnitUpdateInput) input: UnitUpdateInput, @Ctx() ctx: Context) {
    return organisationService.updateUnit(ctx, input);
  }

  @Mutation(() => Boolean)
  deleteUnit(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return organisationService.deleteUnit(ctx, id, version);
  }
}
