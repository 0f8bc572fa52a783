import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Access, Channel, DataType, Direction, RegisterFamily } from '../../shared/enums';
import { LocalDate } from '../../shared/scalars';

/** Edge facts shared by create and update. */
@InputType('UsageDataSourceFields')
class UsageDataSourceFields {
  @Field(() => String, { nullable: true })
  purpose?: string;

  @Field(() => Access, { nullable: true })
  access?: Access;

  @Field(() => String, { nullable: true })
  volume?: string;

  @Field(() => Float, { nullable: true })
  yearlyCost?: number;

  @Field(() => Channel, { nullable: true })
  channel?: Channel;

  @Field(() => Boolean, { nullable: true })
  authoritative?: boolean;

  @Field(() => ID, { nullable: true })
  plannedTargetSourceId?: string | null;

  @Field(() => LocalDate, { nullable: true })
  plannedSwitchDate?: string | null;

  @Field(() => Float, { nullable: true })
  switchingCost?: number;

  @Field(() => [DataType], { nullable: true, description: 'KITOS data types; an empty list = not declared.' })
  dataTypes?: DataType[];

  @Field(() => [RegisterFamily], { nullable: true, description: 'Needs at least one data type.' })
  registerFamilies?: RegisterFamily[];
}

@InputType()
export class UsageDataSourceCreateInput extends UsageDataSourceFields {
  @Field(() => ID)
  usageId!: string;

  @Field(() => ID)
  dataSourceId!: string;
}

@InputType()
export class UsageDataSourceUpdateInput extends UsageDataSourceFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@InputType('IntegrationFields')
class IntegrationFields {
  @Field(() => ID, { nullable: true })
  interfaceId?: string | null;

  @Field(() => String, { nullable: true })
  data?: string;

  @Field(() => Direction, { nullable: true })
  direction?: Direction;

  @Field(() => String, { nullable: true })
  frequency?: string;

  @Field(() => ID, { nullable: true })
  contractId?: string | null;

  @Field(() => Int, { nullable: true, description: "0–60 months; null uses the organisation's default." })
  migrationMonths?: number | null;

  @Field(() => [DataType], { nullable: true, description: 'KITOS data types; an empty list = not declared.' })
  dataTypes?: DataType[];

  @Field(() => [RegisterFamily], { nullable: true, description: 'Needs at least one data type.' })
  registerFamilies?: RegisterFamily[];
}

@InputType()
export class IntegrationCreateInput extends IntegrationFields {
  @Field(() => ID, { description: 'The usage the data flows from.' })
  fromUsageId!: string;

  @Field(() => ID, { description: 'The usage the data flows to.' })
  toUsageId!: string;
}

@InputType()
export class IntegrationUpdateInput extends IntegrationFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}
