import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { BenefitDirection, BenefitMapKind, BenefitType, VerificationKind } from '../../shared/enums';
import { SortDirection } from '../../shared/pagination';
import { LocalDate } from '../../shared/scalars';

export enum BenefitSortField {
  TITLE = 'TITLE',
  DUE_DATE = 'DUE_DATE',
  TYPE = 'TYPE',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(BenefitSortField, { name: 'BenefitSortField' });

@InputType()
export class BenefitFilter {
  @Field(() => ID, { nullable: true })
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The harvesting unit.' })
  unitId?: string | null;

  @Field(() => [BenefitType], { nullable: true })
  types?: BenefitType[] | null;

  @Field(() => ID, { nullable: true, description: "A strategy served by the benefit's project." })
  strategyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Matches the title.' })
  search?: string | null;
}

@InputType()
export class BenefitSort {
  @Field(() => BenefitSortField)
  field!: BenefitSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@InputType()
export class BenefitProfilePointInput {
  @Field(() => LocalDate)
  date!: string;

  @Field(() => Float)
  plannedValue!: number;
}

/** Fields shared by create and update; on update an omitted field is left as it is. */
@InputType('BenefitFields')
class BenefitFields {
  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => BenefitType, { nullable: true })
  type?: BenefitType;

  @Field(() => Boolean, { nullable: true })
  cashable?: boolean;

  @Field(() => ID, { nullable: true })
  responsibleUserId?: string | null;

  @Field(() => ID, { nullable: true })
  accountableUserId?: string | null;

  @Field(() => ID, { nullable: true })
  harvestingUnitId?: string | null;

  @Field(() => Float, { nullable: true })
  baseline?: number | null;

  @Field(() => Float, { nullable: true })
  target?: number | null;

  @Field(() => String, { nullable: true })
  unitOfMeasure?: string;

  @Field(() => BenefitDirection, { nullable: true })
  direction?: BenefitDirection;

  @Field(() => LocalDate, { nullable: true })
  startDate?: string | null;

  @Field(() => LocalDate, { nullable: true })
  dueDate?: string | null;

  @Field(() => VerificationKind, { nullable: true })
  verificationKind?: VerificationKind;

  @Field(() => ID, { nullable: true })
  verificationUsageId?: string | null;

  @Field(() => ID, { nullable: true })
  verificationContractId?: string | null;

  @Field(() => ID, { nullable: true })
  verificationEdgeId?: string | null;

  @Field(() => [BenefitProfilePointInput], {
    nullable: true,
    description: 'Replaces the whole realisation profile when given.',
  })
  profile?: BenefitProfilePointInput[];
}

@InputType()
export class BenefitCreateInput extends BenefitFields {
  @Field(() => ID, { nullable: true })
  projectId?: string | null;
}

@InputType()
export class BenefitUpdateInput extends BenefitFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you loaded; a stale version is refused.' })
  version!: number;
}

@InputType()
export class BenefitMeasurementInput {
  @Field(() => ID)
  benefitId!: string;

  @Field(() => LocalDate)
  measuredOn!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => String, { nullable: true })
  comment?: string;
}

@InputType()
export class BenefitMapNodeInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => BenefitMapKind)
  kind!: BenefitMapKind;

  @Field(() => String)
  label!: string;

  @Field(() => ID, { nullable: true })
  benefitId?: string | null;

  @Field(() => ID, { nullable: true })
  targetId?: string | null;
}

@InputType({ description: 'Changes to a benefit map node; an omitted field is left as it is.' })
export class BenefitMapNodeUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you loaded; a stale version is refused.' })
  version!: number;

  @Field(() => BenefitMapKind, { nullable: true })
  kind?: BenefitMapKind;

  @Field(() => String, { nullable: true })
  label?: string;

  @Field(() => ID, { nullable: true })
  benefitId?: string | null;

  @Field(() => ID, { nullable: true })
  targetId?: string | null;
}
