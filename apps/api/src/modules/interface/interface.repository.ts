import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';
import { likeLiteral } from '../../shared/like';

type Db = PrismaClient | Tx;

/** Catalogue entries an organisation can see: shared ones and its own local ones. */
const visible = (organisationIds: string[]) => ({
  OR: [{ visibility: 'SHARED' as const }, { ownerOrganisationId: { in: organisationIds } }],
});

const interfaceSelect = {
  id: true,
  name: true,
  description: true,
  providerSystemId: true,
  protocol: true,
  dataDescription: true,
  dataTypes: true,
  registerFamilies: true,
  visibility: true,
  ownerOrganisationId: true,
  version: true,
  providerSystem: { select: { name: true } },
} satisfies Prisma.InterfaceSelect;

export type InterfaceRow = Prisma.InterfaceGetPayload<{ select: typeof interfaceSelect }>;

export const interfaceRepository = {
  async list(
    db: Db,
    organisationIds: string[],
    filter: { search?: string | null; providerSystemId?: string | null },
    page: { skip: number; take: number },
  ) {
    const search = filter.search?.trim();
    const where: Prisma.InterfaceWhereInput = {
      AND: [
        visible(organisationIds),
        filter.providerSystemId ? { providerSystemId: filter.providerSystemId } : {},
        search
          ? {
              OR: [
                { name: { contains: likeLiteral(search), mode: 'insensitive' } },
                { protocol: { contains: likeLiteral(search), mode: 'insensitive' } },
                { dataDescription: { contains: likeLiteral(search), mode: 'insensitive' } },
              ],
            }
          : {},
      ],
    };
    const [items, totalCount] = await Promise.all([
      db.interface.findMany({
        where,
        select: interfaceSelect,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        ...page,
      }),
      db.interface.count({ where }),
    ]);
    return { items, totalCount };
  },

  get: (db: Db, organisationIds: string[], id: string) =>
    db.interface.findFirst({ where: { id, ...visible(organisationIds) }, select: interfaceSelect }),

  create: (db: Db, data: Prisma.InterfaceUncheckedCreateInput) =>
    db.interface.create({ data, select: interfaceSelect }),

  update: (db: Db, id: string, version: number, data: Prisma.InterfaceUncheckedUpdateManyInput) =>
    db.interface.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  delete: (db: Db, id: string, version: number) => db.interface.deleteMany({ where: { id, version } }),

  /** Integrations over the interface in any organisation: a shared entry may be used by others. */
  integrationCount: (db: Db, id: string) => db.integration.count({ where: { interfaceId: id } }),

  systemVisible: (db: Db, organisationIds: string[], id: string) =>
    db.itSystem.count({ where: { id, ...visible(organisationIds) } }),

  /** One organisation's usages of the given catalogue systems. */
  usagesOfSystems: (db: Db, organisationId: string, systemIds: string[]) =>
    db.systemUsage.findMany({
      where: { organisationId, systemId: { in: systemIds } },
      select: { id: true, systemId: true },
      orderBy: { id: 'asc' },
    }),
};
