import type { Role } from '@prisma/client';
import type { Tx } from '../../db/handles';

const membershipSelect = {
  id: true,
  roles: true,
  joinedAt: true,
  deactivatedAt: true,
  deactivatedBySignIn: true,
  version: true,
} as const;

export const provisioningRepository = {
  userWithMembership: (tx: Tx, email: string, organisationId: string) =>
    tx.user.findUnique({
      where: { email },
      select: {
        id: true,
        disabled: true,
        memberships: { where: { organisationId }, select: membershipSelect },
      },
    }),

  organisationSettings: (tx: Tx, organisationId: string) =>
    tx.organisation
      .findUniqueOrThrow({ where: { id: organisationId }, select: { settings: true } })
      .then((o) => o.settings),

  createUser: (tx: Tx, data: { email: string; name: string; locale: string }) =>
    tx.user.create({ data, select: { id: true } }),

  createMembership: (tx: Tx, data: { userId: string; organisationId: string; roles: Role[] }) =>
    tx.membership.create({ data: { ...data, joinedAt: new Date() }, select: membershipSelect }),

  updateMembership: (
    tx: Tx,
    id: string,
    data: { roles?: Role[]; joinedAt?: Date; deactivatedAt?: Date | null; deactivatedBySignIn?: boolean },
  ) =>
    tx.membership.update({
      where: { id },
      data: { ...data, version: { increment: 1 } },
      select: membershipSelect,
    }),

  /** The sessions the organisation's providers opened for the person (password sessions lose the membership by themselves). */
  endProviderSessions: (tx: Tx, userId: string, organisationId: string) =>
    tx.session.deleteMany({ where: { userId, provider: { organisationId } } }),

  markSignedIn: (tx: Tx, providerId: string) =>
    tx.signInProvider.update({
      where: { id: providerId },
      data: { lastSignInAt: new Date() },
      select: { id: true },
    }),
};
