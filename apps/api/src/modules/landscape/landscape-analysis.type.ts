import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Channel } from '../../shared/enums';
import { LocalDate } from '../../shared/scalars';
import { LandscapeNodeKind } from './landscape.type';
import { AcceptedOverlapView, CapabilityOverlapView, OverlapUsageCostView } from './overlap.type';

export enum ExitRecommendation {
  SWITCH_NOW = 'SWITCH_NOW',
  SWITCH_AT_RETENDER = 'SWITCH_AT_RETENDER',
  NO_ALTERNATIVE = 'NO_ALTERNATIVE',
}
export enum ExitBasis {
  CONTRACT_END = 'CONTRACT_END',
  NO_CONTRACT = 'NO_CONTRACT',
}
export enum ExitDateSource {
  PLANNED = 'PLANNED',
  RECOMMENDED = 'RECOMMENDED',
}
export enum LifecycleConflictReason {
  DEPENDENCY_RETIRED = 'DEPENDENCY_RETIRED',
  DEPENDENCY_ENDS_EARLIER = 'DEPENDENCY_ENDS_EARLIER',
  DEPENDENCY_CONTRACT_ENDS_EARLIER = 'DEPENDENCY_CONTRACT_ENDS_EARLIER',
}
registerEnumType(ExitRecommendation, { name: 'ExitRecommendation' });
registerEnumType(ExitBasis, { name: 'ExitBasis' });
registerEnumType(ExitDateSource, { name: 'ExitDateSource' });
registerEnumType(LifecycleConflictReason, { name: 'LifecycleConflictReason' });

@ObjectType()
export class AuthoritativeAlternativeView {
  @Field(() => ID)
  dataSourceId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Channel)
  channel!: Channel;
}

@ObjectType()
export class ExitContractView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => LocalDate, { nullable: true })
  effectiveEnd!: string | null;

  @Field(() => LocalDate, { nullable: true })
  noticeDate!: string | null;
}

@ObjectType()
export class CopyRegisterExitRowView {
  @Field(() => ID)
  edgeId!: string;

  @Field(() => ID)
  usageId!: string;

  @Field(() => String)
  usageName!: string;

  @Field(() => ID)
  dataSourceId!: string;

  @Field(() => String)
  dataSourceName!: string;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => Float)
  yearlyCost!: number;

  @Field(() => Float)
  switchingCost!: number;

  @Field(() => AuthoritativeAlternativeView, { nullable: true })
  alternative!: AuthoritativeAlternativeView | null;

  @Field(() => ExitContractView, { nullable: true })
  contract!: ExitContractView | null;

  @Field(() => ExitBasis)
  basis!: ExitBasis;

  @Field(() => Float, { nullable: true })
  savingUntilContractEnd!: number | null;

  @Field(() => ExitRecommendation)
  recommendation!: ExitRecommendation;

  @Field(() => LocalDate, { nullable: true })
  recommendedSwitchDate!: string | null;

  @Field(() => LocalDate, { nullable: true })
  plannedSwitchDate!: string | null;
}

@ObjectType()
export class ExitTimelineEntryView {
  @Field(() => ID)
  edgeId!: string;

  @Field(() => ID)
  usageId!: string;

  @Field(() => ID)
  dataSourceId!: string;

  @Field(() => LocalDate, { nullable: true })
  switchDate!: string | null;

  @Field(() => ExitDateSource)
  dateSource!: ExitDateSource;

  @Field(() => Float)
  yearlySaving!: number;
}

@ObjectType()
export class CopyRegisterExitView {
  @Field(() => [CopyRegisterExitRowView])
  rows!: CopyRegisterExitRowView[];

  @Field(() => Float)
  totalYearlySaving!: number;

  @Field(() => Float)
  totalSwitchingCost!: number;

  @Field(() => [ExitTimelineEntryView])
  timeline!: ExitTimelineEntryView[];
}

@ObjectType()
export class DuplicateDataPurchaseView {
  @Field(() => ID)
  dataSourceId!: string;

  @Field(() => String)
  dataSourceName!: string;

  @Field(() => [String])
  sharedCapabilities!: string[];

  @Field(() => [OverlapUsageCostView])
  buyers!: OverlapUsageCostView[];

  @Field(() => Float)
  totalYearlyCost!: number;

  @Field(() => Float)
  duplicatedCost!: number;
}

@ObjectType()
export class OverlapAnalysisView {
  @Field(() => [CapabilityOverlapView], { description: 'Open overlaps, costliest first.' })
  capabilities!: CapabilityOverlapView[];

  @Field(() => [AcceptedOverlapView], { description: 'Overlaps accepted for exactly their current systems.' })
  accepted!: AcceptedOverlapView[];

  @Field(() => [DuplicateDataPurchaseView])
  duplicateData!: DuplicateDataPurchaseView[];

  @Field(() => Int, { description: 'Months from today over which net savings are counted.' })
  horizonMonths!: number;
}

@ObjectType()
export class LifecycleConflictView {
  @Field(() => ID)
  usageId!: string;

  @Field(() => String)
  usageName!: string;

  @Field(() => LocalDate, { nullable: true })
  usageEnd!: string | null;

  @Field(() => LandscapeNodeKind)
  dependencyKind!: LandscapeNodeKind;

  @Field(() => ID)
  dependencyId!: string;

  @Field(() => String)
  dependencyName!: string;

  @Field(() => LifecycleConflictReason)
  reason!: LifecycleConflictReason;

  @Field(() => LocalDate, { nullable: true })
  dependencyEnd!: string | null;

  @Field(() => ID, { nullable: true })
  dependencyContractId!: string | null;
}
