import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class SavedViewInput {
  @Field(() => String)
  tableKey!: string;

  @Field(() => String)
  name!: string;

  @Field(() => JSONObjectResolver, {
    description:
      '{ columnVisibility?: {[column]: boolean}, columnOrder?: [column], sorting?: [{ id, desc }], ' +
      'columnFilters?: [{ id, value }] }; at most 20,000 characters as JSON.',
  })
  config!: Record<string, unknown>;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "Save as the organisation's default for the table (administrators only).",
  })
  organisationDefault!: boolean;
}

@InputType()
export class SavedViewUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you loaded; a stale version is refused.' })
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => JSONObjectResolver, { nullable: true })
  config?: Record<string, unknown> | null;
}
