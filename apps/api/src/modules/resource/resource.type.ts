import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ProjectNode, ProjectSystemRef } from '../project/project.type';

@ObjectType('Competency')
export class CompetencyNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType('Person', { description: 'Someone whose time projects can book.' })
export class PersonNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field(() => ID, { nullable: true })
  userId!: string | null;

  @Field(() => Float)
  weeklyCapacityHours!: number;

  @Field(() => [CompetencyNode])
  competencies!: CompetencyNode[];

  @Field(() => Int)
  version!: number;
}

@ObjectType('Allocation', { description: 'Hours per week a person is booked on a project in a quarter.' })
export class AllocationNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => ID, { nullable: true })
  competencyId!: string | null;

  @Field(() => String)
  quarter!: string;

  @Field(() => Float)
  hoursPerWeek!: number;

  @Field(() => Int)
  version!: number;
}

@ObjectType('ResourceDemand', { description: 'What a project needs per competency and quarter.' })
export class ResourceDemandNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => ID)
  competencyId!: string;

  @Field(() => String)
  quarter!: string;

  @Field(() => Float)
  hoursPerWeek!: number;
}

@ObjectType('HeatmapCell')
export class HeatmapCellNode {
  @Field(() => ID)
  groupId!: string;

  @Field(() => String)
  groupName!: string;

  @Field(() => String)
  quarter!: string;

  @Field(() => Float)
  allocatedHours!: number;

  @Field(() => Float)
  availableHours!: number;

  @Field(() => Float, { nullable: true })
  ratio!: number | null;

  @Field(() => String, { description: 'OVER (above 100 %), UNDER (below 60 %) or OK.' })
  status!: string;
}

@ObjectType('AllocationHeatmap')
export class AllocationHeatmapNode {
  @Field(() => [String])
  quarters!: string[];

  @Field(() => [HeatmapCellNode])
  byCompetency!: HeatmapCellNode[];

  @Field(() => [HeatmapCellNode])
  byUnit!: HeatmapCellNode[];
}

@ObjectType('ProjectSynergy', { description: 'Two projects touching the same systems or capabilities.' })
export class ProjectSynergyNode {
  @Field(() => [ProjectNode])
  projects!: ProjectNode[];

  @Field(() => [ProjectSystemRef])
  sharedSystems!: ProjectSystemRef[];

  @Field(() => [String])
  sharedCapabilities!: string[];
}
