import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageOf } from '../../shared/pagination';
import { LocalDate } from '../../shared/scalars';

@ObjectType('JointTenderContract', {
  description: 'A contract in a candidate, as far as its organisation shares it.',
})
export class JointTenderContractNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => String)
  organisationName!: string;

  @Field(() => String, { nullable: true })
  supplierName!: string | null;

  @Field(() => LocalDate, { nullable: true })
  currentEnd!: string | null;

  @Field(() => LocalDate, { nullable: true })
  decisionDate!: string | null;

  @Field(() => Float, { nullable: true, description: 'Null when the organisation keeps its prices local.' })
  yearlyCost!: number | null;

  @Field(() => Boolean)
  priceHidden!: boolean;
}

@ObjectType('JointTenderCandidate')
export class JointTenderCandidateNode {
  @Field(() => String, { description: 'Stable for the same data: pass it to createTenderPlan.' })
  key!: string;

  @Field(() => String, { description: 'SYSTEM, CAPABILITY or SUPPLIER.' })
  matchedOn!: string;

  @Field(() => String)
  value!: string;

  @Field(() => String, { description: 'System or supplier name, or the capability.' })
  label!: string;

  @Field(() => LocalDate)
  windowStart!: string;

  @Field(() => LocalDate)
  windowEnd!: string;

  @Field(() => [JointTenderContractNode])
  contracts!: JointTenderContractNode[];
}

@ObjectType()
export class JointTenderCandidatePage extends PageOf(JointTenderCandidateNode, 'JointTenderCandidate') {}

@ObjectType('TenderPlanParticipant')
export class TenderPlanParticipantNode {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => String)
  organisationName!: string;

  @Field(() => ID, { nullable: true })
  contractId!: string | null;
}

@ObjectType('TenderPlan', { description: 'A shared tender plan of a collaboration.' })
export class TenderPlanNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  collaborationId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  status!: string;

  @Field(() => LocalDate, { nullable: true })
  windowStart!: string | null;

  @Field(() => LocalDate, { nullable: true })
  windowEnd!: string | null;

  @Field(() => [TenderPlanParticipantNode])
  participants!: TenderPlanParticipantNode[];

  @Field(() => Int)
  version!: number;
}

@InputType()
export class TenderPlanFromCandidateInput {
  @Field(() => String)
  candidateKey!: string;

  @Field(() => Int, { defaultValue: 18 })
  windowMonths!: number;

  @Field(() => String, { nullable: true, description: 'Defaults to a name made from the candidate.' })
  name?: string | null;
}
