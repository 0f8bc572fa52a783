import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ReferenceSubject } from '../../shared/enums';

/** A document or case outside Overblik kept on a system, data source, contract, project or benefit. */
@ObjectType('ExternalReference')
export class ExternalReferenceNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ReferenceSubject)
  subject!: ReferenceSubject;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'ESDH document id or case number; empty when not given.' })
  documentId!: string;

  @Field(() => String, { description: 'An http(s) address; empty when not given.' })
  url!: string;

  @Field(() => Int)
  version!: number;
}
