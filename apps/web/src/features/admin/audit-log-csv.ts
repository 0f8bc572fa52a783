import type { ExportColumn } from '../../ui/table/table-export';

export interface LogEntry {
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  authorName?: string | null;
  changes: readonly { field: string; before?: string | null; after?: string | null }[];
}

/**
 * The log as export columns: one row per changed field (an entry without field changes, such as
 * a sign-in, is one row), so a spreadsheet can filter on fields.
 */
export function auditLogColumns(
  entries: readonly LogEntry[],
  headers: readonly [string, string, string, string, string, string, string, string],
  formatAt: (at: string) => string,
): ExportColumn[] {
  const rows = entries.flatMap((e) =>
    (e.changes.length ? e.changes : [{ field: '', before: null, after: null }]).map((c) => [
      formatAt(e.at),
      e.authorName ?? '',
      e.action,
      e.entityType,
      e.entityId,
      c.field,
      c.before ?? '',
      c.after ?? '',
    ]),
  );
  return headers.map((header, i) => ({ header, values: rows.map((r) => r[i]) }));
}
