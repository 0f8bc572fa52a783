import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';
import { visibleCatalogue } from './system.repository';

type Db = PrismaClient | Tx;

/** Longer chains than this are bad data; the cycle rule stops at a repeat anyway. */
const MAX_DEPTH = 100;

/** Catalogue entries (ItSystem) as a register: the rows the catalogue editing reads and writes. */
export const systemCatalogueRepository = {
  /** The entry, when the organisations can see it (shared, or one of their own local ones). */
  visible: (db: Db, organisationIds: string[], id: string) =>
    db.itSystem.findFirst({ where: { id, ...visibleCatalogue(organisationIds) } }),

  /** The supplier's visibility and owner, when the organisations can see it. */
  visibleSupplier: (db: Db, organisationIds: string[], id: string) =>
    db.supplier.findFirst({
      where: { id, OR: [{ visibility: 'SHARED' }, { ownerOrganisationId: { in: organisationIds } }] },
      select: { id: true, visibility: true, ownerOrganisationId: true },
    }),

  /** The stored parent links from `id` upwards (the entry itself first), for the cycle rule. */
  async ancestry(db: Db, id: string) {
    const chain: { id: string; parentSystemId: string | null }[] = [];
    for (let next: string | null = id; next && chain.length < MAX_DEPTH;) {
      const row: { id: string; parentSystemId: string | null } | null = await db.itSystem.findUnique({
        where: { id: next },
        select: { id: true, parentSystemId: true },
      });
      if (!row || chain.some((c) => c.id === row.id)) break;
      chain.push(row);
      next = row.parentSystemId;
    }
    return chain;
  },

  create: (db: Db, data: Prisma.ItSystemUncheckedCreateInput) => db.itSystem.create({ data }),

  update: (db: Db, id: string, version: number, data: Prisma.ItSystemUncheckedUpdateManyInput) =>
    db.itSystem.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),
};
