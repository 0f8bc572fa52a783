import type { Prisma, PrismaClient } from '@prisma/client';

export const signInAttemptRepository = {
  create: (db: PrismaClient, id: string, providerId: string, data: Prisma.InputJsonObject, expiresAt: Date) =>
    db.signInAttempt.create({ data: { id, providerId, data, expiresAt }, select: { id: true } }),

  find: (db: PrismaClient, id: string) =>
    db.signInAttempt.findUnique({ where: { id }, select: { providerId: true, data: true, expiresAt: true } }),

  /** Deleting is the use: of two requests with the same state, only one deletes the row. */
  take: (db: PrismaClient, id: string) =>
    db.signInAttempt.deleteMany({ where: { id } }).then((r) => r.count === 1),

  purgeExpired: (db: PrismaClient, now: Date) =>
    db.signInAttempt.deleteMany({ where: { expiresAt: { lt: now } } }).then((r) => r.count),
};
