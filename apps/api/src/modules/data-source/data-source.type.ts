import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Channel, DataSourceKind, Lifecycle, Visibility } from '../../shared/enums';
import { PageOf } from '../../shared/pagination';
import { LocalDate } from '../../shared/scalars';
import { UsageDataSourceNode } from '../integration/integration.type';

@ObjectType('DataSource', {
  description: 'A catalogue data source: base register, copy register, internal or external.',
})
export class DataSourceNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => DataSourceKind)
  kind!: DataSourceKind;

  @Field(() => String, { nullable: true })
  registerFamily!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For a copy register: the authoritative source it copies.',
  })
  copyOfId!: string | null;

  @Field(() => ID, { nullable: true })
  supplierId!: string | null;

  @Field(() => Channel)
  defaultChannel!: Channel;

  @Field(() => String)
  costModel!: string;

  @Field(() => Lifecycle)
  lifecycle!: Lifecycle;

  @Field(() => LocalDate, { nullable: true })
  endsOn!: string | null;

  @Field(() => Visibility)
  visibility!: Visibility;

  @Field(() => ID, { nullable: true })
  ownerOrganisationId!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => [UsageDataSourceNode], {
    description: "The chosen organisation's usages of this source: channel, cost, authoritative or copy.",
  })
  uses!: UsageDataSourceNode[];
}

@ObjectType()
export class DataSourcePage extends PageOf(DataSourceNode, 'DataSource') {}
