import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Access, Channel, DataSourceKind, Lifecycle } from '../../shared/enums';
import { LocalDate } from '../../shared/scalars';
import { CopyRegisterExitView } from '../landscape/landscape-analysis.type';

@ObjectType({ description: 'A data source named by another: the one a copy copies, or a copy of it.' })
export class DataSourceRefView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => DataSourceKind)
  kind!: DataSourceKind;
}

@ObjectType({ description: 'One usage reading the source: the edge with its usage and unit.' })
export class DataSourceReaderView {
  @Field(() => ID)
  edgeId!: string;

  @Field(() => ID)
  usageId!: string;

  @Field(() => String)
  usageName!: string;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => Lifecycle)
  lifecycle!: Lifecycle;

  @Field(() => Channel)
  channel!: Channel;

  @Field(() => Access)
  access!: Access;

  @Field(() => String, { description: "The system owner's stated purpose; empty = not stated." })
  purpose!: string;

  @Field(() => Float, { description: 'Kr per year.' })
  yearlyCost!: number;

  @Field(() => Boolean, { description: 'False for a read through a copy register.' })
  authoritative!: boolean;

  @Field(() => ID, { nullable: true })
  plannedTargetSourceId!: string | null;

  @Field(() => String, { nullable: true })
  plannedTargetSourceName!: string | null;

  @Field(() => LocalDate, { nullable: true })
  plannedSwitchDate!: string | null;
}

@ObjectType()
export class ReadersByUnitView {
  @Field(() => ID, { nullable: true, description: 'Null for readers no unit is responsible for.' })
  unitId!: string | null;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => Int)
  readerCount!: number;

  @Field(() => Float)
  yearlyCost!: number;
}

@ObjectType()
export class ReadersByChannelView {
  @Field(() => Channel)
  channel!: Channel;

  @Field(() => Int)
  readerCount!: number;

  @Field(() => Float)
  yearlyCost!: number;
}

@ObjectType()
export class ReadersByPurposeView {
  @Field(() => String, { description: 'Empty = not stated.' })
  purpose!: string;

  @Field(() => Int)
  readerCount!: number;

  @Field(() => Float)
  yearlyCost!: number;
}

@ObjectType({ description: "A contract covering one or more of the source's readers." })
export class TouchingContractView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => LocalDate, { nullable: true })
  effectiveEnd!: string | null;

  @Field(() => LocalDate, { nullable: true })
  noticeDate!: string | null;

  @Field(() => [ID])
  usageIds!: string[];
}

@ObjectType({ description: "A project working on one or more of the source's readers." })
export class TouchingProjectView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [ID])
  usageIds!: string[];
}

@ObjectType({
  description:
    "What the chosen organisation's landscape says about one data source: readers, cost, exit plan, contracts and projects.",
})
export class DataSourceProfileView {
  @Field(() => DataSourceRefView, {
    nullable: true,
    description: 'For a copy register: the authoritative source it copies (null if not visible).',
  })
  authoritativeSource!: DataSourceRefView | null;

  @Field(() => [DataSourceRefView], { description: 'Copy registers of this source visible to you.' })
  copies!: DataSourceRefView[];

  @Field(() => [DataSourceReaderView], { description: 'Usages not retired that read the source, by name.' })
  readers!: DataSourceReaderView[];

  @Field(() => [ReadersByUnitView])
  byUnit!: ReadersByUnitView[];

  @Field(() => [ReadersByChannelView])
  byChannel!: ReadersByChannelView[];

  @Field(() => [ReadersByPurposeView])
  byPurpose!: ReadersByPurposeView[];

  @Field(() => Float, { description: 'Kr per year over all readers.' })
  yearlyCost!: number;

  @Field(() => Float, { description: 'Kr per year paid for reads through a copy register.' })
  copyYearlyCost!: number;

  @Field(() => CopyRegisterExitView, {
    description: "The copy-register exit analysis of this source's reads.",
  })
  exit!: CopyRegisterExitView;

  @Field(() => [TouchingContractView], { description: 'Soonest effective end first.' })
  contracts!: TouchingContractView[];

  @Field(() => [TouchingProjectView])
  projects!: TouchingProjectView[];
}
