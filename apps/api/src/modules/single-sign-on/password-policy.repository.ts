import type { PrismaClient } from '@prisma/client';
import type { Tx } from '../../db/handles';

type Db = PrismaClient | Tx;

export const passwordPolicyRepository = {
  policy: (db: Db, organisationId: string) =>
    db.organisation
      .findUniqueOrThrow({
        where: { id: organisationId },
        select: {
          id: true,
          passwordSignIn: true,
          version: true,
          signInProviders: { select: { id: true, name: true, enabled: true, lastSignInAt: true } },
        },
      })
      .then(({ signInProviders, ...org }) => ({ ...org, providers: signInProviders })),

  setPasswordSignIn: (db: Db, organisationId: string, version: number, passwordSignIn: boolean) =>
    db.organisation.updateMany({
      where: { id: organisationId, version },
      data: { passwordSignIn, version: { increment: 1 } },
    }),
};
