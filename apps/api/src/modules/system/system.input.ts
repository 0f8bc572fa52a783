import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { BusinessType, Hosting, Lifecycle, Visibility } from '../../shared/enums';
import { SortDirection } from '../../shared/pagination';
import { LocalDate } from '../../shared/scalars';

export enum SystemUsageSortField {
  NAME = 'NAME',
  LIFECYCLE = 'LIFECYCLE',
  USER_COUNT = 'USER_COUNT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(SystemUsageSortField, { name: 'SystemUsageSortField' });
registerEnumType(SortDirection, { name: 'SortDirection' });

@InputType()
export class SystemUsageFilter {
  @Field(() => String, { nullable: true, description: 'Matches the local or catalogue name.' })
  search?: string | null;

  @Field(() => [Lifecycle], { nullable: true })
  lifecycles?: Lifecycle[] | null;

  @Field(() => ID, { nullable: true })
  responsibleUnitId?: string | null;

  @Field(() => String, { nullable: true })
  capability?: string | null;

  @Field(() => String, { nullable: true })
  taskArea?: string | null;
}

@InputType()
export class SystemUsageSort {
  @Field(() => SystemUsageSortField)
  field!: SystemUsageSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

/** Local facts shared by create and update (type-graphql 2 has no abstract input types). */
@InputType('SystemUsageFields')
class SystemUsageFields {
  @Field(() => String, { nullable: true })
  localName?: string | null;

  @Field(() => ID, { nullable: true })
  ownerUserId?: string | null;

  @Field(() => ID, { nullable: true })
  custodianUserId?: string | null;

  @Field(() => ID, { nullable: true })
  responsibleUnitId?: string | null;

  @Field(() => Lifecycle, { nullable: true })
  lifecycle?: Lifecycle;

  @Field(() => LocalDate, { nullable: true })
  inUseFrom?: string | null;

  @Field(() => LocalDate, { nullable: true })
  inUseUntil?: string | null;

  @Field(() => [String], { nullable: true })
  taskAreas?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: "Active capabilities of the organisation's taxonomy this usage serves (replaces the list).",
  })
  capabilityIds?: string[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Infrastructure components (servers, platforms, networks) it runs on (replaces the list).',
  })
  infrastructureIds?: string[];

  @Field(() => Hosting, { nullable: true })
  hosting?: Hosting;

  @Field(() => Int, { nullable: true })
  userCount?: number | null;

  @Field(() => Boolean, { nullable: true })
  usesServicePlatform?: boolean;

  @Field(() => Boolean, { nullable: true })
  usesSupportSystems?: boolean;

  @Field(() => [String], { nullable: true })
  standardsMet?: string[];

  @Field(() => String, { nullable: true })
  architectureFitNote?: string;

  @Field(() => String, { nullable: true })
  asIs?: string;

  @Field(() => String, { nullable: true })
  toBe?: string;

  @Field(() => String, { nullable: true })
  workflows?: string;

  @Field(() => Int, { nullable: true, description: "0–60 months; null uses the organisation's default." })
  migrationMonths?: number | null;

  @Field(() => Float, { nullable: true, description: 'One-off cost of moving off this system, kr.' })
  switchingCost?: number;
}

@InputType()
export class SystemUsageCreateInput extends SystemUsageFields {
  @Field(() => ID, { description: 'The catalogue system this organisation uses.' })
  systemId!: string;
}

@InputType()
export class SystemUsageUpdateInput extends SystemUsageFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you loaded; a stale version is refused.' })
  version!: number;
}

/** A catalogue entry's KITOS facts, shared by create and update. */
@InputType('CatalogueEntryFields')
class CatalogueEntryFields {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'KITOS "Tidligere systemnavn".' })
  formerName?: string | null;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => ID, { nullable: true, description: 'The rights holder (KITOS "Rettighedshaver").' })
  supplierId?: string | null;

  @Field(() => BusinessType, { nullable: true, description: 'KITOS "Forretningstype".' })
  businessType?: BusinessType | null;

  @Field(() => ID, { nullable: true, description: 'The main system this entry is a module of.' })
  parentSystemId?: string | null;
}

@InputType()
export class ItSystemInput extends CatalogueEntryFields {
  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => Visibility, { nullable: true, defaultValue: 'SHARED' })
  visibility?: Visibility;
}

@InputType()
export class ItSystemUpdateInput extends CatalogueEntryFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you loaded; a stale version is refused.' })
  version!: number;
}
