import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../shared/enums';
import { UserRef } from '../organisation/organisation.type';

/** Where a member stands: invited (no password chosen yet), active, or deactivated by an administrator. */
export const MemberStatus = { INVITED: 'INVITED', ACTIVE: 'ACTIVE', DEACTIVATED: 'DEACTIVATED' } as const;
export type MemberStatus = (typeof MemberStatus)[keyof typeof MemberStatus];
registerEnumType(MemberStatus, { name: 'MemberStatus' });

@ObjectType('Member', { description: "A user's membership of an organisation, with roles." })
export class MemberNode {
  @Field(() => ID)
  id!: string;

  @Field(() => UserRef)
  user!: UserRef;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => MemberStatus)
  status!: MemberStatus;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('InviteResult', {
  description: 'The invited member; the link only when it could not be e-mailed.',
})
export class InviteResultNode {
  @Field(() => MemberNode)
  member!: MemberNode;

  @Field(() => Boolean)
  emailed!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Shown to the administrator to pass on; null once e-mailed.',
  })
  inviteLink!: string | null;
}
