import type { TestClient } from '../test-server';
import { base64 } from './kitos-fixture';

/** The import mutation as the web app sends it, with the whole report. */
export const IMPORT = `mutation($i: KitosImportInput!) { importKitos(input: $i) {
  kind applied created updated unchanged errorCount
  columns { column title target note }
  lines { row name status changes errors { column message } warnings { column message } } } }`;

export interface Problem {
  column: string;
  message: string;
}
export interface Report {
  kind: string;
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  columns: { column: number; title: string; target: string | null; note: string | null }[];
  lines: {
    row: number;
    name: string;
    status: string;
    changes: string[];
    errors: Problem[];
    warnings: Problem[];
  }[];
}
export type Answer = {
  data?: { importKitos: Report } | null;
  errors?: {
    message: string;
    extensions?: { code?: string; fields?: { field: string; message: string }[] };
  }[];
};

/** Runs the import over the upload path (applied unless `dryRun: true` is passed). */
export const runImport = async (
  client: TestClient,
  file: Buffer | string,
  extra: Record<string, unknown> = {},
) =>
  (await client.upload(IMPORT, {
    i: { file: typeof file === 'string' ? file : base64(file), dryRun: false, ...extra },
  })) as Answer;

/** The file-level error an answer carries (the message for the field "file"). */
export const fileMessage = (r: Answer) =>
  r.errors?.[0].extensions?.fields?.find((f) => f.field === 'file')?.message;

/** Each line as [row, name, status], the shape most assertions compare. */
export const lineStatuses = (r: Answer) => r.data!.importKitos.lines.map((l) => [l.row, l.name, l.status]);
