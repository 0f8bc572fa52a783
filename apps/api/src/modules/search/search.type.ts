import { SEARCH_KINDS, type SearchKind as Kind } from '@overblik/domain';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';

/** The kinds global search finds, from the domain's list (ADR 0020). */
export const SearchKind = Object.fromEntries(SEARCH_KINDS.map((k) => [k, k])) as { [K in Kind]: K };
registerEnumType(SearchKind, { name: 'SearchKind' });

@ObjectType({ description: 'One hit of global search; `id` is the id of the page the kind opens.' })
export class SearchHit {
  @Field(() => SearchKind)
  kind!: Kind;

  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A second line: the catalogue name of a renamed usage, a contract reference, a CVR.',
  })
  detail!: string | null;

  @Field(() => Float, { description: 'Rank: exact name first, then prefix, words and similarity.' })
  score!: number;
}
