import type { MigrationDependent, MigrationSummary } from '@overblik/domain';
import { Prisma, type PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

interface RawSummaryRow {
  contractId: string;
  longestOwnMonths: number | null;
  someUseDefault: boolean;
}

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

  /**
   * The same dependents as `dependents`, for every contract of the given organisations, reduced in
   * the database to what the migration months depend on (contractMigrationMonths). Joint-tender
   * discovery needs only the months for every contract of a collaboration; reading each dependent
   * with its name for that was most of its time (23,000 rows for a national collaboration).
   */
  async summaries(db: Db, organisationIds: string[]): Promise<Map<string, MigrationSummary>> {
    if (!organisationIds.length) return new Map();
    const rows = await db.$queryRaw<RawSummaryRow[]>`
      SELECT d."contractId"::text AS "contractId", max(d."migrationMonths") AS "longestOwnMonths",
        bool_or(d."migrationMonths" IS NULL) AS "someUseDefault"
      FROM (
        SELECT cc."contractId", u."migrationMonths"
        FROM "ContractCoverage" cc JOIN "SystemUsage" u ON u.id = cc."usageId"
        WHERE u."organisationId" = ANY(${organisationIds}::uuid[])
        UNION ALL
        SELECT i."contractId", i."migrationMonths" FROM "Integration" i
        WHERE i."organisationId" = ANY(${organisationIds}::uuid[]) AND i."contractId" IS NOT NULL
      ) d
      GROUP BY d."contractId"`;
    return new Map(
      rows.map((r) => [
        r.contractId,
        { longestOwnMonths: r.longestOwnMonths ?? null, someUseDefault: r.someUseDefault },
      ]),
    );
  },
};
