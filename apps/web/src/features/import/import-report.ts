import type { ExportColumn } from '../../ui/table/table-export';

export interface ReportLine {
  row: number;
  name: string;
  status: string;
  changes: string[];
  errors: { column: string; message: string }[];
  warnings: { column: string; message: string }[];
}

/** Labels the report's columns and values take, in the user's language. */
export interface ReportLabels {
  row: string;
  name: string;
  status: string;
  changes: string;
  errors: string;
  warnings: string;
  statusValue: (status: string) => string;
  field: (field: string) => string;
}

const problems = (list: { column: string; message: string }[]) =>
  list.map((p) => (p.column ? `${p.column}: ${p.message}` : p.message)).join('\n');

/** The result report as spreadsheet columns: one row per imported row, with its outcome and reasons. */
export function importReportColumns(lines: readonly ReportLine[], labels: ReportLabels): ExportColumn[] {
  return [
    { header: labels.row, values: lines.map((l) => l.row) },
    { header: labels.name, values: lines.map((l) => l.name) },
    { header: labels.status, values: lines.map((l) => labels.statusValue(l.status)) },
    { header: labels.changes, values: lines.map((l) => l.changes.map(labels.field).join(', ')) },
    { header: labels.errors, values: lines.map((l) => problems(l.errors)) },
    { header: labels.warnings, values: lines.map((l) => problems(l.warnings)) },
  ];
}
