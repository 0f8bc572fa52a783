import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Role } from '../../shared/enums';
import { InviteResultNode, MemberNode } from './membership.type';
import { membershipService } from './membership.service';

@InputType()
class InviteMemberInput {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [Role])
  roles!: Role[];
}

@Resolver(() => MemberNode)
export class MembershipResolver {
  @Query(() => [MemberNode], {
    description: 'Members of the chosen organisation, deactivated ones included.',
  })
  members(@Ctx() ctx: Context) {
    return membershipService.members(ctx);
  }

  @Mutation(() => InviteResultNode, {
    description: 'Invites a person by e-mail (organisation administrators).',
  })
  inviteMember(@Arg('input', () => InviteMemberInput) input: InviteMemberInput, @Ctx() ctx: Context) {
    return membershipService.inviteMember(ctx, input);
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

  @Mutation(() => MemberNode, {
    description: 'Removes a leaver’s access and ends their sessions; history keeps them.',
  })
  deactivateMember(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return membershipService.setActive(ctx, id, version, false);
  }

  @Mutation(() => MemberNode)
  reactivateMember(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return membershipService.setActive(ctx, id, version, true);
  }
}
