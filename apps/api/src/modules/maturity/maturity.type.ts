import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum MaturityCriterionStatus {
  MEASURED = 'MEASURED',
  NO_DATA = 'NO_DATA',
  SELF_ASSESSED = 'SELF_ASSESSED',
}
registerEnumType(MaturityCriterionStatus, { name: 'MaturityCriterionStatus' });

export enum MaturityTrendDirection {
  UP = 'UP',
  DOWN = 'DOWN',
  SAME = 'SAME',
}
registerEnumType(MaturityTrendDirection, { name: 'MaturityTrendDirection' });

@ObjectType('MaturityMetric', { description: 'A share computed from counts in the data.' })
export class MaturityMetricNode {
  @Field(() => String)
  key!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => MaturityCriterionStatus, { description: 'MEASURED, or NO_DATA when nothing is counted.' })
  status!: MaturityCriterionStatus;

  @Field(() => Int)
  numerator!: number;

  @Field(() => Int)
  denominator!: number;
}

@ObjectType('MaturityCriterionResult')
export class MaturityCriterionResultNode {
  @Field(() => String, { description: 'Criterion key; answer self-assessed criteria by this key.' })
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'The metric deciding it; null when self-assessed.' })
  metric!: string | null;

  @Field(() => MaturityCriterionStatus)
  status!: MaturityCriterionStatus;

  @Field(() => Float)
  value!: number;

  @Field(() => Float)
  threshold!: number;

  @Field(() => Boolean)
  met!: boolean;

  @Field(() => Float, { description: 'threshold − value; 0 when met.' })
  gap!: number;
}

@ObjectType('MaturityStepResult')
export class MaturityStepResultNode {
  @Field(() => Int)
  ordinal!: number;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'Every criterion of this step is met.' })
  met!: boolean;

  @Field(() => Boolean, { description: 'Met and every earlier step met too: the step counts.' })
  achieved!: boolean;

  @Field(() => [MaturityCriterionResultNode])
  criteria!: MaturityCriterionResultNode[];
}

@ObjectType('MaturitySelfAnswer')
export class MaturitySelfAnswerNode {
  @Field(() => String)
  key!: string;

  @Field(() => Boolean)
  yes!: boolean;

  @Field(() => String)
  comment!: string;
}

@ObjectType('MaturityHistoryEntry')
export class MaturityHistoryEntryNode {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  assessedAt!: Date;

  @Field(() => ID)
  assessedById!: string;

  @Field(() => Int)
  achievedStep!: number;

  @Field(() => Int, { nullable: true, description: 'Against the previous assessment.' })
  change!: number | null;

  @Field(() => MaturityTrendDirection, { nullable: true })
  direction!: MaturityTrendDirection | null;

  @Field(() => String)
  note!: string;
}

@ObjectType('Maturity', { description: 'The organisation on the four-step maturity model, computed now.' })
export class MaturityNode {
  @Field(() => Int, { description: 'Highest step with every step up to it met; 0 when step 1 is not.' })
  achievedStep!: number;

  @Field(() => [MaturityStepResultNode])
  steps!: MaturityStepResultNode[];

  @Field(() => [MaturityCriterionResultNode], { description: 'Unmet criteria of the next step.' })
  missingForNext!: MaturityCriterionResultNode[];

  @Field(() => [MaturityMetricNode])
  metrics!: MaturityMetricNode[];

  @Field(() => [MaturitySelfAnswerNode], { description: 'Answers from the latest recorded assessment.' })
  selfAssessment!: MaturitySelfAnswerNode[];

  @Field(() => [MaturityHistoryEntryNode], { description: 'Recorded assessments, oldest first.' })
  history!: MaturityHistoryEntryNode[];

  @Field(() => Boolean, { description: 'False when the default four steps are used.' })
  customSteps!: boolean;
}

@InputType()
export class MaturitySelfAnswerInput {
  @Field(() => String)
  key!: string;

  @Field(() => Boolean)
  yes!: boolean;

  @Field(() => String, { nullable: true })
  comment?: string;
}

@InputType()
export class MaturityAssessmentInput {
  @Field(() => [MaturitySelfAnswerInput])
  answers!: MaturitySelfAnswerInput[];

  @Field(() => String, { nullable: true })
  note?: string;
}
