import { IMPORT_KINDS, PLAN_STATUSES } from '@overblik/domain';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

const asEnum = <T extends readonly string[]>(values: T) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };

export const KitosKind = asEnum(IMPORT_KINDS);
registerEnumType(KitosKind, {
  name: 'KitosKind',
  description:
    "The kind the header row says the file is: a KITOS workbook, or one of Overblik's own templates (DATA_SOURCES, BENEFITS, SYSTEMS, DATA_SOURCE_EDGES, INTEGRATIONS, CONTRACTS, PROJECTS).",
});
export const ImportLineStatus = asEnum(PLAN_STATUSES);
registerEnumType(ImportLineStatus, { name: 'ImportLineStatus' });
export const ImportMode = asEnum(['STOP_ON_ERROR', 'SKIP_BAD_ROWS'] as const);
registerEnumType(ImportMode, {
  name: 'ImportMode',
  description:
    'STOP_ON_ERROR: nothing lands when any row is refused. SKIP_BAD_ROWS: good rows land, bad ones are reported.',
});

@InputType('ImportColumnOverride', {
  description: 'Re-maps a column by its title; a null target ignores it.',
})
export class ImportColumnOverrideInput {
  @Field(() => String)
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: "A field of the kind, 'attribute', or null to ignore.",
  })
  target!: string | null;
}

@InputType('KitosImportInput')
export class KitosImportInput {
  @Field(() => ID, { nullable: true, description: "Defaults to the request's organisation." })
  organisationId?: string | null;

  @Field(() => String, { description: 'The .xlsx workbook, base64-encoded; at most 10 MB.' })
  file!: string;

  @Field(() => [ImportColumnOverrideInput], { defaultValue: [] })
  overrides!: ImportColumnOverrideInput[];

  @Field(() => Boolean, { description: 'Plan only: report what would happen, change nothing.' })
  dryRun!: boolean;

  @Field(() => ImportMode, { defaultValue: 'STOP_ON_ERROR' })
  mode!: keyof typeof ImportMode;
}

@ObjectType('ImportColumn')
export class ImportColumnNode {
  @Field(() => Int, { description: '0-based column index.' })
  column!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: "The field the column fills, 'attribute', or null (ignored).",
  })
  target!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why a column maps nowhere: ignored, unknown or unknownRole.',
  })
  note!: string | null;
}

@ObjectType('ImportProblem')
export class ImportProblemNode {
  @Field(() => String, { description: "The column's title; empty for the row as a whole." })
  column!: string;

  @Field(() => String)
  message!: string;
}

@ObjectType('ImportLine')
export class ImportLineNode {
  @Field(() => Int, { description: 'The row number as the spreadsheet shows it.' })
  row!: number;

  @Field(() => String)
  name!: string;

  @Field(() => ImportLineStatus)
  status!: keyof typeof ImportLineStatus;

  @Field(() => [String], { description: 'Fields the row changes on an existing object.' })
  changes!: string[];

  @Field(() => [ImportProblemNode])
  errors!: ImportProblemNode[];

  @Field(() => [ImportProblemNode])
  warnings!: ImportProblemNode[];
}

@ObjectType('KitosImportReport', { description: 'A dry run, or what an apply did, line by line.' })
export class KitosImportReportNode {
  @Field(() => KitosKind)
  kind!: keyof typeof KitosKind;

  @Field(() => Boolean, {
    description: 'Whether anything was written (false for a dry run and a stopped apply).',
  })
  applied!: boolean;

  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int)
  unchanged!: number;

  @Field(() => Int)
  errorCount!: number;

  @Field(() => [ImportColumnNode])
  columns!: ImportColumnNode[];

  @Field(() => [String], { description: 'The fields columns of this kind can be mapped to.' })
  fields!: string[];

  @Field(() => [ImportLineNode])
  lines!: ImportLineNode[];
}
