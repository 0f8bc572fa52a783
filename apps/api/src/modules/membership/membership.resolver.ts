import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context';
import { Role } from '../../shared/enums';
import { UnitNode } from '../organisation/organisation.type';
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

  @Mutation(() => MemberNode, { description: 'Sets the unit the member works in; null for none.' })
  setMemberUnit(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('unitId', () => ID, { nullable: true }) unitId: string | null,
    @Ctx() ctx: Context,
  ) {
    return membershipService.setUnit(ctx, id, version, unitId);
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

  @FieldResolver(() => UnitNode, { nullable: true, description: 'The unit the member works in.' })
  unit(@Root() member: MemberNode, @Ctx() ctx: Context) {
    return member.unitId ? ctx.loaders.unit.load(member.unitId) : null;
  }
}
