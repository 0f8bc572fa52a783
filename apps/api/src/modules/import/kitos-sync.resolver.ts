import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { kitosSyncService } from './kitos-sync.service';
import {
  KitosConflictChoice,
  KitosConnectionInput,
  KitosConnectionNode,
  KitosSyncConflictNode,
  KitosSyncRunNode,
} from './kitos-sync.type';

@Resolver(() => KitosConnectionNode)
export class KitosSyncResolver {
  @Query(() => KitosConnectionNode, {
    nullable: true,
    description: "The organisation's KITOS connection (administrators); null when none is set up.",
  })
  kitosConnection(
    @Ctx() ctx: Context,
    @Arg('organisationId', () => ID, { nullable: true }) organisationId?: string | null,
  ) {
    return kitosSyncService.connection(ctx, organisationId);
  }

  @Query(() => [KitosSyncConflictNode], {
    description: 'Objects changed in KITOS and in Overblik since the last sync.',
  })
  kitosConflicts(
    @Ctx() ctx: Context,
    @Arg('organisationId', () => ID, { nullable: true }) organisationId?: string | null,
  ) {
    return kitosSyncService.conflicts(ctx, organisationId);
  }

  @Mutation(() => KitosConnectionNode, {
    description:
      'Creates (version null) or edits the KITOS connection; e-mail and password are stored encrypted.',
  })
  saveKitosConnection(
    @Arg('input', () => KitosConnectionInput) input: KitosConnectionInput,
    @Ctx() ctx: Context,
  ) {
    return kitosSyncService.save(ctx, {
      ...input,
      organisationId: input.organisationId ?? null,
      version: input.version ?? null,
    });
  }

  @Mutation(() => KitosSyncRunNode, { description: 'Synchronises with KITOS now (administrators).' })
  syncKitos(
    @Ctx() ctx: Context,
    @Arg('organisationId', () => ID, { nullable: true }) organisationId?: string | null,
  ) {
    return kitosSyncService.run(ctx, organisationId);
  }

  @Mutation(() => ID, { description: 'Decides a conflict with KITOS; returns its id.' })
  resolveKitosConflict(
    @Arg('id', () => ID) id: string,
    @Arg('choice', () => KitosConflictChoice) choice: keyof typeof KitosConflictChoice,
    @Ctx() ctx: Context,
  ) {
    return kitosSyncService.resolve(ctx, id, choice);
  }
}
