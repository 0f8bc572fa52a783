import type { Db, Tx } from '../db/handles';

type Handle = Db | Tx;

export const startRepository = {
  /** Identity-provider secrets stored encrypted (they need OVERBLIK_SECRET_KEY). */
  storedSecrets: (db: Handle) => db.signInProvider.count({ where: { secretEncrypted: { not: null } } }),

  /** Each password hash once: the demo seed reuses one hash for all its logins. */
  distinctPasswordHashes: async (db: Handle) =>
    (
      await db.user.findMany({
        where: { passwordHash: { not: null } },
        distinct: ['passwordHash'],
        select: { passwordHash: true },
      })
    ).map((u) => u.passwordHash!),

  usersWithHashes: (db: Handle, hashes: string[]) =>
    db.user.findMany({
      where: { passwordHash: { in: hashes } },
      select: { id: true, email: true },
      orderBy: { email: 'asc' },
    }),

  clearPassword: (tx: Tx, userId: string) =>
    tx.user.update({ where: { id: userId }, data: { passwordHash: null, version: { increment: 1 } } }),
};
