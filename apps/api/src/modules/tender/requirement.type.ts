import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('StandardRequirement', { description: 'A standard tender requirement kept by the central unit.' })
export class StandardRequirementNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  category!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType('RequirementCheck', {
  description: 'One standard requirement on a re-tender project’s checklist.',
})
export class RequirementCheckNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  projectId!: string;

  @Field(() => StandardRequirementNode)
  requirement!: StandardRequirementNode;

  @Field(() => Boolean)
  fulfilled!: boolean;

  @Field(() => String)
  note!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class StandardRequirementInput {
  @Field(() => String)
  category!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => Boolean, { nullable: true })
  active?: boolean;
}

@InputType()
export class StandardRequirementUpdateInput extends StandardRequirementInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class RequirementCheckUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => Boolean)
  fulfilled!: boolean;

  @Field(() => String, { nullable: true })
  note?: string;
}
