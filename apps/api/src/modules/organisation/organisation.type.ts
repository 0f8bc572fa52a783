import { Field, ID, Int, ObjectType } from 'type-graphql';
import { OrganisationType, Role } from '../../shared/enums';

@ObjectType('Organisation')
export class OrganisationNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => OrganisationType)
  type!: OrganisationType;

  @Field(() => String, { nullable: true })
  municipalityCode!: string | null;
}

@ObjectType('Unit')
export class UnitNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  code!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('Membership')
export class MembershipNode {
  @Field(() => OrganisationNode)
  organisation!: OrganisationNode;

  @Field(() => [Role])
  roles!: Role[];
}

@ObjectType('UserRef', { description: 'A user as others see them: name and e-mail only.' })
export class UserRef {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;
}
