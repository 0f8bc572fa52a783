import type { PrismaClient, Role } from '@prisma/client';
import type { Tx } from '../../shared/audit';
import type { MemberStatus } from './membership.type';

type Db = PrismaClient | Tx;

const memberSelect = {
  id: true,
  organisationId: true,
  roles: true,
  joinedAt: true,
  deactivatedAt: true,
  version: true,
  user: { select: { id: true, name: true, email: true } },
} as const;

interface MemberRow {
  id: string;
  organisationId: string;
  roles: Role[];
  joinedAt: Date | null;
  deactivatedAt: Date | null;
  version: number;
  user: { id: string; name: string; email: string };
}

/** A member with their status: invited until they accept their link, active, or deactivated. */
function toMember({ joinedAt, deactivatedAt, ...row }: MemberRow) {
  const status: MemberStatus = deactivatedAt ? 'DEACTIVATED' : joinedAt ? 'ACTIVE' : 'INVITED';
  return { ...row, status };
}

export const membershipRepository = {
  members: async (db: Db, organisationId: string) =>
    (
      await db.membership.findMany({
        where: { organisationId },
        select: memberSelect,
        orderBy: { user: { name: 'asc' } },
      })
    ).map(toMember),

  member: async (db: Db, organisationIds: string[], id: string) => {
    const row = await db.membership.findFirst({
      where: { id, organisationId: { in: organisationIds } },
      select: memberSelect,
    });
    return row && toMember(row);
  },

  userByEmail: (db: Db, email: string) =>
    db.user.findUnique({ where: { email }, select: { id: true, locale: true } }),

  membershipOf: (db: Db, userId: string, organisationId: string) =>
    db.membership.findUnique({
      where: { userId_organisationId: { userId, organisationId } },
      select: { deactivatedAt: true },
    }),

  /** An invited person has no password until they open their link. */
  organisationSettings: async (db: Db, organisationId: string) =>
    (await db.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { settings: true } }))
      .settings,

  createUser: (db: Db, data: { email: string; name: string; locale: string }) =>
    db.user.create({ data, select: { id: true, locale: true } }),

  /** An invitation's membership: it gives access once the person accepts (`joinedAt`). */
  createMembership: async (db: Db, data: { userId: string; organisationId: string; roles: Role[] }) =>
    toMember(await db.membership.create({ data: { ...data, joinedAt: null }, select: memberSelect })),

  updateRoles: (db: Db, id: string, version: number, roles: Role[]) =>
    db.membership.updateMany({ where: { id, version }, data: { roles, version: { increment: 1 } } }),

  setDeactivated: (db: Db, id: string, version: number, deactivatedAt: Date | null) =>
    db.membership.updateMany({
      where: { id, version },
      data: { deactivatedAt, deactivatedBySignIn: false, version: { increment: 1 } },
    }),

  /** Ends every session of the person at once (deactivation). */
  deleteSessions: (db: Db, userId: string) => db.session.deleteMany({ where: { userId } }),

  organisationName: async (db: Db, id: string) =>
    (await db.organisation.findUniqueOrThrow({ where: { id }, select: { name: true } })).name,

  // Counted in JS: an enum-array `has` filter is mis-encoded by pglite-prisma-adapter 0.6
  // ("malformed array literal"); an organisation has few memberships.
  administratorCount: async (db: Db, organisationId: string) =>
    (
      await db.membership.findMany({
        where: { organisationId, deactivatedAt: null, joinedAt: { not: null } },
        select: { roles: true },
      })
    ).filter((m) => m.roles.includes('ADMINISTRATOR')).length,
};
