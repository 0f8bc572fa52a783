import type { Prisma } from '@prisma/client';
import type {
  ContractSnapshot,
  InterfaceSnapshot,
  UnitSnapshot,
  UsageSnapshot,
  UserSnapshot,
} from '@overblik/domain';
import type { Db, Tx } from '../../db/handles';
import { releaseQueryPlans } from '../../db/prisma-plan-history';
import { isoDate } from '../../shared/scalars';

type Handle = Db | Tx;

/** Catalogue rows an organisation sees: shared ones and its own local ones (ADR 0006). */
const visibleTo = (organisationId: string) => ({
  OR: [{ visibility: 'SHARED' as const }, { ownerOrganisationId: organisationId }],
});

const attributes = (json: Prisma.JsonValue): Record<string, string> =>
  json && typeof json === 'object' && !Array.isArray(json)
    ? Object.fromEntries(Object.entries(json).map(([k, v]) => [k, String(v)]))
    : {};

/** New rows an apply collects and inserts in batches (Prisma's shapes, named here so only this file imports Prisma). */
export type NewSupplier = Prisma.SupplierCreateManyInput;
export type NewUnit = Prisma.UnitCreateManyInput;
export type NewPerson = Prisma.PersonCreateManyInput;
export type NewSystem = Prisma.ItSystemCreateManyInput;
export type NewUsage = Prisma.SystemUsageCreateManyInput;
export type NewIntegration = Prisma.IntegrationCreateManyInput;

/** Rows per insert statement: well inside PostgreSQL's 65,535 bind parameters for these tables. */
const BATCH = 500;
async function inBatches<T, R>(rows: T[], insert: (batch: T[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < rows.length; i += BATCH) {
    out.push(...(await insert(rows.slice(i, i + BATCH))));
    releaseQueryPlans();
  }
  return out;
}

/** The only Prisma code of the KITOS import: what a plan reads, and the writes an apply makes. */
export const kitosImportRepository = {
  async usageSnapshot(db: Handle, organisationId: string): Promise<UsageSnapshot> {
    const [usages, units, members, contracts, integrations, people] = await Promise.all([
      db.systemUsage.findMany({ where: { organisationId } }),
      db.unit.findMany({ where: { organisationId }, select: { id: true, name: true } }),
      db.membership.findMany({
        where: { organisationId },
        select: { user: { select: { id: true, email: true, name: true } } },
      }),
      db.contract.findMany({
        where: { organisationId },
        select: { id: true, name: true, coverage: { select: { usageId: true } } },
      }),
      db.integration.findMany({ where: { organisationId }, select: { fromUsageId: true, toUsageId: true } }),
      db.person.findMany({
        where: { organisationId, userId: null },
        select: { id: true, name: true, email: true },
      }),
    ]);
    // Only the entries the file can name: by a KITOS UUID, by name, or those already in use here.
    const systems = await db.itSystem.findMany({
      where: visibleTo(organisationId),
      select: { id: true, name: true, kitosUuid: true, ownerOrganisationId: true, supplierId: true },
    });
    const suppliers = await db.supplier.findMany({
      where: visibleTo(organisationId),
      select: { id: true, name: true },
    });
    return {
      systems: systems.map((s) => ({
        id: s.id,
        name: s.name,
        kitosUuid: s.kitosUuid,
        editable: s.ownerOrganisationId === organisationId,
        supplierId: s.supplierId,
      })),
      usages: usages.map((u) => ({
        id: u.id,
        systemId: u.systemId,
        localName: u.localName,
        lifecycle: u.lifecycle,
        inUseFrom: isoDate(u.inUseFrom),
        inUseUntil: isoDate(u.inUseUntil),
        responsibleUnitId: u.responsibleUnitId,
        ownerUserId: u.ownerUserId,
        ownerPersonId: u.ownerPersonId,
        custodianUserId: u.custodianUserId,
        kitosAttributes: attributes(u.kitosAttributes),
      })),
      units,
      suppliers,
      members: members.map((m) => ({ userId: m.user.id, email: m.user.email, name: m.user.name })),
      people,
      contracts: contracts.map((c) => ({
        id: c.id,
        name: c.name,
        usageIds: c.coverage.map((x) => x.usageId),
      })),
      integrations,
    };
  },

  async unitSnapshot(db: Handle, organisationId: string): Promise<UnitSnapshot> {
    return {
      units: await db.unit.findMany({
        where: { organisationId },
        select: { id: true, name: true, parentId: true, code: true },
      }),
    };
  },

  async contractSnapshot(db: Handle, organisationId: string): Promise<ContractSnapshot> {
    const [contracts, usages, members] = await Promise.all([
      db.contract.findMany({
        where: { organisationId },
        include: {
          coverage: { select: { usageId: true } },
          options: { select: { months: true }, orderBy: { ordinal: 'asc' } },
          economyLines: { select: { id: true, kind: true, amount: true } },
        },
      }),
      kitosImportRepository.usageNames(db, organisationId),
      kitosImportRepository.members(db, organisationId),
    ]);
    const suppliers = await db.supplier.findMany({
      where: visibleTo(organisationId),
      select: { id: true, name: true },
    });
    return {
      contracts: contracts.map((c) => ({
        id: c.id,
        name: c.name,
        kitosId: c.kitosId,
        reference: c.reference,
        supplierId: c.supplierId,
        contractType: c.contractType,
        template: c.template,
        purchaseForm: c.purchaseForm,
        criticality: c.criticality,
        startDate: isoDate(c.startDate)!,
        endDate: isoDate(c.endDate),
        durationMonths: c.durationMonths,
        ongoing: c.ongoing,
        irrevocableUntil: isoDate(c.irrevocableUntil),
        noticePeriodMonths: c.noticePeriodMonths,
        terminatedOn: isoDate(c.terminatedOn),
        ownerUserId: c.ownerUserId,
        managerUserId: c.managerUserId,
        kitosAttributes: attributes(c.kitosAttributes),
        usageIds: c.coverage.map((x) => x.usageId),
        optionMonths: c.options.map((o) => o.months),
        economy: c.economyLines.map((e) => ({ id: e.id, kind: e.kind, amount: Number(e.amount) })),
      })),
      suppliers,
      members,
      usages,
    };
  },

  async interfaceSnapshot(db: Handle, organisationId: string): Promise<InterfaceSnapshot> {
    const [interfaces, systems] = await Promise.all([
      db.interface.findMany({ where: visibleTo(organisationId) }),
      db.itSystem.findMany({ where: visibleTo(organisationId), select: { id: true, name: true } }),
    ]);
    return {
      interfaces: interfaces.map((i) => ({
        id: i.id,
        name: i.name,
        kitosId: i.kitosId,
        editable: i.ownerOrganisationId === organisationId,
        providerSystemId: i.providerSystemId,
        protocol: i.protocol,
        dataTypes: i.dataTypes,
        kitosAttributes: attributes(i.kitosAttributes),
      })),
      systems,
    };
  },

  async userSnapshot(db: Handle, organisationId: string): Promise<UserSnapshot> {
    const [members, people] = await Promise.all([
      kitosImportRepository.members(db, organisationId),
      db.person.findMany({
        where: { organisationId, userId: null },
        select: { id: true, name: true, email: true, phone: true },
      }),
    ]);
    return { members, people };
  },

  /** The organisation's usages with the names a file may call them by (catalogue name, local name). */
  async usageNames(db: Handle, organisationId: string) {
    const usages = await db.systemUsage.findMany({
      where: { organisationId },
      select: { id: true, localName: true, system: { select: { name: true } } },
    });
    return usages.map((u) => ({ id: u.id, names: [u.system.name, ...(u.localName ? [u.localName] : [])] }));
  },

  async members(db: Handle, organisationId: string) {
    const rows = await db.membership.findMany({
      where: { organisationId },
      select: { user: { select: { id: true, email: true, name: true } } },
    });
    return rows.map((m) => ({ userId: m.user.id, email: m.user.email, name: m.user.name }));
  },

  organisationBySlug: (db: Handle, slug: string) =>
    db.organisation.findUnique({ where: { slug }, select: { id: true } }),

  async kitosAttributes(db: Handle, usageId: string) {
    const row = await db.systemUsage.findUnique({
      where: { id: usageId },
      select: { kitosAttributes: true },
    });
    return row?.kitosAttributes ?? null;
  },

  usage: (tx: Tx, id: string) => tx.systemUsage.findUnique({ where: { id } }),
  createUsage: (tx: Tx, data: Prisma.SystemUsageUncheckedCreateInput) => tx.systemUsage.create({ data }),
  updateUsage: (tx: Tx, id: string, data: Prisma.SystemUsageUncheckedUpdateInput) =>
    tx.systemUsage.update({ where: { id }, data: { ...data, version: { increment: 1 } } }),

  system: (tx: Tx, id: string) => tx.itSystem.findUnique({ where: { id } }),
  createSystem: (tx: Tx, data: Prisma.ItSystemUncheckedCreateInput) => tx.itSystem.create({ data }),
  updateSystem: (tx: Tx, id: string, data: Prisma.ItSystemUncheckedUpdateInput) =>
    tx.itSystem.update({ where: { id }, data: { ...data, version: { increment: 1 } } }),

  createSupplier: (tx: Tx, data: Prisma.SupplierUncheckedCreateInput) => tx.supplier.create({ data }),

  unit: (tx: Tx, id: string) => tx.unit.findUnique({ where: { id } }),
  createUnit: (tx: Tx, data: Prisma.UnitUncheckedCreateInput) => tx.unit.create({ data }),
  updateUnit: (tx: Tx, id: string, data: Prisma.UnitUncheckedUpdateInput) =>
    tx.unit.update({ where: { id }, data: { ...data, version: { increment: 1 } } }),

  contract: (tx: Tx, id: string) => tx.contract.findUnique({ where: { id } }),
  createContract: (tx: Tx, data: Prisma.ContractUncheckedCreateInput) => tx.contract.create({ data }),
  updateContract: (tx: Tx, id: string, data: Prisma.ContractUncheckedUpdateInput) =>
    tx.contract.update({ where: { id }, data: { ...data, version: { increment: 1 } } }),
  createOptions: (tx: Tx, contractId: string, months: number[]) =>
    tx.contractOption.createMany({ data: months.map((m, i) => ({ contractId, ordinal: i + 1, months: m })) }),
  createEconomyLine: (tx: Tx, data: Prisma.ContractEconomyLineUncheckedCreateInput) =>
    tx.contractEconomyLine.create({ data }),
  updateEconomyLine: (tx: Tx, id: string, amount: number) =>
    tx.contractEconomyLine.update({ where: { id }, data: { amount, version: { increment: 1 } } }),

  interface: (tx: Tx, id: string) => tx.interface.findUnique({ where: { id } }),
  createInterface: (tx: Tx, data: Prisma.InterfaceUncheckedCreateInput) => tx.interface.create({ data }),
  updateInterface: (tx: Tx, id: string, data: Prisma.InterfaceUncheckedUpdateInput) =>
    tx.interface.update({ where: { id }, data: { ...data, version: { increment: 1 } } }),

  person: (tx: Tx, id: string) => tx.person.findUnique({ where: { id } }),
  createPerson: (tx: Tx, data: Prisma.PersonUncheckedCreateInput) => tx.person.create({ data }),
  updatePerson: (tx: Tx, id: string, data: Prisma.PersonUncheckedUpdateInput) =>
    tx.person.update({ where: { id }, data: { ...data, version: { increment: 1 } } }),

  // An import's new rows, a statement per few hundred rows (not one per row), returned for the audit log.
  createSuppliers: (tx: Tx, data: NewSupplier[]) =>
    inBatches(data, (batch) => tx.supplier.createManyAndReturn({ data: batch })),
  createUnits: (tx: Tx, data: NewUnit[]) =>
    inBatches(data, (batch) => tx.unit.createManyAndReturn({ data: batch })),
  createPeople: (tx: Tx, data: NewPerson[]) =>
    inBatches(data, (batch) => tx.person.createManyAndReturn({ data: batch })),
  createSystems: (tx: Tx, data: NewSystem[]) =>
    inBatches(data, (batch) => tx.itSystem.createManyAndReturn({ data: batch })),
  createUsages: (tx: Tx, data: NewUsage[]) =>
    inBatches(data, (batch) => tx.systemUsage.createManyAndReturn({ data: batch })),
  createIntegrations: (tx: Tx, data: NewIntegration[]) =>
    inBatches(data, (batch) => tx.integration.createManyAndReturn({ data: batch })),

  /** Covers the usages by the contract: one version step and one audit entry however many usages. */
  async coverContract(tx: Tx, contractId: string, usageIds: string[]) {
    const before = await tx.contract.findUniqueOrThrow({
      where: { id: contractId },
      select: { id: true, version: true, coverage: { select: { usageId: true } } },
    });
    await tx.contractCoverage.createMany({ data: usageIds.map((usageId) => ({ contractId, usageId })) });
    // Coverage is part of the contract, as the contract form edits it: its version moves on.
    await tx.contract.update({ where: { id: contractId }, data: { version: { increment: 1 } } });
    return {
      before: { usageIds: before.coverage.map((c) => c.usageId) },
      usageIds: [...before.coverage.map((c) => c.usageId), ...usageIds],
    };
  },
};
