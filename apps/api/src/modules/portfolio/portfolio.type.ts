import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ScoreDirection } from '../../shared/enums';
import { ProjectNode, ProjectSystemRef } from '../project/project.type';

/** The four ways the prioritisation model sorts projects (Category.dimension). */
export enum CategoryDimension {
  COMPLEXITY = 'COMPLEXITY',
  SCOPE = 'SCOPE',
  FOCUS = 'FOCUS',
  ECONOMY = 'ECONOMY',
}
registerEnumType(CategoryDimension, {
  name: 'CategoryDimension',
  description: 'Complexity, scope (local vs cross-cutting), focus (political vs administrative), economy.',
});

export enum OverlapKind {
  SYSTEM = 'SYSTEM',
  CAPABILITY = 'CAPABILITY',
}
registerEnumType(OverlapKind, { name: 'OverlapKind' });

@ObjectType('TimeCriticality', { description: 'How soon the project must run, from landscape facts.' })
export class TimeCriticalityNode {
  @Field(() => String, { description: 'NONE, SOON, URGENT or OVERDUE.' })
  level!: string;

  @Field(() => [String], {
    description: 'CONTRACT_DECISION_PASSED, CONTRACT_DECISION_WITHIN_6_MONTHS, … or REMOVES_COPY_REGISTER.',
  })
  reasons!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Re-tender decision date of the contract it replaces.',
  })
  contractDecisionDate!: string | null;
}

@ObjectType('CapacityShortfall')
export class CapacityShortfallNode {
  @Field(() => ID)
  competencyId!: string;

  @Field(() => String)
  competencyName!: string;

  @Field(() => String)
  quarter!: string;

  @Field(() => Float)
  shortfallHours!: number;
}

@ObjectType('PortfolioBoardEntry')
export class BoardEntryNode {
  @Field(() => ProjectNode)
  project!: ProjectNode;

  @Field(() => Int, { description: '1-based manual rank.' })
  position!: number;

  @Field(() => String)
  rankKey!: string;

  @Field(() => Float, { description: 'Weighted score 0–100.' })
  score!: number;

  @Field(() => Boolean, { description: 'Maxes a mandatory criterion: goes first in the score order.' })
  mandatory!: boolean;

  @Field(() => Int, { description: '1-based rank by weighted score.' })
  scorePosition!: number;

  @Field(() => Int, { description: 'Manual − score position; positive = ranked lower than its score.' })
  divergence!: number;

  @Field(() => Boolean, { description: 'The divergence is large enough to discuss.' })
  divergent!: boolean;

  @Field(() => TimeCriticalityNode)
  timeCriticality!: TimeCriticalityNode;

  @Field(() => Boolean, { description: 'Its resource demand fits the capacity left by the projects above.' })
  fits!: boolean;

  @Field(() => CapacityShortfallNode, { nullable: true })
  firstShortfall!: CapacityShortfallNode | null;
}

@ObjectType('PortfolioBoard')
export class PortfolioBoardNode {
  @Field(() => [BoardEntryNode])
  entries!: BoardEntryNode[];

  @Field(() => Int, { nullable: true, description: '0-based index of the first project that does not fit.' })
  capacityLineIndex!: number | null;

  @Field(() => Int, { description: 'Rank differences of at least this many places are flagged.' })
  divergenceThreshold!: number;

  @Field(() => ID, { nullable: true, description: 'The scenario shown, or null for the live ranking.' })
  scenarioId!: string | null;
}

@ObjectType('PortfolioScenario', { description: 'A saved what-if ranking; live only once approved.' })
export class ScenarioNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID)
  createdById!: string;

  @Field(() => Date, { nullable: true })
  approvedAt!: Date | null;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('Criterion')
export class CriterionNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Float)
  weight!: number;

  @Field(() => Int)
  scaleMin!: number;

  @Field(() => Int)
  scaleMax!: number;

  @Field(() => ScoreDirection)
  direction!: ScoreDirection;

  @Field(() => Boolean)
  mandatory!: boolean;

  @Field(() => Int)
  ordinal!: number;

  @Field(() => Int)
  version!: number;
}

@ObjectType('Category', { description: 'A category of the prioritisation model, in one dimension.' })
export class CategoryNode {
  @Field(() => ID)
  id!: string;

  @Field(() => CategoryDimension)
  dimension!: CategoryDimension;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType('PrioritisationModel')
export class PrioritisationModelNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [CriterionNode])
  criteria!: CriterionNode[];

  @Field(() => [CategoryNode], { description: 'By dimension, then name.' })
  categories!: CategoryNode[];

  @Field(() => Int)
  version!: number;
}

@ObjectType('CriterionScore')
export class CriterionScoreNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  criterionId!: string;

  @Field(() => Int)
  value!: number;

  @Field(() => Int)
  version!: number;
}

@ObjectType('ProjectOverlap', {
  description: 'A system or capability that two or more open projects touch: they should coordinate.',
})
export class ProjectOverlapNode {
  @Field(() => OverlapKind)
  kind!: OverlapKind;

  @Field(() => String, { description: 'The usage id (SYSTEM) or the capability itself (CAPABILITY).' })
  key!: string;

  @Field(() => String, { description: "The system's name, or the capability." })
  name!: string;

  @Field(() => [ProjectNode], { description: 'By name.' })
  projects!: ProjectNode[];
}

@ObjectType('RelatedProject', {
  description: 'Another open project touching the same systems or capabilities.',
})
export class RelatedProjectNode {
  @Field(() => ProjectNode)
  project!: ProjectNode;

  @Field(() => [ProjectSystemRef])
  sharedSystems!: ProjectSystemRef[];

  @Field(() => [String])
  sharedCapabilities!: string[];
}
