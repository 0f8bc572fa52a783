import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('Capability', {
  description: "A node of the organisation's capability taxonomy, seeded from KITOS's business types.",
})
export class CapabilityNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The KITOS business type (forretningstype) it was seeded from; null for your own.',
  })
  kitosBusinessType!: string | null;

  @Field(() => Boolean, { description: 'Archived capabilities keep their history but take no new systems.' })
  archived!: boolean;

  @Field(() => Int, { description: 'System usages linked to it.' })
  usageCount!: number;

  @Field(() => Int)
  version!: number;
}
