import type { Prisma } from '@prisma/client';
import type { Db as Client, Tx } from '../../db/handles';
import type { SupplierContactFields, SupplierFields } from '@overblik/domain';
import { likeLiteral } from '../../shared/like';

type Db = Client | Tx;

interface Window {
  skip: number;
  take: number;
}

/** Shared suppliers, or those one of the viewer's organisations registered (ADR 0006). */
const visible = (organisationIds: string[]): Prisma.SupplierWhereInput => ({
  OR: [{ visibility: 'SHARED' }, { ownerOrganisationId: { in: organisationIds } }],
});

const contactSelect = {
  id: true,
  organisationId: true,
  supplierId: true,
  name: true,
  role: true,
  email: true,
  phone: true,
  version: true,
} satisfies Prisma.SupplierContactSelect;

export const supplierRepository = {
  list: (db: Db, organisationIds: string[], search: string | null, window: Window) => {
    const text = search?.trim();
    const where: Prisma.SupplierWhereInput = {
      ...visible(organisationIds),
      ...(text
        ? {
            AND: [
              {
                OR: [
                  { name: { contains: likeLiteral(text), mode: 'insensitive' } },
                  { cvr: { startsWith: likeLiteral(text) } },
                ],
              },
            ],
          }
        : {}),
    };
    return Promise.all([
      db.supplier.findMany({ where, orderBy: [{ name: 'asc' }, { id: 'asc' }], ...window }),
      db.supplier.count({ where }),
    ]);
  },

  find: (db: Db, organisationIds: string[], id: string) =>
    db.supplier.findFirst({ where: { id, ...visible(organisationIds) } }),

  /** Another visible supplier with the same CVR or (case-insensitively) the same name. */
  duplicate: (db: Db, organisationIds: string[], fields: SupplierFields, exceptId: string | null) =>
    db.supplier.findFirst({
      where: {
        ...visible(organisationIds),
        ...(exceptId ? { id: { not: exceptId } } : {}),
        AND: [
          {
            OR: [
              { name: { equals: fields.name, mode: 'insensitive' } },
              ...(fields.cvr ? [{ cvr: fields.cvr }] : []),
            ],
          },
        ],
      },
    }),

  create: (db: Db, data: SupplierFields & { ownerOrganisationId: string }) =>
    db.supplier.create({ data: { ...data, visibility: 'SHARED' } }),

  update: (db: Db, id: string, version: number, data: SupplierFields) =>
    db.supplier.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  /** Whether any system, data source or contract, of any organisation, names the supplier. */
  inUse: async (db: Db, id: string) => {
    const [systems, sources, contracts] = await Promise.all([
      db.itSystem.count({ where: { supplierId: id } }),
      db.dataSource.count({ where: { supplierId: id } }),
      db.contract.count({ where: { supplierId: id } }),
    ]);
    return systems + sources + contracts > 0;
  },

  delete: (db: Db, id: string, version: number) => db.supplier.deleteMany({ where: { id, version } }),

  /** Catalogue systems the organisation can see from the supplier, with its own usage of each. */
  systems: (db: Db, organisationId: string, organisationIds: string[], supplierId: string) =>
    db.itSystem.findMany({
      where: {
        supplierId,
        OR: [{ visibility: 'SHARED' }, { ownerOrganisationId: { in: organisationIds } }],
      },
      select: {
        id: true,
        name: true,
        usages: { where: { organisationId }, select: { id: true, localName: true }, take: 1 },
      },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    }),

  contracts: (db: Db, organisationId: string, supplierId: string) =>
    db.contract.findMany({
      where: { organisationId, supplierId },
      select: { id: true, name: true, reference: true },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    }),

  dataSources: (db: Db, organisationIds: string[], supplierId: string) =>
    db.dataSource.findMany({
      where: {
        supplierId,
        OR: [{ visibility: 'SHARED' }, { ownerOrganisationId: { in: organisationIds } }],
      },
      select: { id: true, name: true },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    }),

  /** Per supplier: the organisation's usages of its systems and the organisation's contracts with it. */
  counts: async (db: Db, organisationId: string, supplierIds: string[]) => {
    const [usages, contracts] = await Promise.all([
      db.systemUsage.findMany({
        where: { organisationId, system: { supplierId: { in: supplierIds } } },
        select: { system: { select: { supplierId: true } } },
      }),
      db.contract.groupBy({
        by: ['supplierId'],
        where: { organisationId, supplierId: { in: supplierIds } },
        _count: { _all: true },
      }),
    ]);
    const usageCount = new Map<string, number>();
    for (const u of usages) {
      const id = u.system.supplierId!;
      usageCount.set(id, (usageCount.get(id) ?? 0) + 1);
    }
    const contractCount = new Map(contracts.map((c) => [c.supplierId!, c._count._all]));
    return { usageCount, contractCount };
  },

  contacts: (db: Db, organisationId: string, supplierId: string) =>
    db.supplierContact.findMany({
      where: { organisationId, supplierId },
      select: contactSelect,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    }),

  findContact: (db: Db, organisationIds: string[], id: string) =>
    db.supplierContact.findFirst({
      where: { id, organisationId: { in: organisationIds } },
      select: contactSelect,
    }),

  createContact: (db: Db, data: SupplierContactFields & { organisationId: string; supplierId: string }) =>
    db.supplierContact.create({ data, select: contactSelect }),

  updateContact: (db: Db, id: string, version: number, data: SupplierContactFields) =>
    db.supplierContact.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  deleteContact: (db: Db, id: string, version: number) =>
    db.supplierContact.deleteMany({ where: { id, version } }),

  notes: (db: Db, organisationId: string, supplierId: string) =>
    db.supplierNote.findUnique({ where: { organisationId_supplierId: { organisationId, supplierId } } }),

  createNotes: (db: Db, organisationId: string, supplierId: string, notes: string) =>
    db.supplierNote.create({ data: { organisationId, supplierId, notes } }),

  updateNotes: (db: Db, id: string, version: number, notes: string) =>
    db.supplierNote.updateMany({ where: { id, version }, data: { notes, version: { increment: 1 } } }),
};
