import { integrationRuleErrors } from '../landscape/integration.schema';
import type { INTEGRATION_DIRECTIONS } from '../shared/enums';
import type { DataType, RegisterFamily } from '../landscape/data-payload';
import { readEnum, readEnumList } from './generic-cells';
import {
  INTEGRATION_DIRECTION_LABELS,
  DATA_TYPE_LABELS,
  REGISTER_FAMILY_LABELS,
} from './generic-landscape-columns';
import { addRuleErrors, ownFirstNamed, readRequiredName, usageNamed, sameValue } from './generic-row';
import { readCount, readText } from './kitos-cells';
import type { ColumnMapping } from './kitos-columns';
import { isBlankRow, type PlanLine, type SheetRow } from './import-plan.types';
import { firstRowOf, rowReader } from './kitos-row';

/** An integration's facts the template reads and writes (the form's fields but contract and payload lists). */
export interface IntegrationFacts {
  data: string;
  direction: (typeof INTEGRATION_DIRECTIONS)[number];
  frequency: string;
  migrationMonths: number | null;
  dataTypes: DataType[];
  registerFamilies: RegisterFamily[];
}

export interface IntegrationSnapshot {
  /** The organisation's usages. */
  usages: { id: string; systemName: string; localName: string | null }[];
  /** Interfaces the organisation sees. */
  interfaces: { id: string; name: string; editable: boolean }[];
  /** The organisation's integrations. */
  integrations: (IntegrationFacts & {
    id: string;
    version: number;
    fromUsageId: string;
    toUsageId: string;
    interfaceId: string | null;
  })[];
}

export interface IntegrationAction {
  integrationId: string | null;
  version: number | null;
  fromUsageId: string;
  toUsageId: string;
  interfaceId: string | null;
  /** The fields the row sets (all it states for a new integration, the changed ones for an existing one). */
  data: Partial<IntegrationFacts>;
}

const RULE_FIELD: Record<string, string> = {
  fromUsageId: 'fromSystem',
  toUsageId: 'toSystem',
  interfaceId: 'interface',
};

/**
 * Plans an integration sheet: one line per non-blank row, data flowing from one of the
 * organisation's systems to another. "Fra system" and "Til system" name its usages (by the
 * system's name or the local name), "Snitflade" an interface it sees; anything else is the cell's
 * error. A row matches the integration between the two usages through that interface (none when
 * the cell is empty or the column absent); two such integrations cannot be told apart and are
 * refused. The integration form's rules check each row.
 */
export function planIntegrationImport(
  mapping: readonly ColumnMapping[],
  rows: readonly SheetRow[],
  snapshot: IntegrationSnapshot,
): PlanLine<IntegrationAction>[] {
  const usageOf = usageNamed(snapshot.usages);
  const interfaceOf = ownFirstNamed(snapshot.interfaces);
  const seen = firstRowOf();
  const lines: PlanLine<IntegrationAction>[] = [];
  for (const { row, cells } of rows) {
    if (isBlankRow(cells)) continue;
    const r = rowReader(mapping, cells);
    const fromName = readRequiredName(r, 'fromSystem');
    const toName = readRequiredName(r, 'toSystem');
    const fromUsageId = usageOf(r, 'fromSystem', fromName || undefined);
    const toUsageId = usageOf(r, 'toSystem', toName || undefined);
    const interfaceId = interfaceOf(r, 'interface', r.read('interface', readText)) ?? null;
    const data: Partial<IntegrationFacts> = {};
    const text = r.read('data', readText);
    const direction = r.read('direction', readEnum(INTEGRATION_DIRECTION_LABELS));
    const frequency = r.read('frequency', readText);
    const migrationMonths = r.read('migrationMonths', readCount);
    if (text !== undefined) data.data = text;
    if (direction) data.direction = direction;
    if (frequency !== undefined) data.frequency = frequency;
    if (migrationMonths !== undefined) data.migrationMonths = migrationMonths;
    const dataTypes = r.read('dataTypes', readEnumList(DATA_TYPE_LABELS));
    const registerFamilies = r.read('registerFamilies', readEnumList(REGISTER_FAMILY_LABELS));
    if (dataTypes) data.dataTypes = dataTypes;
    if (registerFamilies) data.registerFamilies = registerFamilies;
    const name = `${fromName} → ${toName}`;
    const ends = fromUsageId && toUsageId ? `${fromUsageId}>${toUsageId}>${interfaceId}` : null;
    if (ends) seen(r, ends, row, 'toSystem', 'import.error.duplicateLink');

    const matches = ends
      ? snapshot.integrations.filter(
          (i) => i.fromUsageId === fromUsageId && i.toUsageId === toUsageId && i.interfaceId === interfaceId,
        )
      : [];
    if (matches.length > 1)
      r.errors.push({ column: '', message: 'import.error.ambiguousReference', params: { value: name } });
    const existing = matches.length === 1 ? matches[0] : undefined;
    if (fromUsageId && toUsageId) {
      // Unknown keys (id, version) are no field of the rules and are not read.
      const whole = { ...existing, ...data, fromUsageId, toUsageId, interfaceId };
      addRuleErrors(r, integrationRuleErrors(whole), RULE_FIELD);
    }

    const line: PlanLine<IntegrationAction> = {
      row,
      name,
      status: 'ERROR',
      errors: r.errors,
      warnings: r.warnings,
      changes: [],
      action: null,
    };
    lines.push(line);
    if (r.errors.length || !fromUsageId || !toUsageId) continue;
    if (!existing) {
      line.status = 'CREATE';
      line.action = { integrationId: null, version: null, fromUsageId, toUsageId, interfaceId, data };
      continue;
    }
    const changes = (Object.keys(data) as (keyof IntegrationFacts)[]).filter(
      (k) => !sameValue(data[k], existing[k]),
    );
    line.changes = changes;
    line.status = changes.length ? 'UPDATE' : 'UNCHANGED';
    if (changes.length)
      line.action = {
        integrationId: existing.id,
        version: existing.version,
        fromUsageId,
        toUsageId,
        interfaceId,
        data: Object.fromEntries(changes.map((k) => [k, data[k]])),
      };
  }
  return lines;
}
