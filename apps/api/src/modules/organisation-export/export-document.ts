import type { CatalogueTable } from './export-plan';
import type { Row } from './organisation-export.repository';

/**
 * The version of the organisation export format (ADR 0035). Raised whenever an exported table or
 * column changes; a restore accepts documents of this version only.
 */
export const FORMAT_VERSION = 1;

/** A whole-organisation export, documented by docs/organisation-export.schema.json. */
export interface ExportDocument {
  formatVersion: number;
  /** When the snapshot was read (UTC). */
  exportedAt: string;
  organisation: Row;
  /** The people the organisation's rows name: id, e-mail, name and language only. */
  users: Row[];
  /** Catalogue entries the organisation registered or refers to. */
  catalogue: Record<CatalogueTable, Row[]>;
  /** The organisation's own rows, table by table, in restore order. */
  tables: Record<string, Row[]>;
}
