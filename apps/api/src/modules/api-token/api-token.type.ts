import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ApiTokenScope } from '../../shared/enums';

@ObjectType('ApiToken', {
  description: "An organisation's token for integrations and BI; its secret is never shown again.",
})
export class ApiTokenNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ApiTokenScope)
  scope!: ApiTokenScope;

  @Field(() => String, { description: 'Name of the administrator who created it.' })
  createdByName!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Last request with the token, to the minute.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('CreatedApiToken')
export class CreatedApiTokenNode {
  @Field(() => String, { description: 'The secret: shown once, only its hash is stored.' })
  token!: string;

  @Field(() => ApiTokenNode)
  apiToken!: ApiTokenNode;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => String)
  name!: string;

  @Field(() => ApiTokenScope)
  scope!: ApiTokenScope;

  @Field(() => Date, { nullable: true, description: 'At most one year ahead; a year when left out.' })
  expiresAt?: Date | null;
}
