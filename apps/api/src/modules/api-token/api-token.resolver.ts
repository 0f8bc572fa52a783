import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ApiTokenNode, CreateApiTokenInput, CreatedApiTokenNode } from './api-token.type';
import { apiTokenService } from './api-token.service';

@Resolver(() => ApiTokenNode)
export class ApiTokenResolver {
  @Query(() => [ApiTokenNode], {
    description: "The chosen organisation's API tokens with their last use (administrators).",
  })
  apiTokens(@Ctx() ctx: Context) {
    return apiTokenService.list(ctx);
  }

  @Mutation(() => CreatedApiTokenNode, {
    description: 'Creates an API token (administrators); the answer holds its secret, shown once.',
  })
  createApiToken(@Arg('input', () => CreateApiTokenInput) input: CreateApiTokenInput, @Ctx() ctx: Context) {
    return apiTokenService.create(ctx, input);
  }

  @Mutation(() => ApiTokenNode, { description: 'Revokes an API token at once (administrators).' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return apiTokenService.revoke(ctx, id);
  }
}
