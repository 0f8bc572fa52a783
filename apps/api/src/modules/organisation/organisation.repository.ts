import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

const unitSelect = {
  id: true,
  organisationId: true,
  parentId: true,
  name: true,
  code: true,
  version: true,
} as const;

const settingsSelect = { id: true, name: true, cvr: true, settings: true, version: true } as const;

export const organisationRepository = {
  settings: (db: Db, id: string) =>
    db.organisation.findUniqueOrThrow({ where: { id }, select: settingsSelect }),

  updateSettings: (
    db: Db,
    id: string,
    version: number,
    data: { name: string; cvr: string | null; settings: Record<string, unknown> },
  ) =>
    db.organisation.updateMany({
      where: { id, version },
      data: { ...data, settings: data.settings as Prisma.InputJsonObject, version: { increment: 1 } },
    }),

  organisation: (db: Db, id: string) =>
    db.organisation.findUnique({
      where: { id },
      select: { id: true, name: true, slug: true, type: true, municipalityCode: true },
    }),

  units: (db: Db, organisationId: string) =>
    db.unit.findMany({ where: { organisationId }, select: unitSelect, orderBy: { name: 'asc' } }),

  unit: (db: Db, organisationId: string, id: string) =>
    db.unit.findFirst({ where: { id, organisationId }, select: unitSelect }),

  unitAmong: (db: Db, id: string, organisationIds: string[]) =>
    db.unit.findFirst({
      where: { id, organisationId: { in: organisationIds } },
      select: { organisationId: true },
    }),

  createUnit: (
    db: Db,
    data: { organisationId: string; name: string; code?: string | null; parentId?: string | null },
  ) => db.unit.create({ data, select: unitSelect }),

  updateUnit: (
    db: Db,
    id: string,
    version: number,
    data: { name?: string; code?: string | null; parentId?: string | null },
  ) => db.unit.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  deleteUnit: (db: Db, id: string, version: number) => db.unit.deleteMany({ where: { id, version } }),

  unitInUse: async (db: Db, id: string) => {
    const [children, usages] = await Promise.all([
      db.unit.count({ where: { parentId: id } }),
      db.systemUsage.count({ where: { responsibleUnitId: id } }),
    ]);
    return children + usages > 0;
  },

  collaborations: (db: Db, organisationIds: string[]) =>
    db.collaboration.findMany({
      where: { members: { some: { organisationId: { in: organisationIds } } } },
      select: {
        id: true,
        name: true,
        purpose: true,
        members: {
          select: {
            shares: true,
            organisation: {
              select: { id: true, name: true, slug: true, type: true, municipalityCode: true },
            },
          },
        },
      },
      orderBy: { name: 'asc' },
    }),
};
