import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { SavedViewInput, SavedViewUpdateInput } from './saved-view.input';
import { savedViewService } from './saved-view.service';
import { SavedViewNode } from './saved-view.type';

@Resolver(() => SavedViewNode)
export class SavedViewResolver {
  @Query(() => [SavedViewNode], {
    description: "The viewer's own views of a table plus the chosen organisation's default.",
  })
  savedViews(@Arg('tableKey', () => String) tableKey: string, @Ctx() ctx: Context) {
    return savedViewService.list(ctx, tableKey);
  }

  @Mutation(() => SavedViewNode)
  saveView(@Arg('input', () => SavedViewInput) input: SavedViewInput, @Ctx() ctx: Context) {
    return savedViewService.save(ctx, input);
  }

  @Mutation(() => SavedViewNode)
  updateSavedView(
    @Arg('input', () => SavedViewUpdateInput) input: SavedViewUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return savedViewService.update(ctx, input);
  }

  @Mutation(() => Boolean)
  deleteSavedView(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return savedViewService.delete(ctx, id, version);
  }
}
