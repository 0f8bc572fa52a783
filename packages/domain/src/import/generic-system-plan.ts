import { catalogueEntryRuleErrors } from '../landscape/catalogue-entry.schema';
import { systemUsageRuleErrors } from '../landscape/system-usage.schema';
import type { HOSTINGS, LIFECYCLES } from '../shared/enums';
import { readEnum, readTemplateDate } from './generic-cells';
import { LIFECYCLE_LABELS } from './generic-columns';
import { HOSTING_LABELS } from './generic-landscape-columns';
import { readCount, readText } from './kitos-cells';
import type { ColumnMapping } from './kitos-columns';
import { isBlankRow, type PlanLine, type SheetRow } from './import-plan.types';
import { EMAIL, firstRowOf, lower, rowReader, type RowReader } from './kitos-row';
import { addRuleErrors, uniqueNamed } from './generic-row';

/** A usage's facts the systems template reads and writes (the usage form's fields). */
export interface UsageFacts {
  localName: string | null;
  responsibleUnitId: string | null;
  ownerUserId: string | null;
  custodianUserId: string | null;
  lifecycle: (typeof LIFECYCLES)[number];
  inUseFrom: string | null;
  inUseUntil: string | null;
  hosting: (typeof HOSTINGS)[number];
  userCount: number | null;
}

/** A catalogue entry's facts the template reads and writes. */
export interface EntryFacts {
  description: string;
  supplierId: string | null;
}

export interface SystemSnapshot {
  /** Catalogue entries the organisation sees; editable = registered by the organisation itself. */
  systems: (EntryFacts & { id: string; name: string; version: number; editable: boolean })[];
  /** The organisation's own usages. */
  usages: (UsageFacts & { id: string; systemId: string; version: number })[];
  units: { id: string; name: string }[];
  /** Suppliers the organisation sees. */
  suppliers: { id: string; name: string }[];
  members: { userId: string; email: string }[];
}

export interface SystemAction {
  /** The catalogue entry: found (with its version, for a change to it), or null to register a new LOCAL one. */
  system: { id: string; version: number } | null;
  /** A new entry's facts, or the changes to the organisation's own entry (only name when none). */
  entry: Partial<EntryFacts> & { name: string };
  usageId: string | null;
  usageVersion: number | null;
  /** The usage's fields the row sets; a column not in the file leaves its field as it is. */
  usage: Partial<UsageFacts>;
}

/** Field names as the shared rules report them → the template's field (for the column title). */
const RULE_FIELD: Record<string, string> = {
  name: 'systemName',
  supplierId: 'supplier',
  responsibleUnitId: 'unit',
  ownerUserId: 'ownerEmail',
  custodianUserId: 'custodianEmail',
};

const ENTRY_FIELDS = { description: 'description', supplierId: 'supplier' } as const;
const USAGE_FIELDS: Record<keyof UsageFacts, string> = {
  localName: 'localName',
  responsibleUnitId: 'unit',
  ownerUserId: 'ownerEmail',
  custodianUserId: 'custodianEmail',
  lifecycle: 'lifecycle',
  inUseFrom: 'inUseFrom',
  inUseUntil: 'inUseUntil',
  hosting: 'hosting',
  userCount: 'userCount',
};

/**
 * Plans a systems sheet: one line per non-blank row, a system the organisation uses. A row matches
 * the catalogue entry by its exact name (the one the organisation already uses first, then its own,
 * then a shared one) and the organisation's usage of it, else registers the entry as the
 * organisation's own and/or creates the usage. Unit, supplier and role holders (by e-mail) must be
 * the organisation's (the supplier one it sees): an unknown one is the cell's error, nothing is
 * created for it. The usage form's and the catalogue form's rules check each row.
 */
export function planSystemImport(
  mapping: readonly ColumnMapping[],
  rows: readonly SheetRow[],
  snapshot: SystemSnapshot,
): PlanLine<SystemAction>[] {
  const usageBySystem = new Map(snapshot.usages.map((u) => [u.systemId, u]));
  const find = (name: string) => {
    const named = snapshot.systems.filter((s) => s.name === name);
    return named.find((s) => usageBySystem.has(s.id)) ?? named.find((s) => s.editable) ?? named[0];
  };
  const unitOf = uniqueNamed(snapshot.units);
  // Supplier names compare without case, as the supplier register refuses "kmd a/s" beside "KMD A/S".
  const supplierOf = uniqueNamed(snapshot.suppliers, lower);
  const memberOf = uniqueNamed(
    snapshot.members.map((m) => ({ id: m.userId, name: m.email })),
    lower,
  );
  const person = (r: RowReader, field: string) => {
    const email = r.read(field, readText);
    if (email && !EMAIL.test(email)) {
      r.errors.push({ column: r.titleOf(field), message: 'import.error.email', params: { value: email } });
      return undefined;
    }
    return memberOf(r, field, email);
  };
  const seenName = firstRowOf();
  const lines: PlanLine<SystemAction>[] = [];

  for (const { row, cells } of rows) {
    if (isBlankRow(cells)) continue;
    const r = rowReader(mapping, cells);
    const name = r.read('systemName', readText) ?? '';
    const localName = r.read('localName', readText);
    const description = r.read('description', readText);
    const supplierId = supplierOf(r, 'supplier', r.read('supplier', readText));
    const responsibleUnitId = unitOf(r, 'unit', r.read('unit', readText));
    const ownerUserId = person(r, 'ownerEmail');
    const custodianUserId = person(r, 'custodianEmail');
    const lifecycle = r.read('lifecycle', readEnum(LIFECYCLE_LABELS));
    const inUseFrom = r.read('inUseFrom', readTemplateDate);
    const inUseUntil = r.read('inUseUntil', readTemplateDate);
    const hosting = r.read('hosting', readEnum(HOSTING_LABELS));
    const userCount = r.read('userCount', readCount);
    if (name) seenName(r, name, row, 'systemName', 'import.error.duplicateName');

    const system = name ? find(name) : undefined;
    const usage = system ? usageBySystem.get(system.id) : undefined;
    const entry: Partial<EntryFacts> = {};
    if (description !== undefined) entry.description = description;
    if (supplierId !== undefined) entry.supplierId = supplierId;
    const fields: Partial<UsageFacts> = {};
    if (localName !== undefined) fields.localName = localName || null;
    if (responsibleUnitId !== undefined) fields.responsibleUnitId = responsibleUnitId;
    if (ownerUserId !== undefined) fields.ownerUserId = ownerUserId;
    if (custodianUserId !== undefined) fields.custodianUserId = custodianUserId;
    if (lifecycle) fields.lifecycle = lifecycle;
    if (inUseFrom !== undefined) fields.inUseFrom = inUseFrom;
    if (inUseUntil !== undefined) fields.inUseUntil = inUseUntil;
    if (hosting) fields.hosting = hosting;
    if (userCount !== undefined) fields.userCount = userCount;

    // The forms' own rules, on the entry (when the import writes it) and the usage as they would be stored.
    const writesEntry = !system || system.editable;
    if (writesEntry) {
      const stored = system ? { description: system.description, supplierId: system.supplierId } : {};
      addRuleErrors(r, catalogueEntryRuleErrors({ ...stored, ...entry, name }), RULE_FIELD);
    }
    // Unknown keys (id, systemId, version) are no field of the rules and are not read.
    addRuleErrors(r, systemUsageRuleErrors({ ...usage, ...fields }), RULE_FIELD);

    const line: PlanLine<SystemAction> = {
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

    const entryChanges = system
      ? (Object.keys(entry) as (keyof EntryFacts)[]).filter((k) => entry[k] !== system[k])
      : [];
    if (entryChanges.length && !writesEntry) {
      // Someone else's shared entry: the organisation uses it, the import does not rewrite it.
      line.warnings.push({ column: '', message: 'import.warning.sharedSystem' });
      entryChanges.length = 0;
    }
    const usageChanges = usage
      ? (Object.keys(fields) as (keyof UsageFacts)[]).filter((k) => fields[k] !== usage[k])
      : [];
    line.changes = [...entryChanges.map((k) => ENTRY_FIELDS[k]), ...usageChanges.map((k) => USAGE_FIELDS[k])];
    line.status = !usage ? 'CREATE' : line.changes.length ? 'UPDATE' : 'UNCHANGED';
    if (line.status === 'UNCHANGED') continue;
    line.action = {
      system: system ? { id: system.id, version: system.version } : null,
      entry: {
        name,
        ...(system ? Object.fromEntries(entryChanges.map((k) => [k, entry[k]])) : entry),
      },
      usageId: usage?.id ?? null,
      usageVersion: usage?.version ?? null,
      usage: usage ? Object.fromEntries(usageChanges.map((k) => [k, fields[k]])) : fields,
    };
  }
  return lines;
}
