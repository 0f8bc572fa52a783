import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { Criticality, EconomyKind, NoticeRule, PurchaseForm } from '../../shared/enums';
import { SortDirection } from '../../shared/pagination';
import { LocalDate } from '../../shared/scalars';

/** Sorting also covers computed dates, so the list is sorted after the dates are computed. */
export enum ContractSortField {
  NAME = 'NAME',
  SUPPLIER = 'SUPPLIER',
  START_DATE = 'START_DATE',
  CURRENT_END = 'CURRENT_END',
  LATEST_NOTICE_DATE = 'LATEST_NOTICE_DATE',
  RETENDER_DECISION_DATE = 'RETENDER_DECISION_DATE',
  YEARLY_COST = 'YEARLY_COST',
  CRITICALITY = 'CRITICALITY',
}
registerEnumType(ContractSortField, { name: 'ContractSortField' });

@InputType()
export class ContractFilter {
  @Field(() => String, { nullable: true, description: 'Matches name or reference.' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  supplierId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Paying unit (economy line) or unit of a covered system.' })
  unitId?: string | null;

  @Field(() => [Criticality], { nullable: true })
  criticalities?: Criticality[] | null;

  @Field(() => Int, { nullable: true, description: 'Still running and ending within this many months.' })
  endingWithinMonths?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Still running and the re-tender decision is due within this many months (overdue included).',
  })
  retenderWithinMonths?: number | null;
}

@InputType()
export class ContractSort {
  @Field(() => ContractSortField)
  field!: ContractSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@InputType()
export class ContractOptionInput {
  @Field(() => Int)
  ordinal!: number;

  @Field(() => Int)
  months!: number;

  @Field(() => LocalDate, { nullable: true })
  exercisedOn?: string | null;
}

@InputType()
export class ContractEconomyLineInput {
  @Field(() => ID, { nullable: true })
  unitId?: string | null;

  @Field(() => EconomyKind)
  kind!: EconomyKind;

  @Field(() => Float)
  amount!: number;

  @Field(() => String, { nullable: true })
  note?: string;
}

/** The full term model; lists (options, economy lines, covered usages) replace what is stored. */
@InputType('ContractFields')
class ContractFields {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => ID, { nullable: true })
  supplierId?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The contract that renews or replaces this one; none means it ends without renewal.',
  })
  successorId?: string | null;

  @Field(() => String, { nullable: true })
  contractType?: string;

  @Field(() => String, { nullable: true })
  template?: string;

  @Field(() => PurchaseForm, { nullable: true })
  purchaseForm?: PurchaseForm;

  @Field(() => Criticality, { nullable: true })
  criticality?: Criticality;

  @Field(() => LocalDate)
  startDate!: string;

  @Field(() => LocalDate, { nullable: true })
  endDate?: string | null;

  @Field(() => Int, { nullable: true })
  durationMonths?: number | null;

  @Field(() => Boolean, { nullable: true })
  ongoing?: boolean;

  @Field(() => LocalDate, { nullable: true })
  irrevocableUntil?: string | null;

  @Field(() => Int, { nullable: true })
  noticePeriodMonths?: number | null;

  @Field(() => NoticeRule, { nullable: true })
  noticeRule?: NoticeRule;

  @Field(() => LocalDate, { nullable: true })
  terminatedOn?: string | null;

  @Field(() => String, { nullable: true })
  retenderPlan?: string;

  @Field(() => Float, { nullable: true })
  uptimePercent?: number | null;

  @Field(() => String, { nullable: true })
  availability?: string;

  @Field(() => String, { nullable: true })
  changeHandling?: string;

  @Field(() => String, { nullable: true })
  documentationDuties?: string;

  @Field(() => ID, { nullable: true })
  ownerUserId?: string | null;

  @Field(() => ID, { nullable: true })
  managerUserId?: string | null;

  @Field(() => String, { nullable: true })
  invoiceRecipient?: string;

  @Field(() => Float, { nullable: true })
  indexationPercent?: number;

  @Field(() => [ContractOptionInput], { nullable: true })
  options?: ContractOptionInput[];

  @Field(() => [ContractEconomyLineInput], { nullable: true })
  economyLines?: ContractEconomyLineInput[];

  @Field(() => [ID], { nullable: true, description: 'System usages the contract covers.' })
  coveredUsageIds?: string[];
}

@InputType()
export class ContractCreateInput extends ContractFields {}

@InputType()
export class ContractUpdateInput extends ContractFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you loaded; a stale version is refused.' })
  version!: number;
}
