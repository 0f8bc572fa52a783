import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { OrganisationType } from '../../shared/enums';
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

@Resolver()
export class InstallationResolver {
  @Mutation(() => CreateOrganisationResult, { description: 'Installation administrators only.' })
  createOrganisation(
    @Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput,
    @Ctx() ctx: Context,
  ) {
    return installationService.createOrganisation(ctx, input);
  }
}
