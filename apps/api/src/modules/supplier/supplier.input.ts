import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class SupplierInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: '8 digits, modulus 11; empty for none.' })
  cvr?: string | null;
}

@InputType()
export class SupplierUpdateInput extends SupplierInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you loaded; a stale version is refused.' })
  version!: number;
}

@InputType()
export class SupplierContactInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'What they do for you: account manager, support, …' })
  role?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType()
export class SupplierContactCreateInput extends SupplierContactInput {
  @Field(() => ID)
  supplierId!: string;
}

@InputType()
export class SupplierContactUpdateInput extends SupplierContactInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you loaded; a stale version is refused.' })
  version!: number;
}

@InputType()
export class SupplierNotesInput {
  @Field(() => ID)
  supplierId!: string;

  @Field(() => String)
  notes!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version you loaded; null when the organisation had no notes yet.',
  })
  version?: number | null;
}
