import { canEditCatalogueSystem } from '@overblik/domain';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { requireActor, seesCatalogueRow } from '../../shared/access';
import { ItSystemInput, ItSystemUpdateInput } from './system.input';
import { ItSystemNode } from './system.type';
import { systemCatalogueService } from './system-catalogue.service';

/** A catalogue entry's KITOS facts: its rights holder, place in the system hierarchy, and editing. */
@Resolver(() => ItSystemNode)
export class ItSystemCatalogueResolver {
  @Mutation(() => ItSystemNode, {
    description: "Registers a catalogue entry owned by the viewer's organisation.",
  })
  createItSystem(@Arg('input', () => ItSystemInput) input: ItSystemInput, @Ctx() ctx: Context) {
    return systemCatalogueService.create(ctx, input);
  }

  @Mutation(() => ItSystemNode, {
    description:
      "Edits a catalogue entry: installation administrators any entry, an organisation's administrators its own.",
  })
  updateItSystem(@Arg('input', () => ItSystemUpdateInput) input: ItSystemUpdateInput, @Ctx() ctx: Context) {
    return systemCatalogueService.update(ctx, input);
  }

  @FieldResolver(() => ItSystemNode, {
    nullable: true,
    description: 'The main system this entry is a module of.',
  })
  async parentSystem(@Root() system: ItSystemNode, @Ctx() ctx: Context) {
    const row = system.parentSystemId ? await ctx.loaders.system.load(system.parentSystemId) : null;
    return seesCatalogueRow(ctx, row) ? row : null;
  }

  @FieldResolver(() => [ItSystemNode], { description: 'Its modules the viewer can see, by name.' })
  async childSystems(@Root() system: ItSystemNode, @Ctx() ctx: Context) {
    return (await ctx.loaders.systemChildren.load(system.id)).filter((row) => seesCatalogueRow(ctx, row));
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit this entry (updateItSystem).' })
  canEdit(@Root() system: ItSystemNode, @Ctx() ctx: Context) {
    return canEditCatalogueSystem(requireActor(ctx), system);
  }
}
