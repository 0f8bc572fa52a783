import { Field, ID, InputType, Int } from 'type-graphql';
import { Channel, DataSourceKind, Lifecycle, Visibility } from '../../shared/enums';
import { LocalDate } from '../../shared/scalars';

@InputType()
export class DataSourceFilter {
  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => [DataSourceKind], { nullable: true })
  kinds?: DataSourceKind[] | null;
}

@InputType('DataSourceFields')
class DataSourceFields {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => DataSourceKind, { nullable: true })
  kind?: DataSourceKind;

  @Field(() => String, { nullable: true })
  registerFamily?: string | null;

  @Field(() => ID, { nullable: true })
  copyOfId?: string | null;

  @Field(() => ID, { nullable: true })
  supplierId?: string | null;

  @Field(() => Channel, { nullable: true })
  defaultChannel?: Channel;

  @Field(() => String, { nullable: true })
  costModel?: string;

  @Field(() => Lifecycle, { nullable: true })
  lifecycle?: Lifecycle;

  @Field(() => LocalDate, { nullable: true })
  endsOn?: string | null;
}

@InputType()
export class DataSourceCreateInput extends DataSourceFields {
  @Field(() => Visibility, { nullable: true, defaultValue: 'SHARED' })
  visibility?: Visibility;
}

@InputType()
export class DataSourceUpdateInput extends DataSourceFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}
