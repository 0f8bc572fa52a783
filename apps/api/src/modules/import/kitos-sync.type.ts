import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { KitosKind } from './kitos-import.type';

export const KitosConflictChoice = { KEEP_OVERBLIK: 'KEEP_OVERBLIK', TAKE_KITOS: 'TAKE_KITOS' } as const;
registerEnumType(KitosConflictChoice, {
  name: 'KitosConflictChoice',
  description: "KEEP_OVERBLIK: Overblik's version stays. TAKE_KITOS: KITOS's version is applied.",
});

@ObjectType('KitosSyncRun', { description: 'The outcome of a sync with KITOS.' })
export class KitosSyncRunNode {
  @Field(() => Boolean)
  ok!: boolean;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int, { description: 'Objects KITOS sent that Overblik refused (see problems).' })
  errorCount!: number;

  @Field(() => Int, { description: 'Objects deleted in KITOS and flagged here (never removed).' })
  deleted!: number;

  @Field(() => Int, { description: 'Objects changed on both sides, waiting for a person.' })
  conflicts!: number;

  @Field(() => String, { nullable: true, description: 'Why the run failed; null when it went through.' })
  message!: string | null;

  @Field(() => [String])
  problems!: string[];
}

@ObjectType('KitosConnection', {
  description: "An organisation's connection to KITOS's API v2. The credentials are never returned.",
})
export class KitosConnectionNode {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  baseUrl!: string;

  @Field(() => String, { description: "The organisation's UUID in KITOS." })
  kitosOrganisationUuid!: string;

  @Field(() => Boolean, { description: "Whether the API user's e-mail is stored." })
  emailSet!: boolean;

  @Field(() => Boolean, { description: "Whether the API user's password is stored." })
  passwordSet!: boolean;

  @Field(() => Boolean)
  nightly!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastRunAt!: Date | null;

  @Field(() => KitosSyncRunNode, { nullable: true })
  lastRun!: KitosSyncRunNode | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('KitosSyncConflict', {
  description: 'An object KITOS and Overblik both changed since the last sync.',
})
export class KitosSyncConflictNode {
  @Field(() => ID)
  id!: string;

  @Field(() => KitosKind)
  kind!: string;

  @Field(() => String)
  kitosUuid!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: "The fields KITOS's version would change." })
  changes!: string[];

  @Field(() => GraphQLISODateTime, { description: 'When Overblik last changed the object.' })
  overblikChangedAt!: Date;
}

@InputType('KitosConnectionInput')
export class KitosConnectionInput {
  @Field(() => ID, { nullable: true, description: "Defaults to the request's organisation." })
  organisationId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version edited; null creates the connection.' })
  version!: number | null;

  @Field(() => String)
  baseUrl!: string;

  @Field(() => String)
  kitosOrganisationUuid!: string;

  @Field(() => String, { nullable: true, description: 'Left out keeps the stored e-mail.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Left out keeps the stored password.' })
  password?: string | null;

  @Field(() => Boolean)
  nightly!: boolean;
}
