import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

const savedViewSelect = {
  id: true,
  organisationId: true,
  userId: true,
  tableKey: true,
  name: true,
  config: true,
  version: true,
} satisfies Prisma.SavedViewSelect;

export type SavedViewRow = Prisma.SavedViewGetPayload<{ select: typeof savedViewSelect }>;

export const savedViewRepository = {
  /** The viewer's own views and the organisation default(s), never another user's views. */
  list: (db: Db, organisationId: string, userId: string, tableKey: string) =>
    db.savedView.findMany({
      where: { organisationId, tableKey, OR: [{ userId }, { userId: null }] },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      select: savedViewSelect,
    }),

  /** A view the viewer may see in one of their organisations (own or an organisation default). */
  visible: (db: Db, organisationIds: string[], userId: string, id: string) =>
    db.savedView.findFirst({
      where: { id, organisationId: { in: organisationIds }, OR: [{ userId }, { userId: null }] },
      select: savedViewSelect,
    }),

  organisationDefault: (db: Db, organisationId: string, tableKey: string) =>
    db.savedView.findFirst({ where: { organisationId, tableKey, userId: null }, select: savedViewSelect }),

  create: (db: Db, data: Prisma.SavedViewUncheckedCreateInput) =>
    db.savedView.create({ data, select: savedViewSelect }),

  update: (db: Db, id: string, version: number, data: Prisma.SavedViewUncheckedUpdateManyInput) =>
    db.savedView.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  byId: (db: Db, id: string) => db.savedView.findUnique({ where: { id }, select: savedViewSelect }),

  delete: (db: Db, id: string, version: number) => db.savedView.deleteMany({ where: { id, version } }),
};
