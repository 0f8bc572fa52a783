import type { OneTimeTokenPurpose } from '@prisma/client';
import type { Db, Tx } from '../../db/handles';

type Handle = Db | Tx;

/** One-time tokens are stored by the hash of their token only, like sessions. */
export const oneTimeTokenRepository = {
  create: (
    db: Handle,
    data: {
      id: string;
      purpose: OneTimeTokenPurpose;
      userId: string;
      organisationId: string | null;
      expiresAt: Date;
    },
  ) => db.oneTimeToken.create({ data }),

  find: (db: Handle, id: string) =>
    db.oneTimeToken.findUnique({
      where: { id },
      select: {
        id: true,
        purpose: true,
        expiresAt: true,
        usedAt: true,
        user: { select: { id: true, email: true, name: true, locale: true, passwordHash: true } },
        organisation: { select: { id: true, name: true } },
      },
    }),

  /** Marks the token used unless it already is; 0 rows means another request redeemed it first. */
  markUsed: (tx: Tx, id: string) =>
    tx.oneTimeToken.updateMany({ where: { id, usedAt: null }, data: { usedAt: new Date() } }),

  /** Earlier unused links of the same purpose stop working once a new one is issued or one is used. */
  retireOthers: (tx: Tx, userId: string, purpose: OneTimeTokenPurpose, keepId: string) =>
    tx.oneTimeToken.updateMany({
      where: { userId, purpose, usedAt: null, id: { not: keepId } },
      data: { usedAt: new Date() },
    }),

  purgeExpired: (db: Handle, now: Date) => db.oneTimeToken.deleteMany({ where: { expiresAt: { lt: now } } }),
};
