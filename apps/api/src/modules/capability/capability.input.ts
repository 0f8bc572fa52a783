import { Field, ID, InputType, Int } from 'type-graphql';

@InputType()
export class CapabilityCreateInput {
  @Field(() => String)
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Null or absent: a top-level capability.' })
  parentId?: string | null;
}

@InputType()
export class CapabilityRenameInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you loaded; a stale version is refused.' })
  version!: number;

  @Field(() => String)
  name!: string;
}

@InputType()
export class CapabilityMoveInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you loaded; a stale version is refused.' })
  version!: number;

  @Field(() => ID, { nullable: true, description: 'The new parent; null makes it top-level.' })
  parentId!: string | null;
}
