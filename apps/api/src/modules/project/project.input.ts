import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import {
  ArtefactKind,
  BusinessCaseKind,
  ProjectLifecycleAction,
  ProjectStatus,
  ProjectTeamRole,
  Rag,
} from '../../shared/enums';
import { SortDirection } from '../../shared/pagination';
import { LocalDate } from '../../shared/scalars';

export enum ProjectSortField {
  NAME = 'NAME',
  STATUS = 'STATUS',
  PHASE = 'PHASE',
  START_DATE = 'START_DATE',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ProjectSortField, { name: 'ProjectSortField' });

@InputType()
export class ProjectFilter {
  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => [ProjectStatus], { nullable: true })
  statuses?: ProjectStatus[] | null;

  @Field(() => String, { nullable: true })
  phase?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  strategyId?: string | null;
}

@InputType()
export class ProjectSort {
  @Field(() => ProjectSortField)
  field!: ProjectSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@InputType('ProjectFields')
class ProjectFields {
  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => ID, { nullable: true })
  ownerUserId?: string | null;

  @Field(() => ID, { nullable: true })
  leadUserId?: string | null;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => LocalDate, { nullable: true })
  startDate?: string | null;

  @Field(() => LocalDate, { nullable: true })
  endDate?: string | null;

  @Field(() => Float, { nullable: true })
  budget?: number;

  @Field(() => [ID], { nullable: true, description: 'Replaces the strategies the project serves.' })
  strategyIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Replaces the system usages the project touches.' })
  usageIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Replaces the projects this one depends on; no loops.' })
  dependsOnIds?: string[];
}

@InputType()
export class ProjectCreateInput extends ProjectFields {
  @Field(() => String)
  name!: string;
}

@InputType()
export class ProjectUpdateInput extends ProjectFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Puts the project in this programme (null: none); programme keepers only.',
  })
  programmeId?: string | null;
}

@InputType({
  description: "A board decision on a running project's life; the reason goes to the decision log.",
})
export class ProjectLifecycleDecisionInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => ProjectLifecycleAction)
  action!: ProjectLifecycleAction;

  @Field(() => String)
  reason!: string;
}

@InputType()
export class ProjectTeamMemberInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => ProjectTeamRole)
  role!: ProjectTeamRole;
}

@InputType()
export class ArtefactInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => ArtefactKind)
  kind!: ArtefactKind;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  content?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version of the artefact you loaded; null when providing it for the first time.',
  })
  version?: number | null;
}

@InputType()
export class BusinessCaseLineInput {
  @Field(() => BusinessCaseKind)
  kind!: BusinessCaseKind;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => Float)
  amount!: number;

  @Field(() => Int, { nullable: true })
  year?: number | null;
}

@InputType()
export class StatusReportInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => LocalDate)
  periodEnd!: string;

  @Field(() => Rag)
  ragTime!: Rag;

  @Field(() => Rag)
  ragCost!: Rag;

  @Field(() => Rag)
  ragQuality!: Rag;

  @Field(() => Rag)
  ragScope!: Rag;

  @Field(() => Int)
  progressPercent!: number;

  @Field(() => Float)
  spent!: number;

  @Field(() => Float)
  budget!: number;

  @Field(() => String, { nullable: true })
  risks?: string;

  @Field(() => String, { nullable: true })
  nextSteps?: string;
}
