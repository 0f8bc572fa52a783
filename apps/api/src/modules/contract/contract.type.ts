import type { ContractIssue, ContractValidity } from '@overblik/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Criticality, Direction, EconomyKind, NoticeRule, PurchaseForm } from '../../shared/enums';
import { PageOf } from '../../shared/pagination';
import { LocalDate } from '../../shared/scalars';
import { ContractMigrationNode } from './contract-migration.type';

@ObjectType('RetenderPoint', { description: 'A re-tender decision planned against one end date.' })
export class RetenderPointNode {
  @Field(() => LocalDate, { nullable: true })
  effectiveEnd!: string | null;

  @Field(() => LocalDate, { nullable: true })
  decisionDate!: string | null;

  @Field(() => Boolean, { description: 'The realistic replacement window has already closed.' })
  windowClosed!: boolean;

  @Field(() => Int)
  daysLate!: number;
}

@ObjectType('ContractDates', { description: 'Dates and status computed from the term model as of today.' })
export class ContractDatesNode {
  @Field(() => String, { description: 'NOT_STARTED, ACTIVE, EXPIRED or TERMINATED.' })
  validity!: ContractValidity;

  @Field(() => LocalDate, { nullable: true })
  currentEnd!: string | null;

  @Field(() => LocalDate, { nullable: true })
  effectiveEndWithOptions!: string | null;

  @Field(() => Int)
  remainingOptionMonths!: number;

  @Field(() => LocalDate, { nullable: true })
  latestNoticeDate!: string | null;

  @Field(() => LocalDate, { nullable: true })
  earliestTerminationDate!: string | null;

  @Field(() => Boolean)
  cappedByParent!: boolean;

  @Field(() => [String], { description: 'Data-quality findings: MISSING_END, MISSING_NOTICE_PERIOD, …' })
  issues!: ContractIssue[];

  @Field(() => Int, { description: 'Notice + procurement lead + migration, in months.' })
  leadMonths!: number;

  @Field(() => Int)
  procurementLeadMonths!: number;

  @Field(() => ContractMigrationNode, {
    description: 'The migration time in leadMonths and where it came from.',
  })
  migration!: ContractMigrationNode;

  @Field(() => RetenderPointNode, { description: 'Binding: no further options used.' })
  retender!: RetenderPointNode;

  @Field(() => RetenderPointNode, { description: 'If every remaining option is used.' })
  retenderWithOptions!: RetenderPointNode;

  @Field(() => Boolean, { description: 'The binding re-tender decision date has passed.' })
  windowClosed!: boolean;
}

@ObjectType('ContractOption')
export class ContractOptionNode {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  ordinal!: number;

  @Field(() => Int)
  months!: number;

  @Field(() => LocalDate, { nullable: true })
  exercisedOn!: string | null;
}

@ObjectType('ContractEconomyLine')
export class ContractEconomyLineNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  unitId!: string | null;

  @Field(() => EconomyKind)
  kind!: EconomyKind;

  @Field(() => Float)
  amount!: number;

  @Field(() => String)
  note!: string;
}

@ObjectType('ContractSupplier', { description: 'The supplier as a contract shows it.' })
export class ContractSupplierNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('ContractIntegration', { description: 'An integration the contract covers.' })
export class ContractIntegrationNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  fromUsageId!: string;

  @Field(() => ID)
  toUsageId!: string;

  @Field(() => String, { description: 'The source system: its local name, else the catalogue name.' })
  fromUsageName!: string;

  @Field(() => String, { description: 'The target system: its local name, else the catalogue name.' })
  toUsageName!: string;

  @Field(() => String)
  data!: string;

  @Field(() => Direction)
  direction!: Direction;
}

@ObjectType('Contract')
export class ContractNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  reference!: string | null;

  @Field(() => ID, { nullable: true })
  supplierId!: string | null;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The contract that renews or replaces this one; none means it ends without renewal.',
  })
  successorId!: string | null;

  @Field(() => String)
  contractType!: string;

  @Field(() => String)
  template!: string;

  @Field(() => PurchaseForm)
  purchaseForm!: PurchaseForm;

  @Field(() => Criticality)
  criticality!: Criticality;

  @Field(() => LocalDate)
  startDate!: string;

  @Field(() => LocalDate, { nullable: true })
  endDate!: string | null;

  @Field(() => Int, { nullable: true })
  durationMonths!: number | null;

  @Field(() => Boolean)
  ongoing!: boolean;

  @Field(() => LocalDate, { nullable: true })
  irrevocableUntil!: string | null;

  @Field(() => Int, { nullable: true })
  noticePeriodMonths!: number | null;

  @Field(() => NoticeRule)
  noticeRule!: NoticeRule;

  @Field(() => LocalDate, { nullable: true })
  terminatedOn!: string | null;

  @Field(() => String)
  retenderPlan!: string;

  @Field(() => Float, { nullable: true })
  uptimePercent!: number | null;

  @Field(() => String)
  availability!: string;

  @Field(() => String)
  changeHandling!: string;

  @Field(() => String)
  documentationDuties!: string;

  @Field(() => ID, { nullable: true })
  ownerUserId!: string | null;

  @Field(() => ID, { nullable: true })
  managerUserId!: string | null;

  @Field(() => String)
  invoiceRecipient!: string;

  @Field(() => Float)
  indexationPercent!: number;

  @Field(() => Float, { description: 'Sum of the yearly operation lines.' })
  yearlyCost!: number;

  @Field(() => ContractDatesNode)
  dates!: ContractDatesNode;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class ContractPage extends PageOf(ContractNode, 'Contract') {}
