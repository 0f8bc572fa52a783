import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { OrganisationSettingsInput } from './organisation-settings.input';
import { OrganisationSettingsNode } from './organisation-settings.type';
import { organisationSettingsService } from './organisation-settings.service';

@Resolver(() => OrganisationSettingsNode)
export class OrganisationSettingsResolver {
  @Query(() => OrganisationSettingsNode, { description: 'The chosen organisation’s settings.' })
  organisationSettings(@Ctx() ctx: Context) {
    return organisationSettingsService.settings(ctx);
  }

  @Mutation(() => OrganisationSettingsNode, {
    description: 'Administrators only; a stale version is refused.',
  })
  updateOrganisationSettings(
    @Arg('input', () => OrganisationSettingsInput) input: OrganisationSettingsInput,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return organisationSettingsService.update(ctx, input, version);
  }
}
