import type { PrismaClient } from '@prisma/client';
import type { Tx } from '../../db/handles';

export const authRepository = {
  /**
   * One query, whether or not the e-mail has an account: a known and an unknown e-mail take the same
   * time until the password is checked (ADR 0026).
   */
  findCredentials: (prisma: PrismaClient, email: string) =>
    prisma.user.findUnique({
      where: { email },
      select: { id: true, passwordHash: true, disabled: true, locale: true, installationAdmin: true },
    }),

  /** The memberships a password sign-in may open, read only once the password holds. */
  signInMemberships: (prisma: PrismaClient, userId: string) =>
    prisma.membership.findMany({
      where: { userId, deactivatedAt: null, joinedAt: { not: null } },
      select: {
        organisationId: true,
        organisation: {
          select: {
            passwordSignIn: true,
            signInProviders: {
              where: { enabled: true },
              select: { name: true },
              orderBy: { name: 'asc' },
            },
          },
        },
      },
    }),

  /** The viewer with the memberships their session opens (`organisationIds`; ADR 0027). */
  viewerById: (prisma: PrismaClient, id: string, organisationIds: string[]) =>
    prisma.user.findUniqueOrThrow({
      where: { id },
      select: {
        id: true,
        name: true,
        email: true,
        locale: true,
        installationAdmin: true,
        memberships: {
          where: { deactivatedAt: null, joinedAt: { not: null }, organisationId: { in: organisationIds } },
          select: {
            roles: true,
            organisation: {
              select: { id: true, name: true, slug: true, type: true, municipalityCode: true },
            },
          },
          orderBy: { organisation: { name: 'asc' } },
        },
      },
    }),

  userLocale: (tx: Tx, id: string) => tx.user.findUniqueOrThrow({ where: { id }, select: { locale: true } }),

  setLocale: (tx: Tx, id: string, locale: string) =>
    tx.user.update({ where: { id }, data: { locale, version: { increment: 1 } } }),
};
