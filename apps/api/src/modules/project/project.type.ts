import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import {
  ArtefactKind,
  BusinessCaseKind,
  ProjectLifecycleAction,
  ProjectStatus,
  ProjectTeamRole,
  Rag,
} from '../../shared/enums';
import { UserRef } from '../organisation/organisation.type';
import { PageOf } from '../../shared/pagination';
import { LocalDate } from '../../shared/scalars';

@ObjectType('Project', { description: 'A project in the portfolio, from idea to closed.' })
export class ProjectNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => ID, { nullable: true })
  ownerUserId!: string | null;

  @Field(() => ID, { nullable: true })
  leadUserId!: string | null;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The programme the project belongs to, at most one.' })
  programmeId!: string | null;

  @Field(() => String, { description: "Key of the project's phase in the organisation's project model." })
  phase!: string;

  @Field(() => ProjectStatus)
  status!: ProjectStatus;

  @Field(() => String, { description: 'Ordering key of the manual rank on the board.' })
  rankKey!: string;

  @Field(() => LocalDate, { nullable: true })
  startDate!: string | null;

  @Field(() => LocalDate, { nullable: true })
  endDate!: string | null;

  @Field(() => Float)
  budget!: number;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class ProjectPage extends PageOf(ProjectNode, 'Project') {}

@ObjectType('PhaseDefinition', { description: "A phase of the organisation's project model and its gate." })
export class PhaseDefinitionNode {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  ordinal!: number;

  @Field(() => [ArtefactKind], { description: 'Artefacts required to leave this phase.' })
  requiredArtefacts!: ArtefactKind[];
}

@ObjectType('ProjectPhaseHistory')
export class PhaseHistoryNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  phase!: string;

  @Field(() => Date)
  enteredAt!: Date;

  @Field(() => Date, { nullable: true })
  leftAt!: Date | null;
}

@ObjectType('GateDecision')
export class GateDecisionNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fromPhase!: string;

  @Field(() => String)
  toPhase!: string;

  @Field(() => Boolean)
  passed!: boolean;

  @Field(() => ID)
  decidedById!: string;

  @Field(() => Date)
  decidedAt!: Date;

  @Field(() => String)
  reason!: string;
}

@ObjectType('GateCheck', { description: 'Whether the project may pass the gate to the next phase now.' })
export class GateCheckNode {
  @Field(() => String, { nullable: true })
  nextPhase!: string | null;

  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => [ArtefactKind])
  missing!: ArtefactKind[];
}

@ObjectType('BusinessCaseLine')
export class BusinessCaseLineNode {
  @Field(() => ID)
  id!: string;

  @Field(() => BusinessCaseKind)
  kind!: BusinessCaseKind;

  @Field(() => String)
  description!: string;

  @Field(() => Float)
  amount!: number;

  @Field(() => Int, { nullable: true })
  year!: number | null;
}

@ObjectType('ProjectArtefact')
export class ArtefactNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ArtefactKind)
  kind!: ArtefactKind;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  content!: string;

  @Field(() => Date)
  providedAt!: Date;

  @Field(() => Int)
  version!: number;
}

@ObjectType('StatusReport', { description: 'A periodic status report (fremdriftsrapport).' })
export class StatusReportNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => ID)
  reportedById!: string;

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

  @Field(() => Rag, { description: 'The worst of the four dimensions.' })
  overall!: Rag;

  @Field(() => Int)
  progressPercent!: number;

  @Field(() => Float)
  spent!: number;

  @Field(() => Float)
  budget!: number;

  @Field(() => String)
  risks!: string;

  @Field(() => String)
  nextSteps!: string;
}

@ObjectType('ProjectLatestStatus', { description: 'The latest report and whether one is missing.' })
export class LatestStatusNode {
  @Field(() => StatusReportNode, { nullable: true })
  report!: StatusReportNode | null;

  @Field(() => Int, { nullable: true })
  ageDays!: number | null;

  @Field(() => Boolean, {
    description:
      'Whether the project must report now: approved, running, past its idea phase and not closed.',
  })
  mustReport!: boolean;

  @Field(() => Boolean, {
    description: 'The project must report and has no report, or only one older than 45 days.',
  })
  missing!: boolean;
}

@ObjectType('Strategy')
export class StrategyNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => LocalDate, { nullable: true })
  validFrom!: string | null;

  @Field(() => LocalDate, { nullable: true })
  validTo!: string | null;
}

@ObjectType('ProjectSystemRef', { description: 'A system usage the project touches.' })
export class ProjectSystemRef {
  @Field(() => ID)
  usageId!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('ProjectLifecycleDecision', {
  description: 'A board decision to pause, resume or stop the project, with its reason (the decision log).',
})
export class ProjectLifecycleDecisionNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ProjectLifecycleAction)
  action!: ProjectLifecycleAction;

  @Field(() => ProjectStatus)
  fromStatus!: ProjectStatus;

  @Field(() => ProjectStatus)
  toStatus!: ProjectStatus;

  @Field(() => ID)
  decidedById!: string;

  @Field(() => Date)
  decidedAt!: Date;

  @Field(() => String)
  reason!: string;
}

@ObjectType('ProjectTeamMember', { description: "A person's role on the project's team." })
export class ProjectTeamMemberNode {
  @Field(() => ProjectTeamRole)
  role!: ProjectTeamRole;

  @Field(() => UserRef)
  user!: UserRef;
}
