import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../shared/scalars';

@ObjectType('Notification', { description: 'An in-app notice for one user, e.g. a contract alert.' })
export class NotificationNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => String, {
    description: 'RETENDER_DECISION_DUE, NOTICE_DATE_APPROACHING, EXPIRED_BUT_IN_USE, …',
  })
  kind!: string;

  @Field(() => String)
  subjectType!: string;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  body!: string;

  @Field(() => LocalDate, { nullable: true })
  dueDate!: string | null;

  @Field(() => Date, { nullable: true })
  readAt!: Date | null;

  @Field(() => Date, { nullable: true })
  snoozedUntil!: Date | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('ContractAlertRun', { description: 'What one run of the contract alert job did.' })
export class ContractAlertRunNode {
  @Field(() => Int, { description: 'Notices evaluated as due (per user).' })
  due!: number;

  @Field(() => Int, { description: 'New notices written; repeated runs write 0.' })
  created!: number;

  @Field(() => Int)
  emailed!: number;
}
