import type { PrismaClient, Role } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

const memberSelect = {
  id: true,
  organisationId: true,
  roles: true,
  version: true,
  user: { select: { id: true, name: true, email: true } },
} as const;

export const membershipRepository = {
  members: (db: Db, organisationId: string) =>
    db.membership.findMany({
      where: { organisationId },
      select: memberSelect,
      orderBy: { user: { name: 'asc' } },
    }),

  member: (db: Db, organisationIds: string[], id: string) =>
    db.membership.findFirst({ where: { id, organisationId: { in: organisationIds } }, select: memberSelect }),

  organisationSettings: async (db: Db, organisationId: string) =>
    (await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { settings: true } }))
      .settings,

  userByEmail: (db: Db, email: string) => db.user.findUnique({ where: { email }, select: { id: true } }),

  createUser: (db: Db, data: { email: string; name: string; passwordHash: string; locale: string }) =>
    db.user.create({ data, select: { id: true } }),

  createMembership: (db: Db, data: { userId: string; organisationId: string; roles: Role[] }) =>
    db.membership.create({ data, select: memberSelect }),

  updateRoles: (db: Db, id: string, version: number, roles: Role[]) =>
    db.membership.updateMany({ where: { id, version }, data: { roles, version: { increment: 1 } } }),

  deleteMembership: (db: Db, id: string, version: number) =>
    db.membership.deleteMany({ where: { id, version } }),

  // Counted in JS: an enum-array `has` filter is mis-encoded by pglite-prisma-adapter 0.6
  // ("malformed array literal"); an organisation has few memberships.
  administratorCount: async (db: Db, organisationId: string) =>
    (await db.membership.findMany({ where: { organisationId }, select: { roles: true } })).filter((m) =>
      m.roles.includes('ADMINISTRATOR'),
    ).length,
};
