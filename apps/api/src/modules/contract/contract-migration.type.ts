import type { MigrationSource as DomainMigrationSource } from '@overblik/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum MigrationSource {
  DEFAULT = 'DEFAULT',
  SYSTEM_USAGE = 'SYSTEM_USAGE',
  INTEGRATION = 'INTEGRATION',
}
registerEnumType(MigrationSource, {
  name: 'MigrationSource',
  description: "Where a contract's migration time came from.",
});

@ObjectType('ContractMigration', {
  description: 'The migration time a re-tender plans for: the longest among what depends on the contract.',
})
export class ContractMigrationNode {
  @Field(() => Int)
  months!: number;

  @Field(() => MigrationSource, {
    description: "DEFAULT (the organisation's setting), SYSTEM_USAGE or INTEGRATION.",
  })
  source!: DomainMigrationSource;

  @Field(() => ID, { nullable: true, description: 'The usage or integration whose time was used.' })
  dependentId!: string | null;

  @Field(() => String, { nullable: true })
  dependentName!: string | null;
}
