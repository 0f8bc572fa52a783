import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Role } from '../../shared/enums';
import { UserRef } from '../organisation/organisation.type';

@ObjectType('Member', { description: "A user's membership of an organisation, with roles." })
export class MemberNode {
  @Field(() => ID)
  id!: string;

  @Field(() => UserRef)
  user!: UserRef;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => Int)
  version!: number;
}
