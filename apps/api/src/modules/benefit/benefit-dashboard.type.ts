import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../shared/scalars';
import { VarianceRag } from './benefit.type';

export enum BenefitGroupBy {
  ORGANISATION = 'ORGANISATION',
  UNIT = 'UNIT',
  STRATEGY = 'STRATEGY',
  PROJECT = 'PROJECT',
}
registerEnumType(BenefitGroupBy, { name: 'BenefitGroupBy' });

@ObjectType('BenefitAmountSplit')
export class BenefitAmountSplitNode {
  @Field(() => Int)
  count!: number;

  @Field(() => Float)
  plannedKr!: number;

  @Field(() => Float)
  realisedKr!: number;
}

@ObjectType('BenefitDashboardRow', { description: 'One group of benefits (unit, strategy, project or all).' })
export class BenefitDashboardRowNode {
  @Field(() => ID, { nullable: true, description: 'Group id; null for benefits without one.' })
  key!: string | null;

  @Field(() => String, { nullable: true, description: 'Unit, strategy or project name.' })
  label!: string | null;

  @Field(() => Int)
  benefitCount!: number;

  @Field(() => Float)
  plannedKr!: number;

  @Field(() => Float)
  realisedKr!: number;

  @Field(() => Float)
  targetKr!: number;

  @Field(() => Float, { nullable: true })
  realisationPercent!: number | null;

  @Field(() => VarianceRag, { nullable: true })
  rag!: VarianceRag | null;

  @Field(() => BenefitAmountSplitNode)
  cashable!: BenefitAmountSplitNode;

  @Field(() => BenefitAmountSplitNode)
  nonCashable!: BenefitAmountSplitNode;

  @Field(() => Int)
  qualitativeCount!: number;
}

@ObjectType('BenefitSeriesPoint')
export class BenefitSeriesPointNode {
  @Field(() => LocalDate, { description: 'Month end.' })
  date!: string;

  @Field(() => Float)
  plannedKr!: number;

  @Field(() => Float, { nullable: true, description: 'Null after asOf: nothing is realised yet.' })
  realisedKr!: number | null;
}

@ObjectType('BenefitFollowUpProject')
export class BenefitFollowUpProjectNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('BenefitFollowUpBenefit')
export class BenefitFollowUpBenefitNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => ID, { nullable: true })
  projectId!: string | null;

  @Field(() => String, { nullable: true })
  projectName!: string | null;
}

@ObjectType('BenefitFollowUpGaps', {
  description: 'Business cases without follow-up, with ids to drill into.',
})
export class BenefitFollowUpGapsNode {
  @Field(() => [BenefitFollowUpProjectNode], {
    description: 'Projects with a business case but no benefits.',
  })
  projectsWithoutBenefits!: BenefitFollowUpProjectNode[];

  @Field(() => [BenefitFollowUpBenefitNode])
  benefitsWithoutOwner!: BenefitFollowUpBenefitNode[];

  @Field(() => [BenefitFollowUpBenefitNode])
  benefitsWithoutMeasurements!: BenefitFollowUpBenefitNode[];

  @Field(() => [BenefitFollowUpBenefitNode])
  overdueBenefits!: BenefitFollowUpBenefitNode[];
}

@ObjectType('BenefitDashboard', {
  description:
    "The executive board's benefit overview. A verified benefit's saving counts as a measurement on its realisation day.",
})
export class BenefitDashboardNode {
  @Field(() => LocalDate)
  asOf!: string;

  @Field(() => BenefitGroupBy)
  groupBy!: BenefitGroupBy;

  @Field(() => BenefitDashboardRowNode, { description: 'The whole organisation.' })
  total!: BenefitDashboardRowNode;

  @Field(() => [BenefitDashboardRowNode], {
    description: 'One row per group; by strategy a benefit counts under each strategy, so rows overlap.',
  })
  rows!: BenefitDashboardRowNode[];

  @Field(() => [BenefitSeriesPointNode], { description: 'Month ends: the last 24 months and the next 12.' })
  series!: BenefitSeriesPointNode[];

  @Field(() => BenefitFollowUpGapsNode)
  gaps!: BenefitFollowUpGapsNode;

  @Field(() => Int, { description: 'Benefits verified from landscape or contract data.' })
  verifiedCount!: number;
}
