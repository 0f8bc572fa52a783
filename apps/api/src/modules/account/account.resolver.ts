import { Arg, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { AccountSessionNode, OneTimeLinkNode } from './account.type';
import { accountService } from './account.service';

@InputType()
class AcceptInvitationInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'At least 12 characters.' })
  password!: string;
}

@InputType()
class ChangePasswordInput {
  @Field(() => String)
  currentPassword!: string;

  @Field(() => String, { description: 'At least 12 characters.' })
  newPassword!: string;
}

@Resolver()
export class AccountResolver {
  @Query(() => OneTimeLinkNode, { description: 'A one-time link’s purpose; refuses used or expired links.' })
  oneTimeLink(@Arg('token', () => String) token: string, @Ctx() ctx: Context) {
    return accountService.oneTimeLink(ctx, token);
  }

  @Mutation(() => Boolean, {
    description: 'Sets name and password from an invitation or first sign-in link.',
  })
  acceptInvitation(
    @Arg('token', () => String) token: string,
    @Arg('input', () => AcceptInvitationInput) input: AcceptInvitationInput,
    @Ctx() ctx: Context,
  ) {
    return accountService.acceptInvitation(ctx, token, input);
  }

  @Mutation(() => Boolean, {
    description: 'E-mails a reset link when the account exists; the same answer either way.',
  })
  requestPasswordReset(@Arg('email', () => String) email: string, @Ctx() ctx: Context) {
    return accountService.requestPasswordReset(ctx, email);
  }

  @Mutation(() => Boolean)
  resetPassword(
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ) {
    return accountService.resetPassword(ctx, token, password);
  }

  @Mutation(() => Boolean, { description: 'Changes the viewer’s password; their other sessions end.' })
  changePassword(@Arg('input', () => ChangePasswordInput) input: ChangePasswordInput, @Ctx() ctx: Context) {
    return accountService.changePassword(ctx, input);
  }

  @Query(() => [AccountSessionNode], { description: 'The viewer’s own unexpired sessions.' })
  mySessions(@Ctx() ctx: Context) {
    return accountService.mySessions(ctx);
  }

  @Mutation(() => Boolean)
  revokeSession(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return accountService.revokeSession(ctx, id);
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the viewer, this one included.' })
  signOutEverywhere(@Ctx() ctx: Context) {
    return accountService.signOutEverywhere(ctx);
  }
}
