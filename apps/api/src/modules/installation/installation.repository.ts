import type { OrganisationType } from '@prisma/client';
import type { Db, Tx } from '../../db/handles';

type Handle = Db | Tx;

export const installationRepository = {
  organisationCount: (db: Handle) => db.organisation.count(),

  /** Every organisation with its number of people who can sign in (accepted, not deactivated). */
  organisations: async (db: Handle) => {
    const [rows, members] = await Promise.all([
      db.organisation.findMany({
        select: { id: true, name: true, slug: true, cvr: true, type: true, createdAt: true },
      }),
      db.membership.groupBy({
        by: ['organisationId'],
        where: { joinedAt: { not: null }, deactivatedAt: null },
        _count: { _all: true },
      }),
    ]);
    const count = new Map(members.map((m) => [m.organisationId, m._count._all]));
    // Danish order (Æ, Ø, Å last), whatever the database's collation.
    return rows
      .map((r) => ({ ...r, memberCount: count.get(r.id) ?? 0 }))
      .sort((a, b) => a.name.localeCompare(b.name, 'da'));
  },

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
