import { Prisma } from '@prisma/client';
import { USAGE_UUID_TITLE, type KitosSyncKind } from '@overblik/domain';
import type { Db, Tx } from '../../db/handles';

type Handle = Db | Tx;

export type ConnectionRow = Prisma.KitosConnectionGetPayload<object>;
export type ConflictRow = Prisma.KitosSyncConflictGetPayload<object>;

export interface ConnectionData {
  baseUrl: string;
  kitosOrganisationUuid: string;
  nightly: boolean;
  emailEncrypted?: string;
  passwordEncrypted?: string;
}

/** The flag a KITOS deletion leaves on an object, among its read-only KITOS attributes (ADR 0041). */
export const DELETED_TITLE = 'Slettet i KITOS';

const attributes = (json: Prisma.JsonValue): Record<string, string> =>
  json && typeof json === 'object' && !Array.isArray(json)
    ? Object.fromEntries(Object.entries(json).map(([k, v]) => [k, String(v)]))
    : {};

/** The only Prisma code of the KITOS API connector. */
export const kitosSyncRepository = {
  connection: (db: Handle, organisationId: string) =>
    db.kitosConnection.findUnique({ where: { organisationId } }),

  create: (tx: Tx, organisationId: string, data: Required<ConnectionData>) =>
    tx.kitosConnection.create({ data: { organisationId, ...data } }),

  update: (tx: Tx, organisationId: string, version: number, data: ConnectionData) =>
    tx.kitosConnection.updateMany({
      where: { organisationId, version },
      data: { ...data, version: { increment: 1 } },
    }),

  /** The outcome of a run: not an edit of the settings, so no version bump. */
  recordRun: (
    db: Handle,
    organisationId: string,
    data: {
      lastRunAt: Date;
      lastRunResult: object;
      kitosChangedSince?: Date;
      lastSyncedAt?: Date;
    },
  ) =>
    db.kitosConnection.updateMany({
      where: { organisationId },
      data,
    }),

  nightlyOrganisations: async (db: Handle) =>
    (await db.kitosConnection.findMany({ where: { nightly: true }, select: { organisationId: true } })).map(
      (c) => c.organisationId,
    ),

  /** When each object was last changed in Overblik, for the kind's table. */
  async changedAt(db: Handle, kind: KitosSyncKind, ids: string[]): Promise<Map<string, Date>> {
    if (!ids.length) return new Map();
    const where = { where: { id: { in: ids } }, select: { id: true, updatedAt: true } } as const;
    const rows =
      kind === 'UNIT_TEMPLATE'
        ? await db.unit.findMany(where)
        : kind === 'USER_TEMPLATE'
          ? await db.person.findMany(where)
          : kind === 'USAGE_OVERVIEW'
            ? await db.systemUsage.findMany(where)
            : kind === 'CONTRACT_OVERVIEW'
              ? await db.contract.findMany(where)
              : await db.interface.findMany(where);
    return new Map(rows.map((r) => [r.id, r.updatedAt]));
  },

  conflicts: (db: Handle, organisationId: string) =>
    db.kitosSyncConflict.findMany({ where: { organisationId }, orderBy: [{ kind: 'asc' }, { name: 'asc' }] }),

  conflict: (db: Handle, organisationId: string, id: string) =>
    db.kitosSyncConflict.findFirst({ where: { organisationId, id } }),

  deleteConflict: (tx: Tx, organisationId: string, id: string) =>
    tx.kitosSyncConflict.deleteMany({ where: { organisationId, id } }),

  /** A conflict found again replaces the one waiting (KITOS's newer version is what a person decides on). */
  saveConflict: (
    tx: Tx,
    organisationId: string,
    conflict: {
      kind: string;
      kitosUuid: string;
      name: string;
      changes: string[];
      sheet: object;
      overblikChangedAt: Date;
    },
  ) => {
    const c = { ...conflict, sheet: conflict.sheet as Prisma.InputJsonValue };
    return tx.kitosSyncConflict.upsert({
      where: { organisationId_kind_kitosUuid: { organisationId, kind: c.kind, kitosUuid: c.kitosUuid } },
      create: { organisationId, ...c },
      update: c,
    });
  },

  /** The organisation's usages and contracts KITOS knows by these UUIDs, with their attributes. */
  async deletedTargets(db: Handle, organisationId: string, usageUuids: string[], contractUuids: string[]) {
    const [usages, contracts] = await Promise.all([
      usageUuids.length
        ? db.systemUsage.findMany({
            where: {
              organisationId,
              OR: usageUuids.map((u) => ({ kitosAttributes: { path: [USAGE_UUID_TITLE], equals: u } })),
            },
            select: { id: true, kitosAttributes: true },
          })
        : [],
      contractUuids.length
        ? db.contract.findMany({
            where: { organisationId, kitosId: { in: contractUuids } },
            select: { id: true, kitosId: true, kitosAttributes: true },
          })
        : [],
    ]);
    return {
      usages: usages.map((r) => {
        const kitosAttributes = attributes(r.kitosAttributes);
        return { id: r.id, kitosUuid: kitosAttributes[USAGE_UUID_TITLE], kitosAttributes };
      }),
      contracts: contracts.map((r) => ({
        id: r.id,
        kitosUuid: r.kitosId ?? '',
        kitosAttributes: attributes(r.kitosAttributes),
      })),
    };
  },

  setUsageAttributes: (tx: Tx, id: string, kitosAttributes: Record<string, string>) =>
    tx.systemUsage.update({ where: { id }, data: { kitosAttributes, version: { increment: 1 } } }),

  setContractAttributes: (tx: Tx, id: string, kitosAttributes: Record<string, string>) =>
    tx.contract.update({ where: { id }, data: { kitosAttributes, version: { increment: 1 } } }),
};
