import { Field, Float, ID, InputType, Int } from 'type-graphql';

@InputType('PersonFields')
class PersonFields {
  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  userId?: string | null;

  @Field(() => Float, { defaultValue: 37 })
  weeklyCapacityHours!: number;

  @Field(() => [ID], { defaultValue: [] })
  competencyIds!: string[];
}

@InputType()
export class PersonCreateInput extends PersonFields {}

@InputType()
export class PersonUpdateInput extends PersonFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class AllocationInput {
  @Field(() => ID)
  personId!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => ID, { nullable: true })
  competencyId?: string | null;

  @Field(() => String, { description: 'YYYY-Qn' })
  quarter!: string;

  @Field(() => Float)
  hoursPerWeek!: number;
}

@InputType()
export class AllocationUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ID, { nullable: true })
  competencyId?: string | null;

  @Field(() => Float)
  hoursPerWeek!: number;
}

@InputType()
export class ResourceDemandInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => ID)
  competencyId!: string;

  @Field(() => String, { description: 'YYYY-Qn' })
  quarter!: string;

  @Field(() => Float, { description: '0 removes the demand.' })
  hoursPerWeek!: number;
}
