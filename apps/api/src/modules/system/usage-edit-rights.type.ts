import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('UnitParent')
export class UnitParentNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;
}

@ObjectType('UsageEditPolicy', {
  description:
    'What the shared canEditSystemUsage rule reads besides the usage: the viewer’s unit, the organisation’s setting and its unit tree.',
})
export class UsageEditPolicyNode {
  @Field(() => ID, { nullable: true, description: 'The unit the viewer works in here.' })
  viewerUnitId!: string | null;

  @Field(() => Boolean)
  systemOwnersEditUnitUsages!: boolean;

  @Field(() => [UnitParentNode])
  units!: UnitParentNode[];
}
