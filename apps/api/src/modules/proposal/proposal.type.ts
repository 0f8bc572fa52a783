import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DecisionStage, ProposalStatus } from '../../shared/enums';

@ObjectType('ProposalDecision', { description: 'One decision on a proposal: who, when, what and why.' })
export class ProposalDecisionNode {
  @Field(() => ID)
  id!: string;

  @Field(() => DecisionStage)
  stage!: DecisionStage;

  @Field(() => ProposalStatus)
  decision!: ProposalStatus;

  @Field(() => ID)
  decidedById!: string;

  @Field(() => Date)
  decidedAt!: Date;

  @Field(() => String)
  reason!: string;
}

@ObjectType('Proposal', { description: 'A proposal (indstilling) for a project.' })
export class ProposalNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => ProposalStatus)
  status!: ProposalStatus;

  @Field(() => ID, { nullable: true })
  submittedById!: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => String)
  problem!: string;

  @Field(() => String)
  asIs!: string;

  @Field(() => String)
  toBe!: string;

  @Field(() => String)
  resourcesNeeded!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('BoardAgenda', { description: 'What awaits the council and the board.' })
export class BoardAgendaNode {
  @Field(() => [ProposalNode], { description: 'Submitted, waiting for pre-qualification.' })
  awaitingCouncil!: ProposalNode[];

  @Field(() => [ProposalNode], { description: 'Pre-qualified or deferred, waiting for the board.' })
  awaitingBoard!: ProposalNode[];
}
