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
  secretEncrypted: true,
  organisation: { select: { cvr: true } },
} as const;

/** The SAML sign-in's own reads and writes: the provider with its organisation's CVR, and used assertion IDs. */
export const samlRepository = {
  provider: (db: Db, id: string) =>
    db.signInProvider.findFirst({ where: { id, kind: 'SAML' }, select: providerSelect }),

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
