import { Arg, Ctx, Field, InputType, Int, Mutation, Query, Resolver, ID } from 'type-graphql';
import type { Context } from '../../context';
import { Role } from '../../shared/enums';
import { MemberNode } from './membership.type';
import { membershipService } from './membership.service';

@InputType()
class AddMemberInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => String, {
    nullable: true,
    description: 'Required when the e-mail has no account yet (min. 12 characters).',
  })
  initialPassword?: string;
}

@Resolver(() => MemberNode)
export class MembershipResolver {
  @Query(() => [MemberNode], { description: 'Members of the chosen organisation.' })
  members(@Ctx() ctx: Context) {
    return membershipService.members(ctx);
  }

  @Mutation(() => MemberNode)
  addMember(@Arg('input', () => AddMemberInput) input: AddMemberInput, @Ctx() ctx: Context) {
    return membershipService.addMember(ctx, input);
  }

  @Mutation(() => MemberNode)
  setMemberRoles(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('roles', () => [Role]) roles: Role[],
    @Ctx() ctx: Context,
  ) {
    return membershipService.setRoles(ctx, id, version, roles);
  }
}
