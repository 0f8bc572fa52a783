import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DataType, RegisterFamily, Visibility } from '../../shared/enums';
import { PageOf } from '../../shared/pagination';
import { IntegrationNode } from '../integration/integration.type';

@ObjectType('Interface', {
  description: 'A catalogue interface (snitflade): what a system offers other systems, and how.',
})
export class InterfaceNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => ID, { nullable: true })
  providerSystemId!: string | null;

  @Field(() => String, { nullable: true, description: "The provider's catalogue name." })
  providerSystemName!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The chosen organisation's usage of the provider system, when it has one.",
  })
  providerUsageId!: string | null;

  @Field(() => String, { nullable: true })
  protocol!: string | null;

  @Field(() => String)
  dataDescription!: string;

  @Field(() => [DataType], { description: 'KITOS data types it carries; none = not declared.' })
  dataTypes!: DataType[];

  @Field(() => [RegisterFamily], {
    description: 'Register families the data derives from; none = any or not stated.',
  })
  registerFamilies!: RegisterFamily[];

  @Field(() => Visibility)
  visibility!: Visibility;

  @Field(() => ID, { nullable: true, description: 'Null for national catalogue entries nobody may edit.' })
  ownerOrganisationId!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => [IntegrationNode], {
    description: "The chosen organisation's integrations that run over this interface.",
  })
  usedBy!: IntegrationNode[];
}

@ObjectType()
export class InterfacePage extends PageOf(InterfaceNode, 'Interface') {}
