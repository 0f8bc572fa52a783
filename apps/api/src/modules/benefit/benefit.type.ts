import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BenefitDirection, BenefitMapKind, BenefitType, VerificationKind } from '../../shared/enums';
import { PageOf } from '../../shared/pagination';
import { LocalDate } from '../../shared/scalars';

/** Mirrors the domain's VarianceRag (benefit variance against plan). */
export enum VarianceRag {
  GREEN = 'GREEN',
  AMBER = 'AMBER',
  RED = 'RED',
}
registerEnumType(VarianceRag, { name: 'VarianceRag' });

/** Mirrors the domain's VerificationReason. */
export enum VerificationReason {
  VERIFIED = 'VERIFIED',
  USAGE_NOT_FOUND = 'USAGE_NOT_FOUND',
  USAGE_NOT_YET_RETIRED = 'USAGE_NOT_YET_RETIRED',
  CONTRACT_NOT_FOUND = 'CONTRACT_NOT_FOUND',
  CONTRACT_RENEWED = 'CONTRACT_RENEWED',
  CONTRACT_STILL_RUNNING = 'CONTRACT_STILL_RUNNING',
  EDGE_NOT_FOUND = 'EDGE_NOT_FOUND',
  EDGE_NOT_A_COPY_PURCHASE = 'EDGE_NOT_A_COPY_PURCHASE',
  EDGE_NOT_YET_SWITCHED = 'EDGE_NOT_YET_SWITCHED',
}
registerEnumType(VerificationReason, { name: 'VerificationReason' });

@ObjectType('BenefitProfilePoint', { description: 'Planned value on a date (the business case plan).' })
export class BenefitProfilePointNode {
  @Field(() => LocalDate)
  date!: string;

  @Field(() => Float)
  plannedValue!: number;
}

@ObjectType('BenefitMeasurement')
export class BenefitMeasurementNode {
  @Field(() => ID)
  id!: string;

  @Field(() => LocalDate)
  measuredOn!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String)
  comment!: string;

  @Field(() => ID, { nullable: true })
  recordedById!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('BenefitVerification', {
  description:
    'Result of checking the tied landscape event (usage retired, contract ended, copy register replaced).',
})
export class BenefitVerificationNode {
  @Field(() => Boolean)
  verified!: boolean;

  @Field(() => LocalDate, { nullable: true })
  realisedOn!: string | null;

  @Field(() => Float, { description: 'Verified yearly saving in kr.; 0 while not verified.' })
  amount!: number;

  @Field(() => VerificationReason)
  reason!: VerificationReason;
}

@ObjectType('BenefitPlanVariance')
export class BenefitPlanVarianceNode {
  @Field(() => Float)
  planned!: number;

  @Field(() => Float)
  actual!: number;

  @Field(() => Float, { description: 'Percent of the planned change the actual is behind plan.' })
  behindPercent!: number;
}

@ObjectType('BenefitProjectRef', { description: 'The project a benefit belongs to: id and name.' })
export class BenefitProjectRef {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('Benefit', { description: 'A benefit (gevinst) promised by a business case.' })
export class BenefitNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => ID, { nullable: true })
  projectId!: string | null;

  @Field(() => BenefitProjectRef, { nullable: true })
  project!: BenefitProjectRef | null;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => BenefitType)
  type!: BenefitType;

  @Field(() => Boolean)
  cashable!: boolean;

  @Field(() => ID, { nullable: true })
  responsibleUserId!: string | null;

  @Field(() => ID, { nullable: true })
  accountableUserId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit whose budget harvests the gain.' })
  harvestingUnitId!: string | null;

  @Field(() => Float, { nullable: true })
  baseline!: number | null;

  @Field(() => Float, { nullable: true })
  target!: number | null;

  @Field(() => String)
  unitOfMeasure!: string;

  @Field(() => BenefitDirection)
  direction!: BenefitDirection;

  @Field(() => LocalDate, { nullable: true })
  startDate!: string | null;

  @Field(() => LocalDate, { nullable: true })
  dueDate!: string | null;

  @Field(() => VerificationKind)
  verificationKind!: VerificationKind;

  @Field(() => ID, { nullable: true })
  verificationUsageId!: string | null;

  @Field(() => ID, { nullable: true })
  verificationContractId!: string | null;

  @Field(() => ID, { nullable: true })
  verificationEdgeId!: string | null;

  @Field(() => [ID], { description: "Strategies served, through the benefit's project." })
  strategyIds!: string[];

  @Field(() => [BenefitProfilePointNode])
  profile!: BenefitProfilePointNode[];

  @Field(() => [BenefitMeasurementNode], { description: 'Recorded measurements, oldest first.' })
  measurements!: BenefitMeasurementNode[];

  @Field(() => BenefitVerificationNode, {
    nullable: true,
    description: 'Null when the benefit is not tied to a landscape event.',
  })
  verification!: BenefitVerificationNode | null;

  @Field(() => Float, { nullable: true, description: 'Progress from baseline to target today, percent.' })
  realisationPercent!: number | null;

  @Field(() => BenefitPlanVarianceNode, { nullable: true })
  planVariance!: BenefitPlanVarianceNode | null;

  @Field(() => VarianceRag, { nullable: true })
  varianceRag!: VarianceRag | null;

  @Field(() => Float, { nullable: true, description: 'Planned gain in kr. today.' })
  plannedGainKr!: number | null;

  @Field(() => Float, { nullable: true, description: 'Realised gain in kr. today.' })
  realisedGainKr!: number | null;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class BenefitPage extends PageOf(BenefitNode, 'Benefit') {}

@ObjectType('BenefitMapNode', { description: 'A node in a project benefit map.' })
export class BenefitMapNodeNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => BenefitMapKind)
  kind!: BenefitMapKind;

  @Field(() => String)
  label!: string;

  @Field(() => ID, { nullable: true })
  benefitId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The node this one contributes to.' })
  targetId!: string | null;

  @Field(() => Int)
  version!: number;
}
