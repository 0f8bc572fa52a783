import type { Db } from '../db/handles';

/** Sessions are stored by the hash of their token only. */
export const sessionRepository = {
  create: (db: Db, id: string, userId: string, expiresAt: Date, providerId: string | null) =>
    db.session.create({ data: { id, userId, expiresAt, providerId } }),

  delete: (db: Db, id: string) => db.session.deleteMany({ where: { id } }),

  withUser: (db: Db, id: string) =>
    db.session.findUnique({
      where: { id },
      select: {
        expiresAt: true,
        provider: { select: { organisationId: true, enabled: true } },
        user: {
          select: {
            id: true,
            email: true,
            name: true,
            locale: true,
            disabled: true,
            installationAdmin: true,
            memberships: {
              where: { deactivatedAt: null, joinedAt: { not: null } },
              select: {
                organisationId: true,
                roles: true,
                organisation: { select: { passwordSignIn: true } },
              },
            },
          },
        },
      },
    }),
};
