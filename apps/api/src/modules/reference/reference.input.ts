import { Field, ID, InputType, Int } from 'type-graphql';
import { ReferenceSubject } from '../../shared/enums';

@InputType()
export class ExternalReferenceCreateInput {
  @Field(() => ReferenceSubject)
  subject!: ReferenceSubject;

  @Field(() => ID, { description: 'The system usage, data source, contract, project or benefit.' })
  subjectId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true, description: 'ESDH document id or case number.' })
  documentId?: string;

  @Field(() => String, { nullable: true, description: 'http:// or https:// only.' })
  url?: string;
}

@InputType()
export class ExternalReferenceUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you loaded; a stale version is refused.' })
  version!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  documentId?: string;

  @Field(() => String, { nullable: true })
  url?: string;
}
