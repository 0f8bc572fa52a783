import {
  RESPONSIBILITY_KINDS,
  RESPONSIBILITY_ROLES,
  type ResponsibilityKind as Kind,
  type ResponsibilityRole as RoleName,
} from '@overblik/domain';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const ResponsibilityKind = asEnum(RESPONSIBILITY_KINDS);
export const ResponsibilityRole = asEnum(RESPONSIBILITY_ROLES);
registerEnumType(ResponsibilityKind, { name: 'ResponsibilityKind' });
registerEnumType(ResponsibilityRole, { name: 'ResponsibilityRole' });

@ObjectType('Responsibility', {
  description: 'A role a person holds on a system, contract, project or benefit.',
})
export class ResponsibilityNode {
  @Field(() => ResponsibilityKind)
  kind!: Kind;

  @Field(() => ResponsibilityRole)
  role!: RoleName;

  @Field(() => ID, { description: 'The record (system usage, contract, project or benefit).' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class HandOverItemInput {
  @Field(() => ResponsibilityKind)
  kind!: Kind;

  @Field(() => ResponsibilityRole)
  role!: RoleName;

  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version listed; a record changed since is refused.' })
  version!: number;
}

@InputType()
export class HandOverInput {
  @Field(() => ID)
  fromUserId!: string;

  @Field(() => ID)
  toUserId!: string;

  @Field(() => [HandOverItemInput])
  items!: HandOverItemInput[];
}
