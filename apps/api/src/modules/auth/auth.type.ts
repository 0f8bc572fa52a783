import { Field, ID, ObjectType } from 'type-graphql';
import { MembershipNode } from '../organisation/organisation.type';

@ObjectType('Viewer', { description: 'The signed-in user with their organisations and roles.' })
export class ViewerNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String, { description: "'da' or 'en'." })
  locale!: string;

  @Field(() => Boolean, { description: 'May create organisations (installation administrator).' })
  installationAdmin!: boolean;

  @Field(() => [MembershipNode], { description: 'Active memberships only.' })
  memberships!: MembershipNode[];
}
