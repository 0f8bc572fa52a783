import type { Prisma, PrismaClient } from '@prisma/client';

export interface AuditRow {
  id: bigint;
  userId: string | null;
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
   * names the record under `parentKey` (a usage's data-source edges, a project's benefits).
   */
  entriesOf(
    prisma: PrismaClient,
    organisationId: string,
    entityType: string,
    entityId: string,
    parentKey: string,
    take: number,
  ): Promise<AuditRow[]> {
    return prisma.$queryRaw<AuditRow[]>`
      SELECT id, "userId", at, action, "entityType", "entityId", before, after
        FROM "AuditEntry"
       WHERE "organisationId" = ${organisationId}::uuid
         AND (("entityType" = ${entityType} AND "entityId" = ${entityId})
              OR after ->> ${parentKey} = ${entityId} OR before ->> ${parentKey} = ${entityId})
       ORDER BY id DESC
       LIMIT ${take}`;
  },

  async userNames(prisma: PrismaClient, ids: string[]): Promise<Map<string, string>> {
    if (!ids.length) return new Map();
    const users = await prisma.user.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true },
    });
    return new Map(users.map((u) => [u.id, u.name]));
  },
};
