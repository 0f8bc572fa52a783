import type { PrismaClient } from '@prisma/client';

export const authRepository = {
  findUserByEmail: (prisma: PrismaClient, email: string) =>
    prisma.user.findUnique({
      where: { email },
      select: { id: true, passwordHash: true, disabled: true },
    }),

  viewerById: (prisma: PrismaClient, id: string) =>
    prisma.user.findUniqueOrThrow({
      where: { id },
      select: {
        id: true,
        name: true,
        email: true,
        locale: true,
        memberships: {
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
};
