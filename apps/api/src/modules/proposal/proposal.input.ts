import { Field, ID, InputType, Int } from 'type-graphql';
import { BusinessCaseLineInput } from '../project/project.input';

@InputType({ description: 'A new proposal (no proposalId) or a returned/draft one resubmitted.' })
export class ProposalSubmitInput {
  @Field(() => ID, { nullable: true })
  proposalId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The proposal version you loaded, when resubmitting.' })
  version?: number | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => String)
  problem!: string;

  @Field(() => String, { nullable: true })
  asIs?: string;

  @Field(() => String, { nullable: true })
  toBe?: string;

  @Field(() => String, { nullable: true })
  resourcesNeeded?: string;

  @Field(() => [BusinessCaseLineInput], { nullable: true })
  businessCase?: BusinessCaseLineInput[];

  @Field(() => [ID], { nullable: true, description: 'System usages the project affects.' })
  usageIds?: string[];

  @Field(() => [ID], { nullable: true })
  strategyIds?: string[];
}

@InputType()
export class ProposalDecisionInput {
  @Field(() => ID)
  proposalId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String, { nullable: true, description: 'Required when returning, rejecting or deferring.' })
  reason?: string | null;
}
