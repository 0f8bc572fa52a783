import { Ajv2020 } from 'ajv/dist/2020';
import { DomainError } from '../../shared/errors';
import { FORMAT_VERSION, type ExportDocument } from './export-document';
import { exportJsonSchema } from './export-json-schema';
import type { ColumnInfo } from './organisation-export.repository';

/**
 * Refuses a document of another format version, or one that does not match the schema (a
 * tampered or truncated file), before anything is written. Names where it failed.
 */
export function validateExportDocument(
  document: unknown,
  columns: ColumnInfo[],
  enums: Record<string, string[]>,
): ExportDocument {
  const version =
    document && typeof document === 'object'
      ? (document as { formatVersion?: unknown }).formatVersion
      : undefined;
  if (version !== FORMAT_VERSION)
    throw new DomainError('VALIDATION_FAILED', 'error.restore.formatVersion', {
      found: typeof version === 'number' ? version : '–',
      expected: FORMAT_VERSION,
    });
  const ajv = new Ajv2020({ allErrors: false, strict: false });
  const validate = ajv.compile(exportJsonSchema(columns, enums));
  if (!validate(document)) {
    const [first] = validate.errors ?? [];
    throw new DomainError('VALIDATION_FAILED', 'error.restore.invalid', {
      where: first?.instancePath || '/',
      problem: first?.message ?? '',
    });
  }
  return document as ExportDocument;
}
