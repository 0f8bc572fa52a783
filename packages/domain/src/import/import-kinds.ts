import {
  detectGenericKind,
  GENERIC_KINDS,
  genericKindFields,
  mapGenericColumns,
  missingGenericFields,
  type GenericKind,
} from './generic-columns';
import {
  detectKitosKind,
  kindFields,
  KITOS_KINDS,
  mapColumns,
  missingRequiredFields,
  type ColumnMapping,
  type ColumnTarget,
  type KitosKind,
} from './kitos-columns';

/** Every kind the importer reads: KITOS's workbooks and Overblik's own templates. */
export const IMPORT_KINDS = [...KITOS_KINDS, ...GENERIC_KINDS] as const;
export type ImportKind = KitosKind | GenericKind;

const isGeneric = (kind: ImportKind): kind is GenericKind =>
  (GENERIC_KINDS as readonly string[]).includes(kind);

/** KITOS's workbooks first (their titles are fixed), then Overblik's templates. */
export const detectImportKind = (headers: readonly string[]): ImportKind | null =>
  detectKitosKind(headers) ?? detectGenericKind(headers);

export const mapImportColumns = (
  kind: ImportKind,
  headers: readonly string[],
  overrides: Readonly<Record<string, ColumnTarget>> = {},
): ColumnMapping[] =>
  isGeneric(kind) ? mapGenericColumns(kind, headers, overrides) : mapColumns(kind, headers, overrides);

export const importKindFields = (kind: ImportKind): string[] =>
  isGeneric(kind) ? genericKindFields(kind) : kindFields(kind);

export const missingImportFields = (kind: ImportKind, mapping: readonly ColumnMapping[]): string[] =>
  isGeneric(kind) ? missingGenericFields(kind, mapping) : missingRequiredFields(kind, mapping);
