import type { MigrationDependent } from '@overblik/domain';
import { Prisma, type PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

interface RawDependentRow {
  contractId: string;
  kind: MigrationDependent['kind'];
  id: string;
  name: string;
  migrationMonths: number | null;
}

export const contractMigrationRepository = {
  /**
   * What depends on each contract for the migration rule: the usages it covers and the integrations
   * tied to it, with their own migration months (null = the organisation's default). Reads the given
   * contracts of the given organisations, or every contract of them when `contractIds` is null. One
   * statement for any number of contracts, so scheduling a page never queries per contract.
   */
  async dependents(
    db: Db,
    organisationIds: string[],
    contractIds: string[] | null,
  ): Promise<Map<string, MigrationDependent[]>> {
    const byContract = new Map<string, MigrationDependent[]>();
    if (!organisationIds.length || contractIds?.length === 0) return byContract;
    const onlyContracts = (column: Prisma.Sql) =>
      contractIds ? Prisma.sql`AND ${column} = ANY(${contractIds}::uuid[])` : Prisma.empty;
    const rows = await db.$queryRaw<RawDependentRow[]>`
      SELECT cc."contractId"::text AS "contractId", 'SYSTEM_USAGE' AS kind, u.id::text AS id,
        COALESCE(u."localName", s.name) AS name, u."migrationMonths"
      FROM "ContractCoverage" cc
      JOIN "SystemUsage" u ON u.id = cc."usageId"
      JOIN "ItSystem" s ON s.id = u."systemId"
      WHERE u."organisationId" = ANY(${organisationIds}::uuid[]) ${onlyContracts(Prisma.sql`cc."contractId"`)}
      UNION ALL
      SELECT i."contractId"::text, 'INTEGRATION', i.id::text,
        COALESCE(fu."localName", fs.name) || ' → ' || COALESCE(tu."localName", ts.name), i."migrationMonths"
      FROM "Integration" i
      JOIN "SystemUsage" fu ON fu.id = i."fromUsageId"
      JOIN "ItSystem" fs ON fs.id = fu."systemId"
      JOIN "SystemUsage" tu ON tu.id = i."toUsageId"
      JOIN "ItSystem" ts ON ts.id = tu."systemId"
      WHERE i."organisationId" = ANY(${organisationIds}::uuid[]) AND i."contractId" IS NOT NULL
        ${onlyContracts(Prisma.sql`i."contractId"`)}`;
    for (const { contractId, ...dependent } of rows) {
      const list = byContract.get(contractId) ?? [];
      list.push({ ...dependent, migrationMonths: dependent.migrationMonths ?? null });
      byContract.set(contractId, list);
    }
    return byContract;
  },
};
