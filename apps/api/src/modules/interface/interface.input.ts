import { Field, ID, InputType, Int } from 'type-graphql';
import { DataType, RegisterFamily, Visibility } from '../../shared/enums';

@InputType()
export class InterfaceFilter {
  @Field(() => String, { nullable: true, description: 'Matches name, protocol and data description.' })
  search?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only interfaces provided by this catalogue system.' })
  providerSystemId?: string | null;
}

@InputType('InterfaceFields')
class InterfaceFields {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => ID, { nullable: true, description: 'The catalogue system that provides the interface.' })
  providerSystemId?: string | null;

  @Field(() => String, { nullable: true })
  protocol?: string | null;

  @Field(() => String, { nullable: true })
  dataDescription?: string;

  @Field(() => [DataType], { nullable: true, description: 'KITOS data types; an empty list = not declared.' })
  dataTypes?: DataType[];

  @Field(() => [RegisterFamily], { nullable: true, description: 'Needs at least one data type.' })
  registerFamilies?: RegisterFamily[];
}

@InputType()
export class InterfaceCreateInput extends InterfaceFields {
  @Field(() => Visibility, { nullable: true, defaultValue: 'SHARED' })
  visibility?: Visibility;
}

@InputType()
export class InterfaceUpdateInput extends InterfaceFields {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}
