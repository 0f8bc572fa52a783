import { Field, ID, Int, ObjectType } from 'type-graphql';
import { InfrastructureKind, Lifecycle } from '../../shared/enums';
import { PageOf } from '../../shared/pagination';
import { LocalDate } from '../../shared/scalars';

@ObjectType({ description: 'A contract covering a usage, with its computed end and notice dates.' })
export class CoveringContract {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'NOT_STARTED, ACTIVE, EXPIRED or TERMINATED.' })
  validity!: string;

  @Field(() => LocalDate, { nullable: true, description: 'Effective end incl. exercised options.' })
  effectiveEnd!: string | null;

  @Field(() => LocalDate, { nullable: true })
  noticeDate!: string | null;
}

@ObjectType()
export class ProjectRef {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('InfrastructureComponent')
export class InfrastructureComponentNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => InfrastructureKind)
  kind!: InfrastructureKind;

  @Field(() => Lifecycle)
  lifecycle!: Lifecycle;

  @Field(() => LocalDate, { nullable: true })
  endsOn!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class InfrastructureComponentPage extends PageOf(
  InfrastructureComponentNode,
  'InfrastructureComponent',
) {}
