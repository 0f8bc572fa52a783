import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ViewerNode } from './auth.type';
import { authService } from './auth.service';

@Resolver()
export class AuthResolver {
  @Query(() => ViewerNode, { nullable: true, description: 'The signed-in user, or null.' })
  viewer(@Ctx() ctx: Context) {
    return authService.viewer(ctx);
  }

  @Mutation(() => ViewerNode)
  signIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: Context,
  ) {
    return authService.signIn(ctx, email, password);
  }

  @Mutation(() => Boolean)
  signOut(@Ctx() ctx: Context) {
    return authService.signOut(ctx);
  }

  @Mutation(() => ViewerNode, { description: "Remembers the viewer's language ('da' or 'en')." })
  setLocale(@Arg('locale', () => String) locale: string, @Ctx() ctx: Context) {
    return authService.setLocale(ctx, locale);
  }
}
