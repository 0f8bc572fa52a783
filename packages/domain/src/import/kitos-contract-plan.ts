import type { Criticality, PURCHASE_FORMS } from '../shared/enums';
import type { ColumnMapping } from './kitos-columns';
import { readAmount, readDate, readList, readText, type CellResult, type RawCell } from './kitos-cells';
import { isBlankRow, type PlanLine, type SheetRow } from './import-plan.types';
import { firstRowOf, lower, memberFinder, rowReader, sameAttributes, type RowReader } from './kitos-row';

type PurchaseForm = (typeof PURCHASE_FORMS)[number];

/** KITOS's purchase forms (Indkøbsform, a local option list) as Overblik's; others land as OTHER with a note. */
const PURCHASE_FORM: Record<string, PurchaseForm> = {
  ski: 'FRAMEWORK_CALL_OFF',
  'ski 02.18': 'FRAMEWORK_CALL_OFF',
  'ski 02.19': 'FRAMEWORK_CALL_OFF',
  'ski-direkte': 'FRAMEWORK_CALL_OFF',
  'ski-mini-udbud': 'MINI_TENDER',
  'mini-udbud': 'MINI_TENDER',
  udbud: 'EU_TENDER',
  'eu udbud': 'EU_TENDER',
  'direkte tildeling': 'DIRECT_AWARD',
  annoncering: 'OTHER',
  underhåndsbud: 'OTHER',
};

/** KITOS's criticality option names (a local list: numbered levels or words) as Overblik's. */
const CRITICALITY: Record<string, Criticality> = {
  '1': 'LOW',
  '2': 'MEDIUM',
  '3': 'HIGH',
  lav: 'LOW',
  middel: 'MEDIUM',
  mellem: 'MEDIUM',
  høj: 'HIGH',
  kritisk: 'CRITICAL',
};

export const ECONOMY_FIELDS = {
  acquisition: 'ACQUISITION',
  operation: 'YEARLY_OPERATION',
  otherCost: 'OTHER',
} as const;
type EconomyKind = (typeof ECONOMY_FIELDS)[keyof typeof ECONOMY_FIELDS];

export interface ContractSnapshot {
  contracts: {
    id: string;
    name: string;
    kitosId: string | null;
    reference: string | null;
    supplierId: string | null;
    contractType: string;
    template: string;
    purchaseForm: PurchaseForm;
    criticality: Criticality;
    startDate: string;
    endDate: string | null;
    durationMonths: number | null;
    ongoing: boolean;
    irrevocableUntil: string | null;
    noticePeriodMonths: number | null;
    terminatedOn: string | null;
    ownerUserId: string | null;
    managerUserId: string | null;
    kitosAttributes: Record<string, string>;
    usageIds: string[];
    optionMonths: number[];
    economy: { id: string; kind: EconomyKind; amount: number }[];
  }[];
  suppliers: { id: string; name: string }[];
  members: { userId: string; email: string; name: string }[];
  /** The organisation's usages with the names a file may call them by (catalogue name, local name). */
  usages: { id: string; names: string[] }[];
}

/** The contract's own fields as the row states them; a field left out is not in the file and stays. */
export interface ContractFields {
  reference?: string | null;
  contractType?: string;
  template?: string;
  purchaseForm?: PurchaseForm;
  criticality?: Criticality;
  startDate?: string;
  endDate?: string | null;
  durationMonths?: number | null;
  ongoing?: boolean;
  irrevocableUntil?: string | null;
  noticePeriodMonths?: number | null;
  terminatedOn?: string | null;
  ownerUserId?: string;
  managerUserId?: string;
  /** KITOS's read-only facts; left out (Overblik's own template), the stored ones stay. */
  kitosAttributes?: Record<string, string>;
}

export interface ContractAction {
  contractId: string | null;
  name: string;
  kitosId: string | null;
  /** Found, created by name (LOCAL to the organisation), cleared (null) or left (undefined). */
  supplier?: { id: string } | { name: string } | null;
  fields: ContractFields;
  /** Option lengths in months to create: only on a contract that has none yet (exercised options stay). */
  optionMonths: number[];
  /** Economy lines to set: an existing line's new amount, or a new line. */
  economy: { kind: EconomyKind; amount: number; lineId: string | null }[];
  coverUsageIds: string[];
}

/** "Løbende" (ongoing), or "2 år og 6 måneder", "3 år", "18 måneder" as KITOS shows a duration. */
export function readDuration(cell: RawCell): CellResult<{ months: number | null; ongoing: boolean }> {
  const t = readText(cell);
  if (!t.ok) return t;
  const text = lower(t.value);
  if (text === '') return { ok: true, value: { months: null, ongoing: false } };
  if (text === 'løbende') return { ok: true, value: { months: null, ongoing: true } };
  const m = /^(?:(\d{1,2})\s*år)?\s*(?:og|,)?\s*(?:(\d{1,3})\s*(?:måned|måneder|mdr\.?))?$/.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) {
    return { ok: false, problem: { message: 'import.error.duration', params: { value: t.value } } };
  }
  return { ok: true, value: { months: Number(m[1] ?? 0) * 12 + Number(m[2] ?? 0), ongoing: false } };
}

/**
 * KITOS's extension options, "2 x 1 år", "1 x ½ år", as a list of option lengths in months ("2 x 1 year"
 * in Overblik's English template).
 */
export function readOptions(cell: RawCell): CellResult<number[]> {
  const t = readText(cell);
  if (!t.ok) return t;
  const text = lower(t.value);
  if (text === '' || text === 'ingen') return { ok: true, value: [] };
  const m = /^(\d{1,2})\s*[x×]\s*(½|\d{1,2}(?:[.,]5)?)\s*(?:år|years?)$/.exec(text);
  if (!m) return { ok: false, problem: { message: 'import.error.option', params: { value: t.value } } };
  const years = m[2] === '½' ? 0.5 : Number(m[2].replace(',', '.'));
  return { ok: true, value: Array.from({ length: Number(m[1]) }, () => Math.round(years * 12)) };
}

/** Notice in months: a number, or "3 måneder" as KITOS's option list names it ("3 months" in English). */
export function readMonths(cell: RawCell): CellResult<number | null> {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0) return { ok: true, value: cell };
  const t = readText(cell);
  if (!t.ok) return t;
  if (t.value === '') return { ok: true, value: null };
  const m = /^(\d{1,3})(\s*(måned|måneder|mdr\.?|months?))?$/i.exec(t.value);
  return m
    ? { ok: true, value: Number(m[1]) }
    : { ok: false, problem: { message: 'import.error.number', params: { value: t.value } } };
}

type StoredContract = ContractSnapshot['contracts'][number];

/**
 * The economy lines a row's amounts set: a new line per kind the contract has none of, a new amount
 * on its only line. Several lines of a kind (per unit) cannot be told apart from one total: they
 * stay, with a note on the row.
 */
export function economyActions(
  r: RowReader,
  existing: StoredContract | undefined,
  amounts: { kind: EconomyKind; amount: number | null | undefined }[],
): ContractAction['economy'] {
  const economy: ContractAction['economy'] = [];
  for (const { kind, amount } of amounts) {
    if (amount === undefined || amount === null) continue;
    const current = existing?.economy.filter((e) => e.kind === kind) ?? [];
    if (current.length === 0) economy.push({ kind, amount, lineId: null });
    else if (current.length === 1 && current[0].amount !== amount) {
      economy.push({ kind, amount, lineId: current[0].id });
    } else if (current.length > 1 && current.reduce((s, e) => s + e.amount, 0) !== amount) {
      r.warnings.push({
        column: r.titleOf(
          Object.keys(ECONOMY_FIELDS).find((f) => ECONOMY_FIELDS[f as keyof typeof ECONOMY_FIELDS] === kind)!,
        ),
        message: 'import.warning.economyKept',
      });
    }
  }
  return economy;
}

/** The names of what a planned row changes on a stored contract (a field left out changes nothing). */
export function contractChanges(
  c: StoredContract,
  a: Pick<ContractAction, 'name' | 'kitosId' | 'fields' | 'supplier' | 'economy' | 'coverUsageIds'> & {
    options: number[];
  },
): string[] {
  const changes: string[] = [];
  const f = a.fields;
  const differs = <K extends keyof ContractFields>(k: K, current: unknown) =>
    f[k] !== undefined && f[k] !== current;
  if (a.name !== c.name) changes.push('name');
  if (a.kitosId && a.kitosId !== c.kitosId) changes.push('kitosId');
  if (differs('reference', c.reference)) changes.push('reference');
  if (differs('contractType', c.contractType)) changes.push('contractType');
  if (differs('template', c.template)) changes.push('template');
  if (differs('purchaseForm', c.purchaseForm)) changes.push('purchaseForm');
  if (differs('criticality', c.criticality)) changes.push('criticality');
  if (differs('startDate', c.startDate)) changes.push('startDate');
  if (differs('endDate', c.endDate)) changes.push('endDate');
  if (differs('durationMonths', c.durationMonths) || differs('ongoing', c.ongoing)) changes.push('duration');
  if (differs('irrevocableUntil', c.irrevocableUntil)) changes.push('irrevocableUntil');
  if (differs('noticePeriodMonths', c.noticePeriodMonths)) changes.push('noticePeriodMonths');
  if (differs('terminatedOn', c.terminatedOn)) changes.push('terminatedOn');
  if (differs('ownerUserId', c.ownerUserId)) changes.push('contractOwner');
  if (differs('managerUserId', c.managerUserId)) changes.push('manager');
  const s = a.supplier;
  if (s !== undefined && (s === null ? c.supplierId !== null : !('id' in s) || s.id !== c.supplierId)) {
    changes.push('supplier');
  }
  if (f.kitosAttributes && !sameAttributes(f.kitosAttributes, c.kitosAttributes))
    changes.push('kitosAttributes');
  if (a.options.length && !c.optionMonths.length) changes.push('option');
  if (a.economy.length) changes.push('economy');
  if (a.coverUsageIds.length) changes.push('usages');
  return changes;
}

/**
 * Plans a KITOS contract overview export or KITOS's contract import template: one line per
 * non-blank row. A row matches the organisation's contract by KITOS's id (the template's Id), else
 * by exact name. "IT Systemer" names usages the contract covers; Kontraktejer/Kontraktmanager are
 * members matched by e-mail, then name. Option lists KITOS lets each organisation extend
 * (Indkøbsform, Kritikalitet) that Overblik cannot place are kept as KITOS attributes with a note.
 */
export function planContractImport(
  mapping: readonly ColumnMapping[],
  rows: readonly SheetRow[],
  snapshot: ContractSnapshot,
): PlanLine<ContractAction>[] {
  const findMember = memberFinder(snapshot.members);
  const suppliersByName = new Map(snapshot.suppliers.map((s) => [lower(s.name), s.id]));
  const usageByName = new Map<string, string>();
  for (const u of snapshot.usages) for (const n of u.names) usageByName.set(n, u.id);
  const byKitosId = new Map(snapshot.contracts.filter((c) => c.kitosId).map((c) => [c.kitosId!, c]));
  const byName = new Map(snapshot.contracts.map((c) => [c.name, c]));
  const seenId = firstRowOf();
  const seenName = firstRowOf();
  const lines: PlanLine<ContractAction>[] = [];

  for (const { row, cells } of rows) {
    if (isBlankRow(cells)) continue;
    const r = rowReader(mapping, cells);
    const name = r.read('name', readText) ?? '';
    if (name === '' && !r.errors.length)
      r.errors.push({ column: r.titleOf('name'), message: 'import.error.required' });
    const kitosId = r.read('kitosId', readText) || null;
    const reference = r.read('reference', readText);
    const startDate = r.read('startDate', readDate);
    const endDate = r.read('endDate', readDate);
    const irrevocableUntil = r.read('irrevocableUntil', readDate);
    const terminatedOn = r.read('terminatedOn', readDate);
    const duration = r.read('duration', readDuration);
    const optionMonths = r.read('option', readOptions);
    const noticePeriodMonths = r.read('noticePeriodMonths', readMonths);
    const contractType = r.read('contractType', readText);
    const template = r.read('template', readText);
    const supplierName = r.read('supplier', readText);
    const usageNames = r.read('usages', readList) ?? [];
    const amounts = Object.entries(ECONOMY_FIELDS).map(([field, kind]) => ({
      kind,
      amount: r.read(field, readAmount),
    }));
    const kitosAttributes = r.attributes();
    const ownerUserId = findMember(r, 'contractOwner', 'contractOwnerEmail');
    const managerUserId = findMember(r, 'manager', 'managerEmail');
    // The role holders' names and addresses are kept as KITOS states them, matched or not.
    for (const f of ['contractOwner', 'contractOwnerEmail', 'manager', 'managerEmail']) {
      const v = r.read(f, readText);
      if (v) kitosAttributes[r.titleOf(f)] = v;
    }
    const choice = <T>(field: string, table: Record<string, T>): T | undefined => {
      const text = r.read(field, readText);
      if (!text) return undefined;
      const value = table[lower(text)];
      if (value === undefined) {
        kitosAttributes[r.titleOf(field)] = text;
        r.warnings.push({
          column: r.titleOf(field),
          message: 'import.warning.keptAsAttribute',
          params: { value: text },
        });
      }
      return value;
    };
    const purchaseForm = choice('purchaseForm', PURCHASE_FORM);
    const criticality = choice('criticality', CRITICALITY);

    if (startDate && endDate && endDate < startDate) {
      r.errors.push({ column: r.titleOf('endDate'), message: 'import.error.dateOrder' });
    }
    if (kitosId) seenId(r, kitosId, row, 'kitosId', 'import.error.duplicateId');
    if (name) seenName(r, name, row, 'name', 'import.error.duplicateName');
    const existing = (kitosId ? byKitosId.get(kitosId) : undefined) ?? byName.get(name);
    // Overblik needs a contract's start (KITOS's "Gyldig fra"/"Indgået" may be empty): a new contract without one is refused.
    if (!existing && !startDate && !r.errors.length) {
      r.errors.push({
        column: r.has('startDate') ? r.titleOf('startDate') : '',
        message: 'import.error.startDate',
      });
    }

    const line: PlanLine<ContractAction> = {
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

    const fields: ContractFields = { kitosAttributes };
    if (reference !== undefined) fields.reference = reference || null;
    if (contractType !== undefined) fields.contractType = contractType;
    if (template !== undefined) fields.template = template;
    if (purchaseForm) fields.purchaseForm = purchaseForm;
    if (criticality) fields.criticality = criticality;
    if (startDate) fields.startDate = startDate;
    if (endDate !== undefined) fields.endDate = endDate;
    if (duration) {
      fields.durationMonths = duration.months;
      fields.ongoing = duration.ongoing;
    }
    if (irrevocableUntil !== undefined) fields.irrevocableUntil = irrevocableUntil;
    if (noticePeriodMonths !== undefined) fields.noticePeriodMonths = noticePeriodMonths;
    if (terminatedOn !== undefined) fields.terminatedOn = terminatedOn;
    if (ownerUserId) fields.ownerUserId = ownerUserId;
    if (managerUserId) fields.managerUserId = managerUserId;

    let supplier: ContractAction['supplier'];
    if (supplierName !== undefined) {
      const id = suppliersByName.get(lower(supplierName));
      supplier = supplierName === '' ? null : id ? { id } : { name: supplierName };
    }
    const coverUsageIds: string[] = [];
    for (const u of usageNames) {
      const usageId = usageByName.get(u);
      if (!usageId) {
        r.warnings.push({
          column: r.titleOf('usages'),
          message: 'import.warning.usageNotFound',
          params: { name: u },
        });
      } else if (!existing?.usageIds.includes(usageId) && !coverUsageIds.includes(usageId)) {
        coverUsageIds.push(usageId);
      }
    }
    const economy = economyActions(r, existing, amounts);
    const options = optionMonths ?? [];

    const changes = existing
      ? contractChanges(existing, { name, kitosId, fields, supplier, options, economy, coverUsageIds })
      : [];
    line.changes = changes;
    line.status = existing ? (changes.length ? 'UPDATE' : 'UNCHANGED') : 'CREATE';
    if (line.status === 'UNCHANGED') continue;
    line.action = {
      contractId: existing?.id ?? null,
      name,
      kitosId,
      supplier,
      fields,
      optionMonths: existing?.optionMonths.length ? [] : options,
      economy,
      coverUsageIds,
    };
  }
  return lines;
}
