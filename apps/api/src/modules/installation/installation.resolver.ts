import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { OrganisationType } from '../../shared/enums';
import { DateTime } from '../../shared/scalars';
import { OrganisationNode } from '../organisation/organisation.type';
import { installationService } from './installation.service';

@InputType()
class CreateOrganisationInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { description: '8 digits with a valid modulus-11 check.' })
  cvr!: string;

  @Field(() => OrganisationType)
  type!: OrganisationType;

  @Field(() => String, { description: 'The first administrator’s e-mail.' })
  adminEmail!: string;
}

@ObjectType('CreateOrganisationResult')
class CreateOrganisationResult {
  @Field(() => OrganisationNode)
  organisation!: OrganisationNode;

  @Field(() => Boolean)
  emailed!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The administrator’s link when it could not be e-mailed.',
  })
  inviteLink!: string | null;
}

@ObjectType('InstallationOrganisation', {
  description: 'An organisation of the installation, as its administrators see it.',
})
class InstallationOrganisation {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String, { nullable: true })
  cvr!: string | null;

  @Field(() => OrganisationType)
  type!: OrganisationType;

  @Field(() => Int, { description: 'People who can sign in: accepted and not deactivated.' })
  memberCount!: number;

  @Field(() => DateTime)
  createdAt!: Date;
}

@Resolver()
export class InstallationResolver {
  @Query(() => [InstallationOrganisation], { description: 'Installation administrators only.' })
  installationOrganisations(@Ctx() ctx: Context) {
    return installationService.organisations(ctx);
  }

  @Mutation(() => CreateOrganisationResult, { description: 'Installation administrators only.' })
  createOrganisation(
    @Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput,
    @Ctx() ctx: Context,
  ) {
    return installationService.createOrganisation(ctx, input);
  }
}
