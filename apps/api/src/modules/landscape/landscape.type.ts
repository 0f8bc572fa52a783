import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Access, Channel, DataType, Direction, Lifecycle, RegisterFamily } from '../../shared/enums';
import { LocalDate } from '../../shared/scalars';

export enum LandscapeNodeKind {
  USAGE = 'USAGE',
  DATA_SOURCE = 'DATA_SOURCE',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
}
export enum LandscapeEdgeKind {
  DATA = 'DATA',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  INTEGRATION = 'INTEGRATION',
  COPY_OF = 'COPY_OF',
}
export enum ImpactVia {
  DATA_SOURCE = 'DATA_SOURCE',
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  INTEGRATION = 'INTEGRATION',
  COPY_REGISTER = 'COPY_REGISTER',
}
registerEnumType(LandscapeNodeKind, { name: 'LandscapeNodeKind' });
registerEnumType(LandscapeEdgeKind, { name: 'LandscapeEdgeKind' });
export enum ImpactCertainty {
  CERTAIN = 'CERTAIN',
  POSSIBLE = 'POSSIBLE',
}
registerEnumType(ImpactVia, { name: 'ImpactVia' });
registerEnumType(ImpactCertainty, {
  name: 'ImpactCertainty',
  description:
    'CERTAIN: a path carries the lost data all the way; POSSIBLE: only paths with an undeclared payload do.',
});

@ObjectType({ description: 'A system usage, data source or infrastructure component in the landscape.' })
export class LandscapeNode {
  @Field(() => ID)
  id!: string;

  @Field(() => LandscapeNodeKind)
  kind!: LandscapeNodeKind;

  @Field(() => String)
  name!: string;

  @Field(() => Lifecycle)
  lifecycle!: Lifecycle;

  @Field(() => String, {
    nullable: true,
    description: 'Data-source kind (BASE_REGISTER, COPY_REGISTER, …) or component kind; null for a usage.',
  })
  subKind!: string | null;

  @Field(() => ID, { nullable: true, description: 'Responsible unit (usages only).' })
  unitId!: string | null;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => String, { nullable: true, description: 'Register family (data sources only).' })
  registerFamily!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'In use until / ends on.' })
  endsOn!: string | null;

  @Field(() => Float, { nullable: true, description: 'Usages: yearly licence and operation, kr.' })
  yearlyCost!: number | null;

  @Field(() => [String])
  capabilities!: string[];

  @Field(() => [String])
  taskAreas!: string[];

  @Field(() => Boolean, { description: 'A dependency of this usage ends before it does.' })
  hasLifecycleConflict!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Usages: NONE (no covering contract), ACTIVE, ENDING (the last covering contract ends within a year) or EXPIRED.',
  })
  contractStatus?: string | null;
}

@ObjectType({ description: 'An edge; reads "from <relation> to", both ways when BIDIRECTIONAL.' })
export class LandscapeEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => LandscapeEdgeKind)
  kind!: LandscapeEdgeKind;

  @Field(() => ID)
  from!: string;

  @Field(() => ID)
  to!: string;

  @Field(() => String, { description: 'dependsOn or dependencyOf.' })
  relation!: string;

  @Field(() => Direction)
  direction!: Direction;

  @Field(() => Channel, { nullable: true })
  channel!: Channel | null;

  @Field(() => Access, { nullable: true })
  access!: Access | null;

  @Field(() => String, { nullable: true })
  interfaceName!: string | null;

  @Field(() => Float, { nullable: true, description: 'Data edges: yearly cost, kr.' })
  yearlyCost!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Data edges: false when bought through a copy register.',
  })
  authoritative!: boolean | null;

  @Field(() => [DataType], {
    nullable: true,
    description:
      'Data edges and integrations: the KITOS data types carried (empty when undeclared); null on edges that carry no data.',
  })
  dataTypes!: DataType[] | null;

  @Field(() => [RegisterFamily], {
    nullable: true,
    description:
      'Data edges and integrations: the register families carried; null on edges that carry no data.',
  })
  registerFamilies!: RegisterFamily[] | null;
}

@ObjectType()
export class LandscapeGraphView {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => [LandscapeNode])
  nodes!: LandscapeNode[];

  @Field(() => [LandscapeEdge])
  edges!: LandscapeEdge[];
}

@ObjectType()
export class NeighbourhoodNodeView extends LandscapeNode {
  @Field(() => Int, { description: 'Hops from the root (0 for the root).' })
  hops!: number;
}

@ObjectType()
export class NeighbourhoodView {
  @Field(() => ID)
  rootId!: string;

  @Field(() => Int)
  hops!: number;

  @Field(() => [NeighbourhoodNodeView])
  nodes!: NeighbourhoodNodeView[];

  @Field(() => [LandscapeEdge])
  edges!: LandscapeEdge[];

  @Field(() => Boolean, { description: 'True when maxNodes left out nodes within the hops.' })
  truncated!: boolean;
}

@ObjectType()
export class AffectedUsageView {
  @Field(() => ID)
  usageId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true })
  responsibleUnitId!: string | null;

  @Field(() => Int, { description: 'Edges from the target; 1 = direct.' })
  depth!: number;

  @Field(() => [ID], { description: 'Node ids from the target to this usage, both included.' })
  path!: string[];

  @Field(() => ImpactVia)
  via!: ImpactVia;

  @Field(() => ImpactCertainty)
  certainty!: ImpactCertainty;

  @Field(() => [DataType], { description: 'The data types it loses (possibly, when POSSIBLE).' })
  dataTypes!: DataType[];

  @Field(() => [RegisterFamily], { description: 'The register families those data types are narrowed to.' })
  registerFamilies!: RegisterFamily[];

  @Field(() => Boolean, { description: 'It also loses data whose content is not declared.' })
  unknownData!: boolean;
}

@ObjectType()
export class AffectedDataSourceView {
  @Field(() => ID)
  dataSourceId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  depth!: number;

  @Field(() => [ID])
  path!: string[];
}

@ObjectType()
export class AffectedUnitView {
  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field(() => String, { nullable: true })
  unitName!: string | null;

  @Field(() => Int, { description: 'Certainly affected usages.' })
  usageCount!: number;

  @Field(() => Int)
  possibleUsageCount!: number;
}

@ObjectType()
export class AffectedContractView {
  @Field(() => ID)
  contractId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => LocalDate, { nullable: true })
  effectiveEnd!: string | null;

  @Field(() => LocalDate, { nullable: true })
  noticeDate!: string | null;

  @Field(() => [ID], { description: 'Certainly affected usages it covers.' })
  usageIds!: string[];

  @Field(() => [ID])
  possibleUsageIds!: string[];
}

@ObjectType()
export class AffectedProjectView {
  @Field(() => ID)
  projectId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [ID], { description: 'Certainly affected usages it touches.' })
  usageIds!: string[];

  @Field(() => [ID])
  possibleUsageIds!: string[];
}

@ObjectType()
export class ImpactAnalysisView {
  @Field(() => LandscapeNodeKind)
  targetKind!: LandscapeNodeKind;

  @Field(() => ID)
  targetId!: string;

  @Field(() => LocalDate, { nullable: true })
  from!: string | null;

  @Field(() => [AffectedUsageView], { description: 'CERTAIN before POSSIBLE, then by depth and name.' })
  usages!: AffectedUsageView[];

  @Field(() => Int, { description: 'Usages that certainly lose data: the headline count.' })
  certainCount!: number;

  @Field(() => Int)
  possibleCount!: number;

  @Field(() => [AffectedDataSourceView])
  dataSources!: AffectedDataSourceView[];

  @Field(() => [AffectedUnitView])
  units!: AffectedUnitView[];

  @Field(() => [AffectedContractView])
  contracts!: AffectedContractView[];

  @Field(() => [AffectedProjectView])
  projects!: AffectedProjectView[];
}
