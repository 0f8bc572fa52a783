import type { OrganisationType } from '@prisma/client';
import type { Db, Tx } from '../../db/handles';

type Handle = Db | Tx;

export const installationRepository = {
  organisationCount: (db: Handle) => db.organisation.count(),

  slugTaken: async (db: Handle, slug: string) => (await db.organisation.count({ where: { slug } })) > 0,

  createOrganisation: (tx: Tx, data: { name: string; slug: string; cvr: string; type: OrganisationType }) =>
    tx.organisation.create({ data, select: { id: true, name: true, slug: true, cvr: true, type: true } }),

  userByEmail: (db: Handle, email: string) =>
    db.user.findUnique({ where: { email }, select: { id: true, locale: true } }),

  /** A person without a password: they choose one through the link they are sent. */
  createUser: (tx: Tx, data: { email: string; name: string; installationAdmin: boolean }) =>
    tx.user.create({ data, select: { id: true, locale: true } }),

  createAdministrator: (tx: Tx, userId: string, organisationId: string) =>
    tx.membership.create({
      // Gives access once the administrator accepts their link.
      data: { userId, organisationId, roles: ['ADMINISTRATOR'], joinedAt: null },
      select: { id: true, userId: true, organisationId: true, roles: true },
    }),
};
