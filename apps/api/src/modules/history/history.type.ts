import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../shared/scalars';
import { PageOf } from '../../shared/pagination';
import { DateTime } from '../../shared/scalars';

/** The records that have a history view, and the audit entity type each is written as. */
export const HistoryEntity = {
  SYSTEM_USAGE: 'SYSTEM_USAGE',
  DATA_SOURCE: 'DATA_SOURCE',
  CONTRACT: 'CONTRACT',
  PROJECT: 'PROJECT',
  BENEFIT: 'BENEFIT',
  SUPPLIER: 'SUPPLIER',
} as const;
export type HistoryEntity = keyof typeof HistoryEntity;
registerEnumType(HistoryEntity, { name: 'HistoryEntity' });

@ObjectType({ description: 'One changed field of an audit entry.' })
export class FieldChangeNode {
  @Field(() => String, { description: 'Dotted path, e.g. `name`, `options[<id>].months`.' })
  field!: string;

  @Field(() => String, { description: 'ADDED, REMOVED or CHANGED.' })
  kind!: string;

  @Field(() => String, { nullable: true })
  before!: string | null;

  @Field(() => String, { nullable: true })
  after!: string | null;
}

@ObjectType({ description: 'One change of a record or of one of its rows, from the audit log.' })
export class HistoryEntryNode {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTime)
  at!: Date;

  @Field(() => String, { description: 'CREATE, UPDATE, DELETE, …' })
  action!: string;

  @Field(() => String, {
    description: 'The audited row type: the record itself or a child row (e.g. UsageDataSource).',
  })
  entityType!: string;

  @Field(() => String)
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'Who made the change; null for the system.' })
  authorName!: string | null;

  @Field(() => [FieldChangeNode])
  changes!: FieldChangeNode[];
}

@ObjectType()
export class AuditLogPage extends PageOf(HistoryEntryNode, 'AuditLog') {}

@InputType({ description: 'Filters of the audit log; days are Copenhagen calendar days, both included.' })
export class AuditLogFilterInput {
  @Field(() => String, { nullable: true })
  entityType?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person who made the change.' })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: 'CREATE, UPDATE, DELETE, DECIDE, REORDER or SIGN_IN.' })
  action?: string | null;

  @Field(() => LocalDate, { nullable: true })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true })
  to?: string | null;
}
