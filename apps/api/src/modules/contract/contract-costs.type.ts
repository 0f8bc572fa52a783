import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('UnitCosts', {
  description: "A paying unit's contract costs, from the contracts' economy lines.",
})
export class UnitCostsNode {
  @Field(() => ID, { nullable: true, description: 'Null collects the lines not assigned to a unit.' })
  unitId!: string | null;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => Float, { description: 'Kr per year.' })
  yearlyOperation!: number;

  @Field(() => Float, { description: 'One-off acquisition, kr.' })
  acquisition!: number;

  @Field(() => Float, { description: 'Other costs, kr.' })
  other!: number;

  @Field(() => Int, { description: 'Contracts with at least one economy line paid by the unit.' })
  contractCount!: number;
}
