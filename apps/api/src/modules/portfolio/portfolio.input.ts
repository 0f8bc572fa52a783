import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ScoreDirection } from '../../shared/enums';

@InputType('CriterionFields')
class CriterionFields {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => Float)
  weight!: number;

  @Field(() => Int, { defaultValue: 1 })
  scaleMin!: number;

  @Field(() => Int, { defaultValue: 5 })
  scaleMax!: number;

  @Field(() => ScoreDirection, { defaultValue: 'HIGHER_IS_BETTER' })
  direction!: ScoreDirection;

  @Field(() => Boolean, { defaultValue: false })
  mandatory!: boolean;
}

@InputType()
export class CriterionCreateInput extends CriterionFields {}

@InputType()
export class CriterionUpdateInput extends CriterionFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class CriterionScoreInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => ID)
  criterionId!: string;

  @Field(() => Int)
  value!: number;

  @Field(() => Int, { nullable: true, description: 'The score version you loaded; null for a first score.' })
  version?: number | null;
}
