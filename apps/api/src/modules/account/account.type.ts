import { Field, ID, ObjectType } from 'type-graphql';
import { OneTimeTokenPurpose } from '../../shared/enums';

@ObjectType('OneTimeLink', { description: 'What a valid one-time link is for, to greet its person.' })
export class OneTimeLinkNode {
  @Field(() => OneTimeTokenPurpose)
  purpose!: OneTimeTokenPurpose;

  @Field(() => String)
  email!: string;

  @Field(() => String, { description: 'Empty until the person gives their name.' })
  name!: string;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;
}

@ObjectType('AccountSession', { description: 'One of the viewer’s own sign-in sessions.' })
export class AccountSessionNode {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Boolean, { description: 'The session this request came with.' })
  current!: boolean;
}
