import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Visibility } from '../../shared/enums';
import { PageOf } from '../../shared/pagination';

@ObjectType('Supplier', {
  description: 'A supplier or rights holder in the shared register; contacts and notes are per organisation.',
})
export class SupplierNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  cvr!: string | null;

  @Field(() => Visibility)
  visibility!: Visibility;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation that registered it and may rename it; null for national entries.',
  })
  ownerOrganisationId!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class SupplierPage extends PageOf(SupplierNode, 'Supplier') {}

@ObjectType('SupplierContact', { description: 'A person at the supplier, kept by the chosen organisation.' })
export class SupplierContactNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  supplierId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  role!: string;

  @Field(() => String, { nullable: true })
  email!: string | null;

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('SupplierNotes', { description: "The chosen organisation's notes on a supplier." })
export class SupplierNotesNode {
  @Field(() => String)
  notes!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType('SupplierSystem', { description: 'A catalogue system of the supplier, with your usage of it.' })
export class SupplierSystemNode {
  @Field(() => ID, { description: 'The catalogue entry.' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true, description: "The chosen organisation's usage, if it uses the system." })
  usageId!: string | null;
}

@ObjectType('SupplierContract', { description: 'A contract of the chosen organisation with the supplier.' })
export class SupplierContractNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  reference!: string | null;
}

@ObjectType('SupplierDataSource', { description: 'A data source the supplier runs.' })
export class SupplierDataSourceNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('SupplierRef', {
  description: 'The supplier of a system or data source: enough to name and link it.',
})
export class SupplierRefNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}
