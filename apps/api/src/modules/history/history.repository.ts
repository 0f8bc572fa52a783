import type { AuditLogFilter } from '@overblik/domain';
import { Prisma, type PrismaClient } from '@prisma/client';

export interface AuditRow {
  id: bigint;
  userId: string | null;
  /** Set when the change was made with an API token (ADR 0026). */
  apiTokenId: string | null;
  at: Date;
  action: string;
  entityType: string;
  entityId: string;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
}

export const historyRepository = {
  /**
   * The organisation's audit entries of one record, and of its child rows: rows whose snapshot
   * names the record under `parentKey` (a usage's data-source edges, a project's benefits) or as
   * the `subjectId` of an external reference kept on it.
   */
  entriesOf(
    prisma: PrismaClient,
    organisationId: string,
    entityType: string,
    entityId: string,
    parentKey: string,
    childTypes: readonly string[] | null,
    take: number,
  ): Promise<AuditRow[]> {
    const children = childTypes ? Prisma.sql`"entityType" IN (${Prisma.join(childTypes)})` : Prisma.sql`TRUE`;
    return prisma.$queryRaw<AuditRow[]>`
      SELECT id, "userId", "apiTokenId", at, action, "entityType", "entityId", before, after
        FROM "AuditEntry"
       WHERE "organisationId" = ${organisationId}::uuid
         AND (("entityType" = ${entityType} AND "entityId" = ${entityId})
              OR (${children} AND (after ->> ${parentKey} = ${entityId} OR before ->> ${parentKey} = ${entityId}))
              OR after ->> 'subjectId' = ${entityId} OR before ->> 'subjectId' = ${entityId})
       ORDER BY id DESC
       LIMIT ${take}`;
  },

  /** A page of the organisation's audit log, newest first, and how many entries the filter matches. */
  async log(
    prisma: PrismaClient,
    organisationId: string,
    filter: AuditLogFilter,
    page: { skip: number; take: number },
  ): Promise<{ rows: AuditRow[]; totalCount: number }> {
    // Days are Copenhagen calendar days: local midnight, as the UTC time `at` is stored in.
    const day = (d: string) =>
      Prisma.sql`((${d}::date::timestamp) AT TIME ZONE 'Europe/Copenhagen') AT TIME ZONE 'UTC'`;
    const where = Prisma.join(
      [
        Prisma.sql`"organisationId" = ${organisationId}::uuid`,
        ...(filter.entityType ? [Prisma.sql`"entityType" = ${filter.entityType}`] : []),
        ...(filter.userId ? [Prisma.sql`"userId" = ${filter.userId}::uuid`] : []),
        ...(filter.action ? [Prisma.sql`action = ${filter.action}`] : []),
        ...(filter.from ? [Prisma.sql`at >= ${day(filter.from)}`] : []),
        ...(filter.to ? [Prisma.sql`at < ${day(filter.to)} + interval '1 day'`] : []),
      ],
      ' AND ',
    );
    const [rows, [{ count }]] = await Promise.all([
      prisma.$queryRaw<AuditRow[]>`
        SELECT id, "userId", "apiTokenId", at, action, "entityType", "entityId", before, after
          FROM "AuditEntry" WHERE ${where} ORDER BY id DESC OFFSET ${page.skip} LIMIT ${page.take}`,
      prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM "AuditEntry" WHERE ${where}`,
    ]);
    return { rows, totalCount: Number(count) };
  },

  /** The entity types the organisation's log holds, for its filter. */
  async entityTypes(prisma: PrismaClient, organisationId: string): Promise<string[]> {
    const rows = await prisma.$queryRaw<{ entityType: string }[]>`
      SELECT DISTINCT "entityType" FROM "AuditEntry" WHERE "organisationId" = ${organisationId}::uuid ORDER BY 1`;
    return rows.map((r) => r.entityType);
  },

  async userNames(prisma: PrismaClient, ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const users = await prisma.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true },
    });
    return new Map(users.map((u) => [u.id, u.name]));
  },

  async apiTokenNames(prisma: PrismaClient, ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const tokens = await prisma.apiToken.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true },
    });
    return new Map(tokens.map((t) => [t.id, t.name]));
  },
};
