import {
  CONTRACT_KITOS_TITLES,
  contractKitosCells,
  USAGE_KITOS_TITLES,
  usageKitosCells,
  type KitosCell,
  type LIFECYCLES,
} from '@overblik/domain';
import type { ExportDocument } from './export-document';
import type { Row } from './organisation-export.repository';

/** The KITOS-titled columns a table's sheet leads with. */
export const KITOS_TITLES: Record<string, readonly string[]> = {
  SystemUsage: USAGE_KITOS_TITLES,
  Contract: CONTRACT_KITOS_TITLES,
};

/** Columns a table's KITOS-titled cells stand in for: written once, under KITOS's title. */
export const KITOS_REPLACES: Record<string, readonly string[]> = {
  SystemUsage: ['localName', 'lifecycle', 'inUseFrom', 'inUseUntil'],
  Contract: [
    'name',
    'reference',
    'startDate',
    'endDate',
    'irrevocableUntil',
    'noticePeriodMonths',
    'terminatedOn',
  ],
};

const text = (v: unknown) => (typeof v === 'string' ? v : null);
const day = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : null);

/**
 * For the tables KITOS has an overview of (usages, contracts), each row's KITOS cells, looked up
 * from the document itself (names of the system, supplier, unit, related usages and contracts), so
 * the workbook says exactly what the JSON export says.
 */
export function kitosCellsFor(document: ExportDocument): Record<string, (row: Row) => KitosCell[]> {
  const byId = (rows: Row[]) => new Map(rows.map((r) => [r.id as string, r]));
  const systems = byId(document.catalogue.ItSystem);
  const suppliers = byId(document.catalogue.Supplier);
  const units = byId(document.tables.Unit ?? []);
  const usages = byId(document.tables.SystemUsage ?? []);
  const contracts = byId(document.tables.Contract ?? []);
  const systemOf = (usageId: unknown) => systems.get(usages.get(usageId as string)?.systemId as string);
  const usedBy = new Map<string, string[]>();
  for (const i of document.tables.Integration ?? []) {
    const name = text(systemOf(i.toUsageId)?.name);
    if (name) usedBy.set(i.fromUsageId as string, [...(usedBy.get(i.fromUsageId as string) ?? []), name]);
  }
  const contractsOf = new Map<string, string[]>();
  const systemsOf = new Map<string, string[]>();
  for (const c of document.tables.ContractCoverage ?? []) {
    const contract = text(contracts.get(c.contractId as string)?.name);
    const system = text(systemOf(c.usageId)?.name);
    if (contract)
      contractsOf.set(c.usageId as string, [...(contractsOf.get(c.usageId as string) ?? []), contract]);
    if (system)
      systemsOf.set(c.contractId as string, [...(systemsOf.get(c.contractId as string) ?? []), system]);
  }
  return {
    SystemUsage: (u) => {
      const system = systems.get(u.systemId as string);
      return usageKitosCells({
        systemKitosUuid: text(system?.kitosUuid),
        systemName: text(system?.name) ?? '',
        localName: text(u.localName),
        supplierName: text(suppliers.get(system?.supplierId as string)?.name),
        unitName: text(units.get(u.responsibleUnitId as string)?.name),
        lifecycle: u.lifecycle as (typeof LIFECYCLES)[number],
        inUseFrom: day(u.inUseFrom),
        inUseUntil: day(u.inUseUntil),
        usedSystems: usedBy.get(u.id as string) ?? [],
        contracts: contractsOf.get(u.id as string) ?? [],
      });
    },
    Contract: (c) =>
      contractKitosCells({
        name: text(c.name) ?? '',
        reference: text(c.reference),
        startDate: day(c.startDate) ?? '',
        endDate: day(c.endDate),
        irrevocableUntil: day(c.irrevocableUntil),
        noticePeriodMonths: typeof c.noticePeriodMonths === 'number' ? c.noticePeriodMonths : null,
        terminatedOn: day(c.terminatedOn),
        supplierName: text(suppliers.get(c.supplierId as string)?.name),
        systems: systemsOf.get(c.id as string) ?? [],
      }),
  };
}
