import { dataSourceRuleErrors } from '../landscape/data-source.schema';
import type { CHANNELS, DATA_SOURCE_KINDS, LIFECYCLES } from '../shared/enums';
import { readEnum, readTemplateDate } from './generic-cells';
import { CHANNEL_LABELS, DATA_SOURCE_KIND_LABELS, LIFECYCLE_LABELS } from './generic-columns';
import { readText } from './kitos-cells';
import type { ColumnMapping } from './kitos-columns';
import { isBlankRow, type PlanLine, type Ref, type SheetRow } from './import-plan.types';
import { firstRowOf, lower, rowReader } from './kitos-row';

type Kind = (typeof DATA_SOURCE_KINDS)[number];
type Channel = (typeof CHANNELS)[number];
type Lifecycle = (typeof LIFECYCLES)[number];

export interface DataSourceFacts {
  name: string;
  kind: Kind;
  description: string;
  registerFamily: string | null;
  copyOfId: string | null;
  supplierId: string | null;
  defaultChannel: Channel;
  costModel: string;
  lifecycle: Lifecycle;
  endsOn: string | null;
}

export interface DataSourceSnapshot {
  /** Sources the organisation sees; editable = registered by the organisation itself. */
  sources: (DataSourceFacts & { id: string; version: number; editable: boolean })[];
  /** Suppliers the organisation sees. */
  suppliers: { id: string; name: string }[];
}

/** The fields a row sets (a column not in the file leaves its field as it is), copy-of as a reference. */
export interface DataSourceAction {
  sourceId: string | null;
  version: number | null;
  data: Partial<Omit<DataSourceFacts, 'copyOfId'>> & { name: string; copyOf?: Ref | null };
}

/** Field names as the shared rules report them → the template's field (for the column title). */
const RULE_FIELD: Record<string, string> = { copyOfId: 'copyOf', supplierId: 'supplier' };

/**
 * Plans a data-source sheet: one line per non-blank row. A row matches a source by its exact name
 * (the organisation's own first, then shared ones it sees); new sources are the organisation's own.
 * "Kopi af" names a source the organisation sees or one an earlier row creates; "Leverandør" a
 * supplier it sees (without case). The shared data-source rules check each row as the form does.
 */
export function planDataSourceImport(
  mapping: readonly ColumnMapping[],
  rows: readonly SheetRow[],
  snapshot: DataSourceSnapshot,
): PlanLine<DataSourceAction>[] {
  const find = (name: string) =>
    snapshot.sources.find((s) => s.editable && s.name === name) ??
    snapshot.sources.find((s) => s.name === name);
  const supplierByName = new Map<string, string>();
  for (const s of snapshot.suppliers)
    if (!supplierByName.has(lower(s.name))) supplierByName.set(lower(s.name), s.id);
  const createdAt = new Map<string, number>();
  const seenName = firstRowOf();
  const lines: PlanLine<DataSourceAction>[] = [];

  for (const { row, cells } of rows) {
    if (isBlankRow(cells)) continue;
    const r = rowReader(mapping, cells);
    const name = r.read('name', readText) ?? '';
    const kind = r.read('kind', readEnum(DATA_SOURCE_KIND_LABELS));
    const description = r.read('description', readText);
    const registerFamily = r.read('registerFamily', readText);
    const copyOfName = r.read('copyOf', readText);
    const supplierName = r.read('supplier', readText);
    const defaultChannel = r.read('defaultChannel', readEnum(CHANNEL_LABELS));
    const costModel = r.read('costModel', readText);
    const lifecycle = r.read('lifecycle', readEnum(LIFECYCLE_LABELS));
    const endsOn = r.read('endsOn', readTemplateDate);
    if (name) seenName(r, name, row, 'name', 'import.error.duplicateName');
    const existing = name ? find(name) : undefined;

    let copyOf: Ref | null | undefined;
    if (copyOfName !== undefined) {
      const found = copyOfName ? find(copyOfName) : undefined;
      const earlier = copyOfName ? createdAt.get(copyOfName) : undefined;
      copyOf = !copyOfName ? null : found ? { id: found.id } : earlier ? { row: earlier } : undefined;
      if (copyOf === undefined) {
        r.errors.push({
          column: r.titleOf('copyOf'),
          message: 'import.error.unknownReference',
          params: { value: copyOfName },
        });
      }
    }
    let supplierId: string | null | undefined;
    if (supplierName !== undefined) {
      supplierId = supplierName ? supplierByName.get(lower(supplierName)) : null;
      if (supplierId === undefined) {
        r.errors.push({
          column: r.titleOf('supplier'),
          message: 'import.error.unknownReference',
          params: { value: supplierName ?? '' },
        });
      }
    }

    const data: DataSourceAction['data'] = { name };
    if (kind) data.kind = kind;
    if (description !== undefined) data.description = description;
    if (registerFamily !== undefined) data.registerFamily = registerFamily || null;
    if (copyOf !== undefined) data.copyOf = copyOf;
    if (supplierId !== undefined) data.supplierId = supplierId;
    if (defaultChannel) data.defaultChannel = defaultChannel;
    if (costModel !== undefined) data.costModel = costModel;
    if (lifecycle) data.lifecycle = lifecycle;
    if (endsOn !== undefined) data.endsOn = endsOn;

    // The form's own rules, on the source as it would be stored.
    const whole = {
      ...(existing ?? {}),
      ...data,
      kind: data.kind ?? existing?.kind,
      id: existing?.id ?? null,
      copyOfId: copyOf && 'id' in copyOf ? copyOf.id : (existing?.copyOfId ?? null),
    };
    delete (whole as { copyOf?: unknown }).copyOf;
    for (const e of dataSourceRuleErrors(whole)) {
      const field = RULE_FIELD[e.field] ?? e.field;
      const column = r.has(field) ? r.titleOf(field) : '';
      if (!r.errors.some((x) => x.column === column)) r.errors.push({ ...e, column });
    }

    const line: PlanLine<DataSourceAction> = {
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
    if (!existing) {
      createdAt.set(name, row);
      line.status = 'CREATE';
      line.action = { sourceId: null, version: null, data };
      continue;
    }
    const changes = (Object.keys(data) as (keyof DataSourceAction['data'])[]).filter((k) => {
      if (k === 'copyOf')
        return (copyOf && 'id' in copyOf ? copyOf.id : null) !== existing.copyOfId || 'row' in (copyOf ?? {});
      return data[k] !== existing[k];
    });
    if (changes.length && !existing.editable) {
      // Someone else's shared source: the organisation reads it, the import does not rewrite it.
      line.warnings.push({ column: '', message: 'import.warning.sharedDataSource' });
      line.status = 'UNCHANGED';
      continue;
    }
    line.changes = changes;
    line.status = changes.length ? 'UPDATE' : 'UNCHANGED';
    if (changes.length) line.action = { sourceId: existing.id, version: existing.version, data };
  }
  return lines;
}
