import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { passwordPolicyService } from './password-policy.service';
import { SignInProviderInput } from './sign-in-provider.input';
import { signInProviderService } from './sign-in-provider.service';
import { signInOptions } from './sign-in-options';
import { testOidcIssuer } from './oidc/oidc-connection-test';
import {
  PasswordPolicyNode,
  SignInOptionNode,
  SignInProviderKind,
  SignInProviderNode,
} from './sign-in-provider.type';

@Resolver(() => SignInProviderNode)
export class SignInProviderResolver {
  @Query(() => [SignInProviderNode], {
    description: "The chosen organisation's identity providers (administrators).",
  })
  signInProviders(@Ctx() ctx: Context) {
    return signInProviderService.list(ctx);
  }

  @Query(() => [SignInOptionNode], {
    description: 'Enabled identity providers, for the sign-in page (public).',
  })
  signInOptions(@Ctx() ctx: Context) {
    return signInOptions(ctx);
  }

  @Mutation(() => SignInProviderNode, { description: 'Administrators only; starts disabled.' })
  createSignInProvider(
    @Arg('kind', () => SignInProviderKind) kind: SignInProviderKind,
    @Arg('input', () => SignInProviderInput) input: SignInProviderInput,
    @Ctx() ctx: Context,
  ) {
    return signInProviderService.create(ctx, kind, input);
  }

  @Mutation(() => SignInProviderNode, { description: 'Administrators only; a stale version is refused.' })
  updateSignInProvider(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => SignInProviderInput) input: SignInProviderInput,
    @Ctx() ctx: Context,
  ) {
    return signInProviderService.update(ctx, id, version, input);
  }

  @Mutation(() => SignInProviderNode)
  setSignInProviderEnabled(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('enabled', () => Boolean) enabled: boolean,
    @Ctx() ctx: Context,
  ) {
    return signInProviderService.setEnabled(ctx, id, version, enabled);
  }

  @Mutation(() => Boolean)
  deleteSignInProvider(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return signInProviderService.delete(ctx, id, version);
  }

  @Mutation(() => Boolean, {
    description:
      "Administrators only: reads the issuer's discovery document; refused with the reason when it cannot.",
  })
  testOidcIssuer(@Arg('issuer', () => String) issuer: string, @Ctx() ctx: Context) {
    return testOidcIssuer(ctx, issuer);
  }

  @Query(() => PasswordPolicyNode, {
    description: "Whether the chosen organisation's members may use passwords.",
  })
  passwordPolicy(@Ctx() ctx: Context) {
    return passwordPolicyService.policy(ctx);
  }

  @Mutation(() => PasswordPolicyNode, {
    description: 'Administrators only; off only once a provider is enabled and has signed someone in.',
  })
  setPasswordSignIn(
    @Arg('enabled', () => Boolean) enabled: boolean,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return passwordPolicyService.setPasswordSignIn(ctx, enabled, version);
  }
}
