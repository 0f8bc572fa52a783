import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('ProgrammeFields')
class ProgrammeFields {
  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => ID, { nullable: true, description: 'The programme leader, a member of the organisation.' })
  leadUserId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the strategies the programme serves.' })
  strategyIds?: string[];
}

@InputType()
export class ProgrammeCreateInput extends ProgrammeFields {
  @Field(() => String)
  name!: string;
}

@InputType()
export class ProgrammeUpdateInput extends ProgrammeFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string;
}
