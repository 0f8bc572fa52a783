import type { PrismaClient, Role } from '@prisma/client';
import type { Tx } from '../../shared/audit';
import type { MemberStatus } from './membership.type';

type Db = PrismaClient | Tx;

const memberSelect = {
  id: true,
  organisationId: true,
  roles: true,
  deactivatedAt: true,
  version: true,
  user: { select: { id: true, name: true, email: true, passwordHash: true } },
} as const;

interface MemberRow {
  id: string;
  organisationId: string;
  roles: Role[];
  deactivatedAt: Date | null;
  version: number;
  user: { id: string; name: string; email: string; passwordHash: string | null };
}

/** A member with their status; the password hash is read only to tell "invited" apart and never leaves here. */
function toMember({ user, deactivatedAt, ...row }: MemberRow) {
  const status: MemberStatus = deactivatedAt ? 'DEACTIVATED' : user.passwordHash ? 'ACTIVE' : 'INVITED';
  return { ...row, status, user: { id: user.id, name: user.name, email: user.email } };
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
  createUser: (db: Db, data: { email: string; name: string }) =>
    db.user.create({ data, select: { id: true, locale: true } }),

  createMembership: async (db: Db, data: { userId: string; organisationId: string; roles: Role[] }) =>
    toMember(await db.membership.create({ data, select: memberSelect })),

  updateRoles: (db: Db, id: string, version: number, roles: Role[]) =>
    db.membership.updateMany({ where: { id, version }, data: { roles, version: { increment: 1 } } }),

  setDeactivated: (db: Db, id: string, version: number, deactivatedAt: Date | null) =>
    db.membership.updateMany({
      where: { id, version },
      data: { deactivatedAt, version: { increment: 1 } },
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
        where: { organisationId, deactivatedAt: null },
        select: { roles: true },
      })
    ).filter((m) => m.roles.includes('ADMINISTRATOR')).length,
};
