import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * A named table configuration. `config` travels as a JSON object (graphql-scalars' JSONObject) so
 * clients read and write it without double encoding; the server validates its shape with zod.
 */
@ObjectType('SavedView')
export class SavedViewNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => String, { description: 'Which table the view belongs to, e.g. "systems".' })
  tableKey!: string;

  @Field(() => String)
  name!: string;

  @Field(() => JSONObjectResolver, {
    description: 'columnVisibility, columnOrder, sorting, columnFilters (see SavedViewInput).',
  })
  config!: Record<string, unknown>;

  @Field(() => Boolean, {
    description: "The organisation's default for this table (set by an administrator).",
  })
  organisationDefault!: boolean;

  @Field(() => Boolean, { description: 'Whether the viewer may rename, change or delete it.' })
  editable!: boolean;

  @Field(() => Int)
  version!: number;
}
