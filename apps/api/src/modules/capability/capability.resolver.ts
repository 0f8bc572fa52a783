import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { CapabilityCreateInput, CapabilityMoveInput, CapabilityRenameInput } from './capability.input';
import { capabilityService } from './capability.service';
import { CapabilityNode } from './capability.type';

@Resolver()
export class CapabilityResolver {
  @Query(() => [CapabilityNode], {
    description: "The organisation's capability taxonomy, archived capabilities included.",
  })
  capabilities(
    @Arg('organisationId', () => ID, { nullable: true }) organisationId: string | null,
    @Ctx() ctx: Context,
  ) {
    return capabilityService.list(ctx, organisationId);
  }

  @Mutation(() => CapabilityNode, { description: 'Administrators: add a capability.' })
  createCapability(
    @Arg('input', () => CapabilityCreateInput) input: CapabilityCreateInput,
    @Ctx() ctx: Context,
  ) {
    return capabilityService.create(ctx, input);
  }

  @Mutation(() => CapabilityNode, { description: 'Administrators: rename a capability.' })
  renameCapability(
    @Arg('input', () => CapabilityRenameInput) input: CapabilityRenameInput,
    @Ctx() ctx: Context,
  ) {
    return capabilityService.rename(ctx, input);
  }

  @Mutation(() => CapabilityNode, { description: 'Administrators: move a capability; no cycles.' })
  moveCapability(@Arg('input', () => CapabilityMoveInput) input: CapabilityMoveInput, @Ctx() ctx: Context) {
    return capabilityService.move(ctx, input);
  }

  @Mutation(() => CapabilityNode, {
    description: 'Administrators: archive (true) or restore (false) a capability.',
  })
  setCapabilityArchived(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('archived', () => Boolean) archived: boolean,
    @Ctx() ctx: Context,
  ) {
    return capabilityService.setArchived(ctx, id, version, archived);
  }
}
