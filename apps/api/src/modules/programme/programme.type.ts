import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Rag } from '../../shared/enums';
import { LocalDate } from '../../shared/scalars';

@ObjectType('Programme', {
  description: "A group of the organisation's projects whose status, spend, risks and benefits roll up.",
})
export class ProgrammeNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The owning organisation.' })
  organisationId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => ID, { nullable: true, description: 'The programme leader.' })
  leadUserId!: string | null;

  @Field(() => Boolean, { description: 'Archived programmes keep their projects but take no new ones.' })
  archived!: boolean;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('ProgrammeStatusRollup', { description: "The running projects' latest status reports." })
export class ProgrammeStatusRollupNode {
  @Field(() => Rag, { nullable: true, description: 'The reddest running project; null before any report.' })
  worst!: Rag | null;

  @Field(() => Int, { description: 'Active or paused projects, the ones expected to report.' })
  running!: number;

  @Field(() => Int)
  green!: number;

  @Field(() => Int)
  amber!: number;

  @Field(() => Int)
  red!: number;

  @Field(() => Int, { description: 'Running projects without a report, or with only a stale one.' })
  missing!: number;
}

@ObjectType('ProgrammeSpendRollup', { description: 'Spent against budget over the approved projects.' })
export class ProgrammeSpendRollupNode {
  @Field(() => Float)
  budget!: number;

  @Field(() => Float)
  spent!: number;

  @Field(() => Float, { nullable: true })
  spentPercent!: number | null;

  @Field(() => [ID], { description: 'Projects whose latest report shows more spent than budgeted.' })
  overspentProjectIds!: string[];
}

@ObjectType('ProgrammeRisk', { description: "A running project's risks from its latest status report." })
export class ProgrammeRiskNode {
  @Field(() => ID)
  projectId!: string;

  @Field(() => String)
  projectName!: string;

  @Field(() => LocalDate)
  reportDate!: string;

  @Field(() => Rag, { description: "The report's overall RAG." })
  rag!: Rag;

  @Field(() => String)
  risks!: string;
}

@ObjectType('ProgrammeBenefitRollup', { description: "The projects' benefits: expected against realised." })
export class ProgrammeBenefitRollupNode {
  @Field(() => Int)
  benefitCount!: number;

  @Field(() => Float, { description: 'Expected: the gain the benefits target, in kr.' })
  targetKr!: number;

  @Field(() => Float, { description: 'Planned by today from the benefit profiles, in kr.' })
  plannedKr!: number;

  @Field(() => Float)
  realisedKr!: number;

  @Field(() => Float, { nullable: true })
  realisationPercent!: number | null;

  @Field(() => Rag, { nullable: true, description: 'Realised against planned.' })
  rag!: Rag | null;

  @Field(() => Int)
  qualitativeCount!: number;
}

@ObjectType('ProgrammeRollup', { description: "What the programme's projects add up to today." })
export class ProgrammeRollupNode {
  @Field(() => Int)
  projectCount!: number;

  @Field(() => ProgrammeStatusRollupNode)
  status!: ProgrammeStatusRollupNode;

  @Field(() => ProgrammeSpendRollupNode)
  spend!: ProgrammeSpendRollupNode;

  @Field(() => [ProgrammeRiskNode], { description: 'Reddest and newest first.' })
  risks!: ProgrammeRiskNode[];

  @Field(() => ProgrammeBenefitRollupNode)
  benefits!: ProgrammeBenefitRollupNode;
}
