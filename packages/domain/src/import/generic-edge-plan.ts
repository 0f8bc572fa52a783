import { usageDataSourceRuleErrors } from '../landscape/usage-data-source.schema';
import type { ACCESSES, CHANNELS } from '../shared/enums';
import type { DataType, RegisterFamily } from '../landscape/data-payload';
import { readEnum, readEnumList, readTemplateDate } from './generic-cells';
import { CHANNEL_LABELS } from './generic-columns';
import { ACCESS_LABELS, DATA_TYPE_LABELS, REGISTER_FAMILY_LABELS } from './generic-landscape-columns';
import { addRuleErrors, ownFirstNamed, readRequiredName, usageNamed, sameValue } from './generic-row';
import { readAmount, readBoolean, readText } from './kitos-cells';
import type { ColumnMapping } from './kitos-columns';
import { isBlankRow, type PlanLine, type SheetRow } from './import-plan.types';
import { firstRowOf, rowReader } from './kitos-row';

/** An edge's facts the template reads and writes (the edge form's fields but the payload lists). */
export interface EdgeFacts {
  purpose: string;
  access: (typeof ACCESSES)[number];
  channel: (typeof CHANNELS)[number];
  volume: string;
  yearlyCost: number;
  authoritative: boolean;
  plannedTargetSourceId: string | null;
  plannedSwitchDate: string | null;
  switchingCost: number;
  dataTypes: DataType[];
  registerFamilies: RegisterFamily[];
}

export interface EdgeSnapshot {
  /** The organisation's usages. */
  usages: { id: string; systemName: string; localName: string | null }[];
  /** Data sources the organisation sees; its own first where two share a name. */
  sources: { id: string; name: string; editable: boolean }[];
  /** The organisation's edges. */
  edges: (EdgeFacts & { id: string; version: number; usageId: string; dataSourceId: string })[];
}

export interface EdgeAction {
  edgeId: string | null;
  version: number | null;
  usageId: string;
  dataSourceId: string;
  /** The fields the row sets (all it states for a new edge, the changed ones for an existing one). */
  data: Partial<EdgeFacts>;
}

const RULE_FIELD: Record<string, string> = {
  usageId: 'system',
  dataSourceId: 'dataSource',
  plannedTargetSourceId: 'plannedTarget',
};

/**
 * Plans a data-source edge sheet: one line per non-blank row, a system the organisation uses
 * reading a data source. "Anvendende system" names one of its usages (by the system's name or the
 * local name), "Datakilde" and "Planlagt skift til" sources it sees; anything else is the cell's
 * error. A row matches the edge of that usage and source (one per pair); the edge form's rules check it.
 */
export function planEdgeImport(
  mapping: readonly ColumnMapping[],
  rows: readonly SheetRow[],
  snapshot: EdgeSnapshot,
): PlanLine<EdgeAction>[] {
  const usageOf = usageNamed(snapshot.usages);
  const sourceOf = ownFirstNamed(snapshot.sources);
  const seen = firstRowOf();
  const lines: PlanLine<EdgeAction>[] = [];
  for (const { row, cells } of rows) {
    if (isBlankRow(cells)) continue;
    const r = rowReader(mapping, cells);
    const systemName = readRequiredName(r, 'system');
    const sourceName = readRequiredName(r, 'dataSource');
    const usageId = usageOf(r, 'system', systemName || undefined);
    const dataSourceId = sourceOf(r, 'dataSource', sourceName || undefined);
    const data: Partial<EdgeFacts> = {};
    const purpose = r.read('purpose', readText);
    const access = r.read('access', readEnum(ACCESS_LABELS));
    const channel = r.read('channel', readEnum(CHANNEL_LABELS));
    const volume = r.read('volume', readText);
    const yearlyCost = r.read('yearlyCost', readAmount);
    const authoritative = r.read('authoritative', readBoolean);
    const target = sourceOf(r, 'plannedTarget', r.read('plannedTarget', readText));
    const plannedSwitchDate = r.read('plannedSwitchDate', readTemplateDate);
    const switchingCost = r.read('switchingCost', readAmount);
    if (purpose !== undefined) data.purpose = purpose;
    if (access) data.access = access;
    if (channel) data.channel = channel;
    if (volume !== undefined) data.volume = volume;
    if (yearlyCost !== undefined) data.yearlyCost = yearlyCost ?? 0;
    if (authoritative != null) data.authoritative = authoritative;
    if (target !== undefined) data.plannedTargetSourceId = target;
    if (plannedSwitchDate !== undefined) data.plannedSwitchDate = plannedSwitchDate;
    if (switchingCost !== undefined) data.switchingCost = switchingCost ?? 0;
    const dataTypes = r.read('dataTypes', readEnumList(DATA_TYPE_LABELS));
    const registerFamilies = r.read('registerFamilies', readEnumList(REGISTER_FAMILY_LABELS));
    if (dataTypes) data.dataTypes = dataTypes;
    if (registerFamilies) data.registerFamilies = registerFamilies;
    if (usageId && dataSourceId)
      seen(r, `${usageId}>${dataSourceId}`, row, 'dataSource', 'import.error.duplicateLink');

    const existing =
      usageId && dataSourceId
        ? snapshot.edges.find((e) => e.usageId === usageId && e.dataSourceId === dataSourceId)
        : undefined;
    if (usageId && dataSourceId) {
      // Unknown keys (id, version) are no field of the rules and are not read.
      const whole = { ...existing, ...data, usageId, dataSourceId };
      addRuleErrors(r, usageDataSourceRuleErrors(whole), RULE_FIELD);
    }

    const line: PlanLine<EdgeAction> = {
      row,
      name: `${systemName} → ${sourceName}`,
      status: 'ERROR',
      errors: r.errors,
      warnings: r.warnings,
      changes: [],
      action: null,
    };
    lines.push(line);
    if (r.errors.length || !usageId || !dataSourceId) continue;
    if (!existing) {
      line.status = 'CREATE';
      line.action = { edgeId: null, version: null, usageId, dataSourceId, data };
      continue;
    }
    const changes = (Object.keys(data) as (keyof EdgeFacts)[]).filter(
      (k) => !sameValue(data[k], existing[k]),
    );
    line.changes = changes.map((k) => (k === 'plannedTargetSourceId' ? 'plannedTarget' : k));
    line.status = changes.length ? 'UPDATE' : 'UNCHANGED';
    if (changes.length)
      line.action = {
        edgeId: existing.id,
        version: existing.version,
        usageId,
        dataSourceId,
        data: Object.fromEntries(changes.map((k) => [k, data[k]])),
      };
  }
  return lines;
}
