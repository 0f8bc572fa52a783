import type { LIFECYCLES } from '../shared/enums';
import type { ColumnMapping } from './kitos-columns';
import { readDate, readList, readText, readUuid, type CellResult, type RawCell } from './kitos-cells';
import { isBlankRow, type PlanLine, type PlanProblem, type Ref, type SheetRow } from './import-plan.types';

type Lifecycle = (typeof LIFECYCLES)[number];

/** KITOS's lifecycle statuses (Livscyklus) as Overblik's; "Ikke angivet" / empty states nothing. */
const LIFECYCLE: Record<string, Lifecycle | null> = {
  '': null,
  'ikke angivet': null,
  'under afprøvning': 'PLANNED',
  'under indfasning': 'PLANNED',
  'i drift': 'IN_USE',
  'under udfasning': 'PHASING_OUT',
  'ikke i drift': 'RETIRED',
};

/** What the organisation already holds, as far as a usage overview import reads it. */
export interface UsageSnapshot {
  /** Catalogue entries the organisation sees; editable = registered by the organisation itself. */
  systems: {
    id: string;
    name: string;
    kitosUuid: string | null;
    editable: boolean;
    supplierId: string | null;
  }[];
  usages: {
    id: string;
    systemId: string;
    localName: string | null;
    lifecycle: Lifecycle;
    inUseFrom: string | null;
    inUseUntil: string | null;
    responsibleUnitId: string | null;
    ownerUserId: string | null;
    ownerPersonId: string | null;
    custodianUserId: string | null;
    kitosAttributes: Record<string, string>;
  }[];
  units: { id: string; name: string }[];
  suppliers: { id: string; name: string }[];
  members: { userId: string; email: string; name: string }[];
  /** The organisation's recorded people without an account. */
  people: { id: string; name: string; email: string | null }[];
  contracts: { id: string; name: string; usageIds: string[] }[];
  integrations: { fromUsageId: string; toUsageId: string }[];
}

/** The usage's own fields as the row states them; a field left out is not in the file and stays. */
export interface UsageFields {
  localName?: string | null;
  lifecycle?: Lifecycle;
  inUseFrom?: string | null;
  inUseUntil?: string | null;
  ownerUserId?: string;
  /** A Systemejer who is no member: a recorded person found by e-mail or name, or created. */
  ownerPerson?: { id: string } | { name: string; email: string | null };
  custodianUserId?: string;
  kitosAttributes: Record<string, string>;
}

export interface UsageAction {
  /** The catalogue entry: found, or created (LOCAL to the organisation) with the row's name and KITOS UUID. */
  system: { id: string } | { create: { name: string; kitosUuid: string | null } };
  /** An existing, editable entry that gets the KITOS UUID and/or supplier it lacks. */
  systemUpdate: { kitosUuid?: string; supplier?: { id: string } | { name: string } } | null;
  /** A new entry's supplier: found by exact name or created. */
  supplier: { id: string } | { name: string } | null;
  usageId: string | null;
  /** Responsible unit: found, created by name when missing, cleared (null), or left (undefined). */
  unit?: { id: string } | { name: string } | null;
  fields: UsageFields;
  /** Contracts to cover the usage that do not yet. */
  coverContractIds: string[];
  /** Usages this one uses (Anvendte systemer) and has no integration to yet. */
  integrateWith: Ref[];
}

type Values = Partial<Record<string, RawCell>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function rowValues(mapping: readonly ColumnMapping[], cells: readonly RawCell[]) {
  const fields: Values = {};
  const attributes: { title: string; cell: RawCell }[] = [];
  for (const m of mapping) {
    const cell = cells[m.column] ?? null;
    if (m.target === 'attribute') attributes.push({ title: m.title, cell });
    else if (m.target) fields[m.target] = cell;
  }
  return { fields, attributes };
}

const sameAttributes = (a: Record<string, string>, b: Record<string, string>) => {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
};

const lower = (s: string) => s.trim().toLowerCase();

/**
 * Plans a KITOS IT-system usage overview: one line per non-blank row. A row matches its catalogue
 * entry by KITOS UUID, else by exact name; the organisation's usage of that entry is updated, or
 * created. Nothing is written here: the API carries out the actions.
 */
export function planUsageImport(
  mapping: readonly ColumnMapping[],
  rows: readonly SheetRow[],
  snapshot: UsageSnapshot,
): PlanLine<UsageAction>[] {
  const titleOf = (field: string) => mapping.find((m) => m.target === field)?.title ?? field;
  const has = (field: string) => mapping.some((m) => m.target === field);
  const membersByEmail = new Map(snapshot.members.map((m) => [lower(m.email), m.userId]));
  const membersByName = new Map<string, string | null>();
  for (const m of snapshot.members) {
    const k = lower(m.name);
    membersByName.set(k, membersByName.has(k) ? null : m.userId);
  }
  const unitsByName = new Map(snapshot.units.map((u) => [u.name, u.id]));
  const peopleByEmail = new Map(snapshot.people.filter((p) => p.email).map((p) => [lower(p.email!), p.id]));
  const peopleByName = new Map(snapshot.people.map((p) => [lower(p.name), p.id]));
  // Supplier names compare without case, as the supplier register refuses "kmd a/s" beside "KMD A/S".
  const suppliersByName = new Map(snapshot.suppliers.map((s) => [lower(s.name), s.id]));
  const usageBySystem = new Map(snapshot.usages.map((u) => [u.systemId, u]));
  const contractsByName = new Map(snapshot.contracts.map((c) => [c.name, c]));
  const integrated = new Set(snapshot.integrations.map((i) => `${i.fromUsageId}>${i.toUsageId}`));

  const findSystem = (uuid: string | null, name: string) => {
    if (uuid) {
      const byUuid = snapshot.systems.find((s) => s.kitosUuid === uuid);
      if (byUuid) return byUuid;
    }
    const named = snapshot.systems.filter((s) => s.name === name && (!uuid || !s.kitosUuid));
    return named.find((s) => usageBySystem.has(s.id)) ?? named.find((s) => s.editable) ?? named[0] ?? null;
  };

  const seenUuid = new Map<string, number>();
  const seenName = new Map<string, number>();
  /** Usage names in this file (catalogue name and local name) → the row that holds it, for "Anvendte systemer". */
  const rowByName = new Map<string, number>();
  const lines: PlanLine<UsageAction>[] = [];
  const pending: { line: PlanLine<UsageAction>; used: string[]; usageId: string | null }[] = [];

  for (const { row, cells } of rows) {
    if (isBlankRow(cells)) continue;
    const { fields: v, attributes } = rowValues(mapping, cells);
    const errors: PlanProblem[] = [];
    const warnings: PlanProblem[] = [];
    const read = <T>(field: string, reader: (c: RawCell) => CellResult<T>): T | undefined => {
      if (!has(field)) return undefined;
      const r = reader(v[field] ?? null);
      if (r.ok) return r.value;
      errors.push({ column: titleOf(field), ...r.problem });
      return undefined;
    };
    const name = read('systemName', readText) ?? '';
    if (has('systemName') && name === '' && !errors.length) {
      errors.push({ column: titleOf('systemName'), message: 'import.error.required' });
    }
    const uuid = read('systemUuid', readUuid) ?? null;
    const localName = read('localName', readText);
    const supplierName = read('supplier', readText) ?? '';
    const unitName = read('unit', readText);
    const lifecycleText = read('lifecycle', readText);
    const inUseFrom = read('inUseFrom', readDate);
    const inUseUntil = read('inUseUntil', readDate);
    const used = read('usedSystems', readList) ?? [];
    const contractNames = read('contracts', readList) ?? [];
    const ownerText = { who: '', email: '' };
    /** A role holder among the members; a Systemejer who is none is recorded as a person instead. */
    const person = (nameField: string, emailField: string, recordable = false) => {
      const who = read(nameField, readText) ?? '';
      const email = read(emailField, readText) ?? '';
      const notMember = recordable ? 'import.warning.ownerRecorded' : 'import.warning.personNotMember';
      if (email && !EMAIL.test(email)) {
        warnings.push({
          column: titleOf(emailField),
          message: notMember,
          params: { name: email },
        });
        if (recordable) ownerText.who = who;
        return undefined;
      }
      if (!who && !email) return undefined;
      const userId =
        (email ? membersByEmail.get(lower(email)) : undefined) ?? membersByName.get(lower(who)) ?? undefined;
      if (!userId) {
        warnings.push({
          column: titleOf(email ? emailField : nameField),
          message: notMember,
          params: { name: email || who },
        });
        if (recordable) Object.assign(ownerText, { who, email });
      }
      return userId;
    };
    const ownerUserId = person('owner', 'ownerEmail', true);
    const custodianUserId = person('custodian', 'custodianEmail');
    let ownerPerson: UsageFields['ownerPerson'];
    if (!ownerUserId && (ownerText.who || ownerText.email)) {
      const found =
        (ownerText.email ? peopleByEmail.get(lower(ownerText.email)) : undefined) ??
        (ownerText.who ? peopleByName.get(lower(ownerText.who)) : undefined);
      ownerPerson = found
        ? { id: found }
        : { name: ownerText.who || ownerText.email, email: ownerText.email || null };
    }

    let lifecycle: Lifecycle | undefined;
    if (lifecycleText !== undefined) {
      const key = lower(lifecycleText);
      if (!(key in LIFECYCLE)) {
        errors.push({
          column: titleOf('lifecycle'),
          message: 'import.error.lifecycle',
          params: { value: lifecycleText },
        });
      } else lifecycle = LIFECYCLE[key] ?? undefined;
    }
    if (inUseFrom && inUseUntil && inUseUntil < inUseFrom) {
      errors.push({ column: titleOf('inUseUntil'), message: 'import.error.dateOrder' });
    }
    const kitosAttributes: Record<string, string> = {};
    for (const a of attributes) {
      const r = readText(a.cell);
      if (!r.ok) errors.push({ column: a.title, ...r.problem });
      else if (r.value) kitosAttributes[a.title] = r.value;
    }
    // The role holders' names and addresses are kept as KITOS states them, matched or not.
    for (const f of ['owner', 'ownerEmail', 'custodian', 'custodianEmail']) {
      const r = has(f) ? readText(v[f] ?? null) : null;
      if (r?.ok && r.value) kitosAttributes[titleOf(f)] = r.value;
    }

    if (uuid) {
      const first = seenUuid.get(uuid);
      if (first !== undefined) {
        errors.push({
          column: titleOf('systemUuid'),
          message: 'import.error.duplicateUuid',
          params: { row: first },
        });
      } else seenUuid.set(uuid, row);
    } else if (name) {
      const first = seenName.get(name);
      if (first !== undefined) {
        errors.push({
          column: titleOf('systemName'),
          message: 'import.error.duplicateName',
          params: { row: first },
        });
      } else seenName.set(name, row);
    }

    const line: PlanLine<UsageAction> = {
      row,
      name,
      status: 'ERROR',
      errors,
      warnings,
      changes: [],
      action: null,
    };
    lines.push(line);
    if (errors.length) continue;
    rowByName.set(name, row);
    if (localName) rowByName.set(localName, row);

    const system = findSystem(uuid, name);
    const usage = system ? usageBySystem.get(system.id) : undefined;
    const supplier = supplierName
      ? suppliersByName.has(lower(supplierName))
        ? { id: suppliersByName.get(lower(supplierName))! }
        : { name: supplierName }
      : null;
    const systemUpdate: NonNullable<UsageAction['systemUpdate']> = {};
    if (system && uuid && !system.kitosUuid && system.editable) systemUpdate.kitosUuid = uuid;
    if (system && supplier && ('name' in supplier || supplier.id !== system.supplierId)) {
      if (system.editable) systemUpdate.supplier = supplier;
      else warnings.push({ column: titleOf('supplier'), message: 'import.warning.supplierOnSharedEntry' });
    }
    let unit: UsageAction['unit'];
    if (unitName !== undefined) {
      unit =
        unitName === ''
          ? null
          : unitsByName.has(unitName)
            ? { id: unitsByName.get(unitName)! }
            : { name: unitName };
    }
    const fields: UsageFields = { kitosAttributes };
    if (localName !== undefined) fields.localName = localName || null;
    if (lifecycle) fields.lifecycle = lifecycle;
    if (inUseFrom !== undefined) fields.inUseFrom = inUseFrom;
    if (inUseUntil !== undefined) fields.inUseUntil = inUseUntil;
    if (ownerUserId) fields.ownerUserId = ownerUserId;
    if (ownerPerson) fields.ownerPerson = ownerPerson;
    if (custodianUserId) fields.custodianUserId = custodianUserId;

    const coverContractIds: string[] = [];
    for (const c of contractNames) {
      const contract = contractsByName.get(c);
      if (!contract)
        warnings.push({
          column: titleOf('contracts'),
          message: 'import.warning.contractNotFound',
          params: { name: c },
        });
      else if (!usage || !contract.usageIds.includes(usage.id)) coverContractIds.push(contract.id);
    }

    const changes: string[] = [];
    if (usage) {
      const f = fields;
      if (f.localName !== undefined && f.localName !== usage.localName) changes.push('localName');
      if (f.lifecycle && f.lifecycle !== usage.lifecycle) changes.push('lifecycle');
      if (f.inUseFrom !== undefined && f.inUseFrom !== usage.inUseFrom) changes.push('inUseFrom');
      if (f.inUseUntil !== undefined && f.inUseUntil !== usage.inUseUntil) changes.push('inUseUntil');
      if (f.ownerUserId && (f.ownerUserId !== usage.ownerUserId || usage.ownerPersonId))
        changes.push('owner');
      if (f.ownerPerson && (!('id' in f.ownerPerson) || f.ownerPerson.id !== usage.ownerPersonId)) {
        changes.push('owner');
      }
      if (f.custodianUserId && f.custodianUserId !== usage.custodianUserId) changes.push('custodian');
      if (
        unit !== undefined &&
        (unit === null
          ? usage.responsibleUnitId !== null
          : !('id' in unit) || unit.id !== usage.responsibleUnitId)
      ) {
        changes.push('unit');
      }
      if (!sameAttributes(kitosAttributes, usage.kitosAttributes)) changes.push('kitosAttributes');
    }
    if (Object.keys(systemUpdate).length) changes.push(...Object.keys(systemUpdate));
    if (coverContractIds.length) changes.push('contracts');

    line.action = {
      system: system ? { id: system.id } : { create: { name, kitosUuid: uuid } },
      systemUpdate: Object.keys(systemUpdate).length ? systemUpdate : null,
      supplier: system ? null : supplier,
      usageId: usage?.id ?? null,
      unit,
      fields,
      coverContractIds,
      integrateWith: [],
    };
    line.changes = usage ? changes : [];
    line.status = usage ? (changes.length ? 'UPDATE' : 'UNCHANGED') : 'CREATE';
    pending.push({ line, used, usageId: usage?.id ?? null });
  }

  // "Anvendte systemer" may name usages further down the file, so they are resolved once all rows are read.
  const usageIdByName = new Map<string, string>();
  for (const u of snapshot.usages) {
    const system = snapshot.systems.find((s) => s.id === u.systemId);
    if (system) usageIdByName.set(system.name, u.id);
    if (u.localName) usageIdByName.set(u.localName, u.id);
  }
  const lineByRow = new Map(lines.map((l) => [l.row, l]));
  for (const { line, used, usageId } of pending) {
    for (const target of used) {
      const targetRow = rowByName.get(target);
      const targetLine = targetRow !== undefined ? lineByRow.get(targetRow) : undefined;
      let ref: Ref | null = null;
      if (targetLine?.action)
        ref = targetLine.action.usageId ? { id: targetLine.action.usageId } : { row: targetLine.row };
      else if (usageIdByName.has(target)) ref = { id: usageIdByName.get(target)! };
      if (!ref) {
        line.warnings.push({
          column: titleOf('usedSystems'),
          message: 'import.warning.systemNotFound',
          params: { name: target },
        });
        continue;
      }
      if ('id' in ref && usageId && (ref.id === usageId || integrated.has(`${usageId}>${ref.id}`))) continue;
      line.action!.integrateWith.push(ref);
    }
    if (line.action!.integrateWith.length) {
      if (!line.changes.includes('integrations')) line.changes.push('integrations');
      if (line.status === 'UNCHANGED') line.status = 'UPDATE';
    }
    if (line.status === 'UNCHANGED') line.action = null;
  }
  return lines;
}
