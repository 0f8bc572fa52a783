import type { ContractAction, PlanLine } from '@overblik/domain';
import type { Context } from '../../context';
import { writeAudits, type AuditInput, type Tx } from '../../shared/audit';
import { toDbDate } from '../../shared/scalars';
import { kitosImportRepository as repo } from './kitos-import.repository';

/** Changes that are the contract's own columns; the others (options, economy, coverage) have their own rows. */
const CONTRACT_FIELDS = [
  'name',
  'kitosId',
  'reference',
  'contractType',
  'template',
  'purchaseForm',
  'criticality',
  'startDate',
  'endDate',
  'duration',
  'irrevocableUntil',
  'noticePeriodMonths',
  'terminatedOn',
  'contractOwner',
  'manager',
  'supplier',
  'kitosAttributes',
];

/**
 * Carries out a contract plan (KITOS's overview export or import template, or Overblik's own
 * template), each change audited as the contract form's own. `economyNote` marks where a new
 * economy line's amount came from.
 */
export async function applyContractLines(
  tx: Tx,
  ctx: Pick<Context, 'viewer'>,
  organisationId: string,
  lines: PlanLine<ContractAction>[],
  economyNote = 'KITOS',
): Promise<void> {
  // Collected and written together at the end: a statement per thousand entries rather than one
  // per change keeps a 400-contract import's statements (and its memory churn) down.
  const entries: AuditInput[] = [];
  const audit = (
    action: 'CREATE' | 'UPDATE',
    entityType: string,
    entityId: string,
    after: unknown,
    before?: unknown,
  ) => {
    entries.push({ organisationId, action, entityType, entityId, before, after });
  };
  const suppliers = new Map<string, string>();
  const supplierId = async (ref: ContractAction['supplier']): Promise<string | null | undefined> => {
    if (ref === undefined || ref === null) return ref;
    if ('id' in ref) return ref.id;
    const key = ref.name.toLowerCase();
    if (!suppliers.has(key)) {
      // A supplier met in an import is the organisation's own until someone shares it.
      const supplier = await repo.createSupplier(tx, {
        name: ref.name,
        visibility: 'LOCAL',
        ownerOrganisationId: organisationId,
      });
      audit('CREATE', 'Supplier', supplier.id, supplier);
      suppliers.set(key, supplier.id);
    }
    return suppliers.get(key)!;
  };

  for (const line of lines) {
    const a = line.action;
    if (line.status === 'ERROR' || !a) continue;
    const f = a.fields;
    const data = {
      name: a.name,
      reference: f.reference,
      contractType: f.contractType,
      template: f.template,
      purchaseForm: f.purchaseForm,
      criticality: f.criticality,
      endDate: toDbDate(f.endDate),
      durationMonths: f.durationMonths,
      ongoing: f.ongoing,
      irrevocableUntil: toDbDate(f.irrevocableUntil),
      noticePeriodMonths: f.noticePeriodMonths,
      terminatedOn: toDbDate(f.terminatedOn),
      ownerUserId: f.ownerUserId,
      managerUserId: f.managerUserId,
      supplierId: await supplierId(a.supplier),
      kitosAttributes: f.kitosAttributes,
      ...(a.kitosId ? { kitosId: a.kitosId } : {}),
    };
    let contractId = a.contractId;
    if (!contractId) {
      const contract = await repo.createContract(tx, {
        ...data,
        organisationId,
        startDate: toDbDate(f.startDate)!,
      });
      audit('CREATE', 'Contract', contract.id, contract);
      contractId = contract.id;
    } else if (line.changes.some((c) => CONTRACT_FIELDS.includes(c))) {
      const before = await repo.contract(tx, contractId);
      const after = await repo.updateContract(tx, contractId, {
        ...data,
        ...(f.startDate ? { startDate: toDbDate(f.startDate)! } : {}),
      });
      audit('UPDATE', 'Contract', contractId, after, before);
    }
    if (a.optionMonths.length) {
      await repo.createOptions(tx, contractId, a.optionMonths);
      audit('UPDATE', 'Contract', contractId, { optionMonths: a.optionMonths }, { optionMonths: [] });
    }
    for (const e of a.economy) {
      if (e.lineId) {
        const after = await repo.updateEconomyLine(tx, e.lineId, e.amount);
        audit('UPDATE', 'ContractEconomyLine', e.lineId, after);
      } else {
        const created = await repo.createEconomyLine(tx, {
          contractId,
          kind: e.kind,
          amount: e.amount,
          note: economyNote,
        });
        audit('CREATE', 'ContractEconomyLine', created.id, created);
      }
    }
    if (a.coverUsageIds.length) {
      const { before, usageIds } = await repo.coverContract(tx, contractId, a.coverUsageIds);
      audit('UPDATE', 'Contract', contractId, { usageIds }, before);
    }
  }
  await writeAudits(tx, ctx, entries);
}
