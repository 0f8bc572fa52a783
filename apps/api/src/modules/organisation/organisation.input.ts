import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class UnitCreateInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}

@InputType()
export class UnitUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you loaded; a stale version is refused.' })
  version!: number;

  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;
}
