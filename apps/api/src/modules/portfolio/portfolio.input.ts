import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ScoreDirection } from '../../shared/enums';
import { CategoryDimension } from './portfolio.type';

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

@InputType()
export class CategoryCreateInput {
  @Field(() => CategoryDimension)
  dimension!: CategoryDimension;

  @Field(() => String)
  name!: string;
}

@InputType()
export class CategoryUpdateInput extends CategoryCreateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@InputType({ description: "Replaces the project's categories: at most one per dimension." })
export class ProjectCategoriesInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => [ID])
  categoryIds!: string[];

  @Field(() => Int, { description: 'The project version you loaded.' })
  version!: number;
}
