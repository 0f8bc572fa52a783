import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BusinessType, Hosting, Lifecycle, Visibility } from '../../shared/enums';
import { PageOf } from '../../shared/pagination';
import { LocalDate } from '../../shared/scalars';

@ObjectType('ItSystem', { description: 'A catalogue entry: shared by all organisations unless LOCAL.' })
export class ItSystemNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'KITOS "Tidligere systemnavn".' })
  formerName!: string | null;

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => BusinessType, { nullable: true, description: 'KITOS "Forretningstype".' })
  businessType!: BusinessType | null;

  @Field(() => ID, { nullable: true })
  parentSystemId!: string | null;

  @Field(() => ID, { nullable: true })
  supplierId!: string | null;

  @Field(() => Visibility)
  visibility!: Visibility;

  @Field(() => ID, { nullable: true })
  ownerOrganisationId!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('SystemUsage', {
  description: "One organisation's use of a catalogue system, with its local facts.",
})
export class SystemUsageNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => ID)
  systemId!: string;

  @Field(() => String, { nullable: true })
  localName!: string | null;

  @Field(() => ID, { nullable: true })
  ownerUserId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'A system owner without an account (a recorded person); null when ownerUserId names a member.',
  })
  ownerPersonId!: string | null;

  @Field(() => ID, { nullable: true })
  custodianUserId!: string | null;

  @Field(() => ID, { nullable: true })
  responsibleUnitId!: string | null;

  @Field(() => Lifecycle)
  lifecycle!: Lifecycle;

  @Field(() => LocalDate, { nullable: true })
  inUseFrom!: string | null;

  @Field(() => LocalDate, { nullable: true })
  inUseUntil!: string | null;

  @Field(() => [String], { description: 'KLE task-area numbers.' })
  taskAreas!: string[];

  @Field(() => [String], { description: 'Names of the active capabilities it serves, sorted.' })
  capabilities!: string[];

  @Field(() => Float, { description: 'One-off cost of moving off this system, kr.' })
  switchingCost!: number;

  @Field(() => Hosting)
  hosting!: Hosting;

  @Field(() => Int, { nullable: true })
  userCount!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Months to move this usage to a new supplier; null uses the organisation's default.",
  })
  migrationMonths!: number | null;

  @Field(() => Boolean)
  usesServicePlatform!: boolean;

  @Field(() => Boolean)
  usesSupportSystems!: boolean;

  @Field(() => [String])
  standardsMet!: string[];

  @Field(() => String)
  architectureFitNote!: string;

  @Field(() => String)
  asIs!: string;

  @Field(() => String)
  toBe!: string;

  @Field(() => String, { description: 'Documented workflows (markdown).' })
  workflows!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class SystemUsagePage extends PageOf(SystemUsageNode, 'SystemUsage') {}

@ObjectType()
export class ItSystemPage extends PageOf(ItSystemNode, 'ItSystem') {}

@ObjectType('RecordedPersonRef', {
  description:
    'A person the organisation has recorded without an account (e.g. from KITOS): name and e-mail.',
})
export class RecordedPersonRef {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;
}
