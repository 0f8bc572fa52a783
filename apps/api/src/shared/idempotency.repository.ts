import type { Db } from '../db/handles';

const key = (organisationId: string, k: string) => ({ organisationId_key: { organisationId, key: k } });

/** Stored answers to mutations sent with an Idempotency-Key (shared/idempotency.ts). */
export const idempotencyRepository = {
  /**
   * Takes the key for a request, atomically: a new key, one whose answer has expired, or one a
   * request took and never answered (its process died) before `abandonedBefore`. False when another
   * request holds it or its answer is still valid.
   */
  async claim(
    db: Db,
    organisationId: string,
    k: string,
    requestHash: string,
    now: Date,
    expiresAt: Date,
    abandonedBefore: Date,
  ): Promise<boolean> {
    const data = { requestHash, response: null, lockedAt: now, expiresAt };
    const created = await db.idempotencyKey.createMany({
      data: [{ organisationId, key: k, ...data }],
      skipDuplicates: true,
    });
    if (created.count) return true;
    const taken = await db.idempotencyKey.updateMany({
      where: {
        organisationId,
        key: k,
        OR: [{ expiresAt: { lte: now } }, { response: null, lockedAt: { lt: abandonedBefore } }],
      },
      data,
    });
    return taken.count === 1;
  },

  find: (db: Db, organisationId: string, k: string) =>
    db.idempotencyKey.findUnique({
      where: key(organisationId, k),
      select: { requestHash: true, response: true, expiresAt: true },
    }),

  answer: (db: Db, organisationId: string, k: string, requestHash: string, response: string) =>
    db.idempotencyKey.updateMany({ where: { organisationId, key: k, requestHash }, data: { response } }),

  /** Gives the key up after a failed request, so a retry runs again. */
  release: (db: Db, organisationId: string, k: string, requestHash: string) =>
    db.idempotencyKey.deleteMany({ where: { organisationId, key: k, requestHash, response: null } }),

  purgeExpired: (db: Db, now: Date) => db.idempotencyKey.deleteMany({ where: { expiresAt: { lte: now } } }),
};
