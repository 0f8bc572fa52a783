import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Access, Channel, DataSourceKind, DataType, Direction, RegisterFamily } from '../../shared/enums';
import { LocalDate } from '../../shared/scalars';

@ObjectType('UsageDataSource', { description: 'Edge: a system usage reads or writes a data source.' })
export class UsageDataSourceNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => ID)
  usageId!: string;

  @Field(() => String)
  usageName!: string;

  @Field(() => ID, { nullable: true })
  usageUnitId!: string | null;

  @Field(() => ID)
  dataSourceId!: string;

  @Field(() => String)
  dataSourceName!: string;

  @Field(() => DataSourceKind)
  dataSourceKind!: DataSourceKind;

  @Field(() => String)
  purpose!: string;

  @Field(() => Access)
  access!: Access;

  @Field(() => String)
  volume!: string;

  @Field(() => Float, { description: 'Kr per year.' })
  yearlyCost!: number;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => Boolean, { description: 'False when the data arrives through a copy register.' })
  authoritative!: boolean;

  @Field(() => ID, { nullable: true })
  plannedTargetSourceId!: string | null;

  @Field(() => LocalDate, { nullable: true })
  plannedSwitchDate!: string | null;

  @Field(() => Float)
  switchingCost!: number;

  @Field(() => [DataType], {
    description: 'KITOS data types the usage reads from the source; none = not declared.',
  })
  dataTypes!: DataType[];

  @Field(() => [RegisterFamily], {
    description: 'Register families the data derives from; none = any or not stated.',
  })
  registerFamilies!: RegisterFamily[];

  @Field(() => Int)
  version!: number;
}

@ObjectType('Integration', {
  description: 'Edge: data flows from one usage to another (both ways when bidirectional).',
})
export class IntegrationNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => ID)
  fromUsageId!: string;

  @Field(() => String)
  fromUsageName!: string;

  @Field(() => ID)
  toUsageId!: string;

  @Field(() => String)
  toUsageName!: string;

  @Field(() => ID, { nullable: true })
  interfaceId!: string | null;

  @Field(() => String, { nullable: true })
  interfaceName!: string | null;

  @Field(() => String)
  data!: string;

  @Field(() => Direction)
  direction!: Direction;

  @Field(() => String)
  frequency!: string;

  @Field(() => ID, { nullable: true })
  contractId!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "Months to rebuild it against a new supplier; null uses the organisation's default.",
  })
  migrationMonths!: number | null;

  @Field(() => [DataType], {
    description: "KITOS data types it carries; none = its interface's declaration applies.",
  })
  dataTypes!: DataType[];

  @Field(() => [RegisterFamily], {
    description: 'Register families the data derives from; none = any or not stated.',
  })
  registerFamilies!: RegisterFamily[];

  @Field(() => [DataType], {
    description: "The interface's declared data types (used when none are declared here).",
  })
  interfaceDataTypes!: DataType[];

  @Field(() => [RegisterFamily])
  interfaceRegisterFamilies!: RegisterFamily[];

  @Field(() => Int)
  version!: number;
}
