import type { Db } from '../../db/handles';
import { isUniqueViolation } from '../../shared/prisma-errors';

const providerSelect = {
  id: true,
  organisationId: true,
  kind: true,
  enabled: true,
  settings: true,
  allowedDomains: true,
  roleClaim: true,
  roleMapping: true,
  newUserRole: true,
  organisation: { select: { cvr: true } },
} as const;

/** The SAML sign-in's own rows: the provider it runs for, its attempts (ADR 0027) and used assertion IDs. */
export const samlRepository = {
  provider: (db: Db, id: string) =>
    db.signInProvider.findFirst({ where: { id, kind: 'SAML' }, select: providerSelect }),

  createAttempt: (db: Db, id: string, providerId: string, requestId: string, expiresAt: Date) =>
    db.signInAttempt.create({
      data: { id, providerId, data: { requestId }, expiresAt },
      select: { id: true },
    }),

  /** The live attempt with this hashed relay state, for this provider only. */
  attempt: (db: Db, id: string, providerId: string) =>
    db.signInAttempt.findFirst({
      where: { id, providerId, expiresAt: { gt: new Date() } },
      select: { id: true, data: true, createdAt: true },
    }),

  deleteAttempt: (db: Db, id: string) => db.signInAttempt.deleteMany({ where: { id } }),

  /**
   * Records an assertion as used; false when it already was. The primary key makes this atomic:
   * of two copies posted at once, exactly one is recorded.
   */
  async useAssertion(db: Db, providerId: string, assertionId: string, expiresAt: Date): Promise<boolean> {
    try {
      await db.samlAssertionUse.create({
        data: { providerId, assertionId, expiresAt },
        select: { assertionId: true },
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  },

  purgeExpired: (db: Db, now = new Date()) =>
    db.samlAssertionUse.deleteMany({ where: { expiresAt: { lt: now } } }),
};
