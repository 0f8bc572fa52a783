import { contractRuleErrors } from '../contract/contract.schema';
import { readEnum, readTemplateDate } from './generic-cells';
import { CRITICALITY_LABELS, PURCHASE_FORM_LABELS } from './generic-columns';
import { readAmount, readList, readText } from './kitos-cells';
import type { ColumnMapping } from './kitos-columns';
import {
  contractChanges,
  economyActions,
  ECONOMY_FIELDS,
  readMonths,
  readOptions,
  type ContractAction,
  type ContractFields,
  type ContractSnapshot,
} from './kitos-contract-plan';
import { isBlankRow, type PlanLine, type SheetRow } from './import-plan.types';
import { firstRowOf, memberFinder, rowReader } from './kitos-row';

/** Contract-form fields whose errors belong to another template column. */
const RULE_FIELD: Record<string, string> = {
  supplierId: 'supplier',
  ownerUserId: 'contractOwnerEmail',
  managerUserId: 'managerEmail',
  options: 'option',
  coveredUsageIds: 'usages',
};

/**
 * Plans Overblik's contract template: one line per non-blank row. A row matches one of the
 * organisation's contracts by exact name. The supplier is one the organisation sees, by exact name,
 * or a new one of its own (as the KITOS contract import does); "Systemer" names its usages (catalogue
 * or local name), an unknown name is refused. Owner and manager are members by e-mail (someone who
 * is none is a warning, as in the KITOS import). The contract form's own rules
 * (`contractRuleErrors`) run on the contract as it would be stored. Terms, options and economy are
 * planned as the KITOS contract import plans them (`economyActions`, `contractChanges`).
 */
export function planGenericContractImport(
  mapping: readonly ColumnMapping[],
  rows: readonly SheetRow[],
  snapshot: ContractSnapshot,
): PlanLine<ContractAction>[] {
  const findMember = memberFinder(snapshot.members);
  const usageByName = new Map<string, string>();
  for (const u of snapshot.usages) for (const n of u.names) usageByName.set(n, u.id);
  const seenName = firstRowOf();
  const lines: PlanLine<ContractAction>[] = [];

  for (const { row, cells } of rows) {
    if (isBlankRow(cells)) continue;
    const r = rowReader(mapping, cells);
    const name = r.read('name', readText) ?? '';
    const startDate = r.read('startDate', readTemplateDate);
    const endDate = r.read('endDate', readTemplateDate);
    const reference = r.read('reference', readText);
    const supplierName = r.read('supplier', readText);
    const contractType = r.read('contractType', readText);
    const purchaseForm = r.read('purchaseForm', readEnum(PURCHASE_FORM_LABELS));
    const criticality = r.read('criticality', readEnum(CRITICALITY_LABELS));
    const noticePeriodMonths = r.read('noticePeriodMonths', readMonths);
    const options = r.read('option', readOptions) ?? [];
    const amounts = Object.entries(ECONOMY_FIELDS).map(([field, kind]) => ({
      kind,
      amount: r.read(field, readAmount),
    }));
    const usageNames = r.read('usages', readList) ?? [];
    // No name column: `memberFinder` then matches by e-mail only.
    const ownerUserId = findMember(r, 'contractOwner', 'contractOwnerEmail');
    const managerUserId = findMember(r, 'manager', 'managerEmail');
    if (name) seenName(r, name, row, 'name', 'import.error.duplicateName');
    const existing = name ? snapshot.contracts.find((c) => c.name === name) : undefined;

    const fields: ContractFields = {};
    if (reference !== undefined) fields.reference = reference || null;
    if (contractType !== undefined) fields.contractType = contractType;
    if (purchaseForm) fields.purchaseForm = purchaseForm;
    if (criticality) fields.criticality = criticality;
    if (startDate) fields.startDate = startDate;
    if (endDate !== undefined) fields.endDate = endDate;
    if (noticePeriodMonths !== undefined) fields.noticePeriodMonths = noticePeriodMonths;
    if (ownerUserId) fields.ownerUserId = ownerUserId;
    if (managerUserId) fields.managerUserId = managerUserId;

    let supplier: ContractAction['supplier'];
    if (supplierName !== undefined) {
      const found = snapshot.suppliers.find((s) => s.name === supplierName);
      supplier = supplierName === '' ? null : found ? { id: found.id } : { name: supplierName };
    }
    const coverUsageIds: string[] = [];
    for (const u of usageNames) {
      const usageId = usageByName.get(u);
      if (!usageId) {
        r.errors.push({
          column: r.titleOf('usages'),
          message: 'import.error.unknownReference',
          params: { value: u },
        });
      } else if (!existing?.usageIds.includes(usageId) && !coverUsageIds.includes(usageId)) {
        coverUsageIds.push(usageId);
      }
    }

    // The form's own rules, on the contract as it would be stored.
    const stored = existing
      ? {
          reference: existing.reference,
          supplierId: existing.supplierId,
          contractType: existing.contractType,
          purchaseForm: existing.purchaseForm,
          criticality: existing.criticality,
          startDate: existing.startDate,
          endDate: existing.endDate,
          durationMonths: existing.durationMonths,
          irrevocableUntil: existing.irrevocableUntil,
          noticePeriodMonths: existing.noticePeriodMonths,
          terminatedOn: existing.terminatedOn,
        }
      : {};
    const economyFields = Object.keys(ECONOMY_FIELDS).filter((_, i) => amounts[i].amount != null);
    const ruleErrors = contractRuleErrors({
      ...stored,
      ...fields,
      name,
      options: options.map((months, i) => ({ ordinal: i + 1, months })),
      economyLines: amounts.flatMap(({ kind, amount }) => (amount == null ? [] : [{ kind, amount }])),
    });
    for (const e of ruleErrors) {
      // Nested fields ("economyLines.1.amount") belong to the column of that line's amount.
      const [root, index] = e.field.split('.');
      const field = root === 'economyLines' ? economyFields[Number(index)] : (RULE_FIELD[root] ?? root);
      const column = field && r.has(field) ? r.titleOf(field) : '';
      if (!r.errors.some((x) => x.column === column)) r.errors.push({ ...e, column });
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
    const economy = economyActions(r, existing, amounts);
    const changes = existing
      ? contractChanges(existing, { name, kitosId: null, fields, supplier, options, economy, coverUsageIds })
      : [];
    line.changes = changes;
    line.status = existing ? (changes.length ? 'UPDATE' : 'UNCHANGED') : 'CREATE';
    if (line.status === 'UNCHANGED') continue;
    line.action = {
      contractId: existing?.id ?? null,
      name,
      kitosId: null,
      supplier,
      fields,
      optionMonths: existing?.optionMonths.length ? [] : options,
      economy,
      coverUsageIds,
    };
  }
  return lines;
}
