import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../shared/scalars';

@ObjectType()
export class OverlapUsageCostView {
  @Field(() => ID)
  usageId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Float)
  yearlyCost!: number;
}

@ObjectType({ description: 'A system retired by a consolidation, with what it costs to move and saves.' })
export class RetiredUsageView {
  @Field(() => ID)
  usageId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Float)
  yearlyCost!: number;

  @Field(() => Float, { description: 'Switching cost plus its running cost during the migration months.' })
  migrationCost!: number;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When its running cost stops (contracts allow, not before today); null: no reachable end.',
  })
  savingFrom!: string | null;

  @Field(() => Float)
  savedWithinHorizon!: number;
}

@ObjectType({ description: 'Consolidating onto one chosen survivor: savings net of migration cost.' })
export class ConsolidationView {
  @Field(() => ID)
  survivorUsageId!: string;

  @Field(() => [RetiredUsageView])
  retired!: RetiredUsageView[];

  @Field(() => Float)
  yearlySaving!: number;

  @Field(() => Float)
  migrationCost!: number;

  @Field(() => LocalDate, { nullable: true, description: 'When the whole yearly saving applies.' })
  fullSavingFrom!: string | null;

  @Field(() => LocalDate)
  horizonEnd!: string;

  @Field(() => Float, { description: 'Saved within the horizon minus migration cost; may be negative.' })
  netSaving!: number;
}

@ObjectType()
export class CapabilityOverlapView {
  @Field(() => ID)
  capabilityId!: string;

  @Field(() => String)
  capability!: string;

  @Field(() => [OverlapUsageCostView], { description: 'Cheapest first.' })
  usages!: OverlapUsageCostView[];

  @Field(() => Float)
  combinedYearlyCost!: number;

  @Field(() => [ConsolidationView], {
    description: 'One per possible survivor, in the order of usages; the user chooses, none is preselected.',
  })
  consolidations!: ConsolidationView[];
}

@ObjectType('OverlapAcceptance', {
  description: 'An overlap accepted with a reason; reopened ones stay as history.',
})
export class OverlapAcceptanceView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  capabilityId!: string;

  @Field(() => String)
  capabilityName!: string;

  @Field(() => [ID])
  usageIds!: string[];

  @Field(() => [String], { description: "The systems' current names, in the order of usageIds." })
  usageNames!: string[];

  @Field(() => String)
  reason!: string;

  @Field(() => ID, { nullable: true })
  acceptedById!: string | null;

  @Field(() => Date)
  acceptedAt!: Date;

  @Field(() => ID, { nullable: true })
  reopenedById!: string | null;

  @Field(() => Date, { nullable: true })
  reopenedAt!: Date | null;

  @Field(() => String, { nullable: true })
  reopenReason!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class AcceptedOverlapView {
  @Field(() => CapabilityOverlapView)
  overlap!: CapabilityOverlapView;

  @Field(() => OverlapAcceptanceView)
  acceptance!: OverlapAcceptanceView;
}

@InputType()
export class OverlapAcceptInput {
  @Field(() => ID)
  capabilityId!: string;

  @Field(() => [ID], { description: 'Exactly the systems of the open overlap.' })
  usageIds!: string[];

  @Field(() => String)
  reason!: string;
}
