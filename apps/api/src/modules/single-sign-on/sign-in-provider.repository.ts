import type { Prisma, PrismaClient, Role, SignInProviderKind } from '@prisma/client';
import type { Tx } from '../../db/handles';

type Db = PrismaClient | Tx;

/** The row with its sealed secret: services strip it (`withoutSecret`) before it goes anywhere else. */
export const providerSelect = {
  id: true,
  organisationId: true,
  kind: true,
  name: true,
  enabled: true,
  settings: true,
  allowedDomains: true,
  roleClaim: true,
  roleMapping: true,
  newUserRole: true,
  lastSignInAt: true,
  version: true,
  secretEncrypted: true,
} as const;

export type ProviderRow = Prisma.SignInProviderGetPayload<{ select: typeof providerSelect }>;

/** The row as audit entries and answers may show it: whether a secret is stored, never the secret. */
export const withoutSecret = ({ secretEncrypted, ...row }: ProviderRow) => ({
  ...row,
  hasSecret: secretEncrypted !== null,
});

export interface ProviderData {
  name: string;
  allowedDomains: string[];
  roleClaim: string;
  roleMapping: Prisma.InputJsonValue;
  newUserRole: Role | null;
  settings: Prisma.InputJsonValue;
}

export const signInProviderRepository = {
  list: (db: Db, organisationId: string) =>
    db.signInProvider.findMany({
      where: { organisationId },
      select: providerSelect,
      orderBy: [{ name: 'asc' }, { createdAt: 'asc' }],
    }),

  /** Read by id within the organisation only: another organisation's id reads nothing. */
  find: (db: Db, organisationId: string, id: string) =>
    db.signInProvider.findFirst({ where: { id, organisationId }, select: providerSelect }),

  /** For the sign-in routes, which have no organisation yet: the provider and its organisation's name. */
  findForSignIn: (db: Db, id: string) =>
    db.signInProvider.findUnique({
      where: { id },
      select: { ...providerSelect, organisation: { select: { name: true } } },
    }),

  create: (
    db: Db,
    organisationId: string,
    id: string,
    kind: SignInProviderKind,
    data: ProviderData,
    secretEncrypted: string | null,
  ) =>
    db.signInProvider.create({
      data: { id, organisationId, kind, ...data, secretEncrypted },
      select: providerSelect,
    }),

  /** `secretEncrypted` undefined keeps the stored secret. */
  update: (
    db: Db,
    organisationId: string,
    id: string,
    version: number,
    data: Partial<ProviderData> & { enabled?: boolean; secretEncrypted?: string | null },
  ) =>
    db.signInProvider.updateMany({
      where: { id, organisationId, version },
      data: { ...data, version: { increment: 1 } },
    }),

  delete: (db: Db, organisationId: string, id: string, version: number) =>
    db.signInProvider.deleteMany({ where: { id, organisationId, version } }),

  /** Enabled providers of every organisation, for the sign-in page's buttons. */
  enabled: (db: Db) =>
    db.signInProvider.findMany({
      where: { enabled: true },
      select: { id: true, kind: true, name: true, organisation: { select: { name: true } } },
      orderBy: [{ organisation: { name: 'asc' } }, { name: 'asc' }],
    }),
};
