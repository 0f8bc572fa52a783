import type { ApiTokenScope } from '@prisma/client';
import type { Db, Tx } from '../../db/handles';

const listed = {
  id: true,
  name: true,
  scope: true,
  createdAt: true,
  expiresAt: true,
  lastUsedAt: true,
  revokedAt: true,
  version: true,
  createdBy: { select: { name: true } },
} as const;

export const apiTokenRepository = {
  create: (
    tx: Tx,
    data: {
      organisationId: string;
      name: string;
      scope: ApiTokenScope;
      secretHash: string;
      createdById: string;
      expiresAt: Date;
    },
  ) => tx.apiToken.create({ data, select: listed }),

  list: (db: Db, organisationId: string) =>
    db.apiToken.findMany({
      where: { organisationId },
      select: listed,
      orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    }),

  byId: (tx: Tx, organisationId: string, id: string) =>
    tx.apiToken.findFirst({ where: { id, organisationId }, select: listed }),

  revoke: (tx: Tx, id: string, at: Date) =>
    tx.apiToken.updateMany({
      where: { id, revokedAt: null },
      data: { revokedAt: at, version: { increment: 1 } },
    }),

  /** The token a request's secret names, with what its checks need. */
  bySecretHash: (db: Db, secretHash: string) =>
    db.apiToken.findUnique({
      where: { secretHash },
      select: {
        id: true,
        organisationId: true,
        name: true,
        scope: true,
        createdById: true,
        expiresAt: true,
        revokedAt: true,
        lastUsedAt: true,
      },
    }),

  /** Marks the token used unless another request did within the interval: at most one write a minute. */
  touch: (db: Db, id: string, now: Date, notSince: Date) =>
    db.apiToken.updateMany({
      where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: notSince } }] },
      data: { lastUsedAt: now },
    }),
};
