import type { Db, Tx } from '../../db/handles';

type Handle = Db | Tx;

export const accountRepository = {
  userByEmail: (db: Handle, email: string) =>
    db.user.findUnique({
      where: { email },
      select: { id: true, locale: true, disabled: true, passwordHash: true },
    }),

  passwordHash: (db: Handle, userId: string) =>
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } }),

  setPassword: (tx: Tx, userId: string, passwordHash: string, name?: string) =>
    tx.user.update({
      where: { id: userId },
      data: { passwordHash, ...(name ? { name } : {}), version: { increment: 1 } },
      select: { id: true, name: true, email: true },
    }),

  /** Accepting an invitation opens its membership (an already open one stays as it is). */
  join: (tx: Tx, userId: string, organisationId: string) =>
    tx.membership.updateMany({
      where: { userId, organisationId, joinedAt: null },
      data: { joinedAt: new Date(), version: { increment: 1 } },
    }),

  sessions: (db: Handle, userId: string) =>
    db.session.findMany({
      where: { userId, expiresAt: { gt: new Date() } },
      select: { id: true, createdAt: true, expiresAt: true },
      orderBy: { createdAt: 'desc' },
    }),

  deleteSession: (db: Handle, userId: string, id: string) => db.session.deleteMany({ where: { id, userId } }),

  /** Every session of the person, optionally but the one in use. */
  deleteSessions: (db: Handle, userId: string, keepId?: string) =>
    db.session.deleteMany({ where: { userId, ...(keepId ? { id: { not: keepId } } : {}) } }),

  purgeExpiredSessions: (db: Handle, now: Date) =>
    db.session.deleteMany({ where: { expiresAt: { lt: now } } }),
};
