import type { DATA_TYPES } from '../shared/enums';
import type { ColumnMapping } from './kitos-columns';
import { readList, readText } from './kitos-cells';
import { isBlankRow, type PlanLine, type SheetRow } from './import-plan.types';
import { firstRowOf, lower, rowReader, sameAttributes } from './kitos-row';

type DataType = (typeof DATA_TYPES)[number];

/** KITOS's data types (DataRows' DataType) as Overblik's. */
const DATA_TYPE: Record<string, DataType> = {
  person: 'PERSON',
  virksomhed: 'COMPANY',
  sag: 'CASE',
  dokument: 'DOCUMENT',
  organisation: 'ORGANISATION',
  klassifikation: 'CLASSIFICATION',
  ejendom: 'PROPERTY',
  gis: 'GIS',
  andet: 'OTHER',
};

export interface InterfaceSnapshot {
  /** Interfaces the organisation sees; editable = registered by the organisation itself. */
  interfaces: {
    id: string;
    name: string;
    kitosId: string | null;
    editable: boolean;
    providerSystemId: string | null;
    protocol: string | null;
    dataTypes: DataType[];
    kitosAttributes: Record<string, string>;
  }[];
  /** Catalogue entries the organisation sees, for "Udstillet af". */
  systems: { id: string; name: string }[];
}

export interface InterfaceAction {
  interfaceId: string | null;
  name: string;
  kitosId: string | null;
  providerSystemId?: string | null;
  protocol?: string | null;
  dataTypes?: DataType[];
  kitosAttributes: Record<string, string>;
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/**
 * Plans KITOS's interface overview: one line per non-blank row. A row matches an interface by its
 * KITOS "Snitflade ID", else by exact name; new interfaces are LOCAL to the organisation.
 * "Udstillet af" names the catalogue system that exposes it. A match on a shared interface
 * registered by someone else is not changed (the row says so); an import publishes nothing.
 */
export function planInterfaceImport(
  mapping: readonly ColumnMapping[],
  rows: readonly SheetRow[],
  snapshot: InterfaceSnapshot,
): PlanLine<InterfaceAction>[] {
  const systemByName = new Map<string, string>();
  for (const s of snapshot.systems) if (!systemByName.has(s.name)) systemByName.set(s.name, s.id);
  const seenId = firstRowOf();
  const seenName = firstRowOf();
  const find = (kitosId: string | null, name: string) => {
    const own = snapshot.interfaces.filter((i) => i.editable);
    return (
      (kitosId
        ? (own.find((i) => i.kitosId === kitosId) ?? snapshot.interfaces.find((i) => i.kitosId === kitosId))
        : undefined) ??
      own.find((i) => i.name === name && (!kitosId || !i.kitosId)) ??
      snapshot.interfaces.find((i) => i.name === name && (!kitosId || !i.kitosId))
    );
  };
  const lines: PlanLine<InterfaceAction>[] = [];
  for (const { row, cells } of rows) {
    if (isBlankRow(cells)) continue;
    const r = rowReader(mapping, cells);
    const name = r.read('name', readText) ?? '';
    if (name === '' && !r.errors.length)
      r.errors.push({ column: r.titleOf('name'), message: 'import.error.required' });
    const kitosId = r.read('kitosId', readText) || null;
    const protocol = r.read('protocol', readText);
    const providerName = r.read('provider', readText);
    const typeNames = r.read('dataTypes', readList);
    const kitosAttributes = r.attributes();
    let dataTypes: DataType[] | undefined;
    if (typeNames) {
      dataTypes = [];
      for (const t of typeNames) {
        const type = DATA_TYPE[lower(t)];
        if (!type)
          r.errors.push({
            column: r.titleOf('dataTypes'),
            message: 'import.error.dataType',
            params: { value: t },
          });
        else if (!dataTypes.includes(type)) dataTypes.push(type);
      }
    }
    let providerSystemId: string | null | undefined;
    if (providerName !== undefined) {
      providerSystemId = providerName ? (systemByName.get(providerName) ?? undefined) : null;
      if (providerSystemId === undefined && providerName) {
        r.warnings.push({
          column: r.titleOf('provider'),
          message: 'import.warning.providerNotFound',
          params: { name: providerName },
        });
      }
    }
    if (kitosId) seenId(r, kitosId, row, 'kitosId', 'import.error.duplicateId');
    else if (name) seenName(r, name, row, 'name', 'import.error.duplicateName');

    const line: PlanLine<InterfaceAction> = {
      row,
      name,
      status: 'ERROR',
      errors: r.errors,
      warnings: r.warnings,
      changes: [],
      action: null,
    };
    lines.push(line);
    if (r.errors.length) continue;

    const action: InterfaceAction = { interfaceId: null, name, kitosId, kitosAttributes };
    if (providerSystemId !== undefined) action.providerSystemId = providerSystemId;
    if (protocol !== undefined) action.protocol = protocol || null;
    if (dataTypes) action.dataTypes = dataTypes;
    const existing = find(kitosId, name);
    if (!existing) {
      line.status = 'CREATE';
      line.action = action;
      continue;
    }
    const changes: string[] = [];
    if (name !== existing.name) changes.push('name');
    if (kitosId && kitosId !== existing.kitosId) changes.push('kitosId');
    if (action.providerSystemId !== undefined && action.providerSystemId !== existing.providerSystemId)
      changes.push('provider');
    if (action.protocol !== undefined && action.protocol !== existing.protocol) changes.push('protocol');
    if (action.dataTypes && !sameSet(action.dataTypes, existing.dataTypes)) changes.push('dataTypes');
    if (!sameAttributes(kitosAttributes, existing.kitosAttributes)) changes.push('kitosAttributes');
    if (changes.length && !existing.editable) {
      // Someone else's shared interface: the organisation reads it, it does not rewrite it.
      line.warnings.push({ column: '', message: 'import.warning.sharedInterface' });
      line.status = 'UNCHANGED';
      continue;
    }
    line.changes = changes;
    line.status = changes.length ? 'UPDATE' : 'UNCHANGED';
    if (changes.length) line.action = { ...action, interfaceId: existing.id };
  }
  return lines;
}
