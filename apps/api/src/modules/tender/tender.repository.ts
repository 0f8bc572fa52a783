import type { NoticeRule, Prisma, PrismaClient, PurchaseForm } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

/** What joint-tender discovery reads of each contract: terms, match values and yearly cost. */
export interface DiscoveryContractRow {
  id: string;
  organisationId: string;
  name: string;
  supplierId: string | null;
  parentId: string | null;
  startDate: Date;
  endDate: Date | null;
  durationMonths: number | null;
  ongoing: boolean;
  irrevocableUntil: Date | null;
  noticePeriodMonths: number | null;
  noticeRule: NoticeRule;
  terminatedOn: Date | null;
  purchaseForm: PurchaseForm;
  options: { ordinal: number; months: number; exercisedOn: Date | null }[];
  yearlyCost: number;
  systemIds: string[];
  capabilities: string[];
}

type RawDiscoveryRow = Omit<DiscoveryContractRow, 'options' | 'yearlyCost'> & {
  options: { ordinal: number; months: number; exercisedOn: string | null }[];
  yearlyCost: unknown;
};

export const tenderRepository = {
  /** Every collaboration the organisation is in, with all members and what each shares. */
  collaborationsOf: (db: Db, organisationId: string) =>
    db.collaboration.findMany({
      where: { members: { some: { organisationId } } },
      select: {
        id: true,
        name: true,
        members: { select: { organisationId: true, shares: true } },
      },
      orderBy: { name: 'asc' },
    }),

  /**
   * One SQL statement with the options, yearly cost and covered systems aggregated per contract:
   * discovery reads thousands of contracts across a collaboration, and nested relation loading was
   * the bulk of its time (measured: ~150–250 ms for 1,500 contracts against ~20 ms here).
   */
  async discoveryContracts(db: Db, organisationIds: string[]): Promise<DiscoveryContractRow[]> {
    const rows = await db.$queryRaw<RawDiscoveryRow[]>`
      SELECT c.id, c."organisationId", c.name, c."supplierId", c."parentId", c."startDate", c."endDate",
        c."durationMonths", c.ongoing, c."irrevocableUntil", c."noticePeriodMonths", c."noticeRule"::text AS "noticeRule",
        c."terminatedOn", c."purchaseForm"::text AS "purchaseForm",
        COALESCE((SELECT json_agg(json_build_object('ordinal', o.ordinal, 'months', o.months, 'exercisedOn', o."exercisedOn"))
          FROM "ContractOption" o WHERE o."contractId" = c.id), '[]'::json) AS options,
        COALESCE((SELECT sum(e.amount) FROM "ContractEconomyLine" e
          WHERE e."contractId" = c.id AND e.kind = 'YEARLY_OPERATION'), 0)::float8 AS "yearlyCost",
        COALESCE((SELECT array_agg(DISTINCT u."systemId"::text) FROM "ContractCoverage" cc
          JOIN "SystemUsage" u ON u.id = cc."usageId" WHERE cc."contractId" = c.id), '{}') AS "systemIds",
        COALESCE((SELECT array_agg(DISTINCT cap) FROM "ContractCoverage" cc
          JOIN "SystemUsage" u ON u.id = cc."usageId" CROSS JOIN LATERAL unnest(u.capabilities) AS cap
          WHERE cc."contractId" = c.id), '{}') AS capabilities
      FROM "Contract" c
      WHERE c."organisationId" = ANY(${organisationIds}::uuid[])`;
    return rows.map((r) => ({
      ...r,
      yearlyCost: Number(r.yearlyCost),
      options: r.options.map((o) => ({
        ...o,
        exercisedOn: o.exercisedOn ? new Date(`${o.exercisedOn}T00:00:00Z`) : null,
      })),
    }));
  },

  organisations: (db: Db, ids: string[]) =>
    db.organisation.findMany({
      where: { id: { in: ids } },
      select: { id: true, name: true, settings: true },
    }),

  names: async (db: Db, systemIds: string[], supplierIds: string[]) => {
    const [systems, suppliers] = await Promise.all([
      systemIds.length
        ? db.itSystem.findMany({ where: { id: { in: systemIds } }, select: { id: true, name: true } })
        : [],
      supplierIds.length
        ? db.supplier.findMany({ where: { id: { in: supplierIds } }, select: { id: true, name: true } })
        : [],
    ]);
    return new Map([...systems, ...suppliers].map((r) => [r.id, r.name]));
  },

  tenderPlans: (db: Db, collaborationIds: string[]) =>
    db.tenderPlan.findMany({
      where: { collaborationId: { in: collaborationIds } },
      select: {
        id: true,
        collaborationId: true,
        name: true,
        status: true,
        windowStart: true,
        windowEnd: true,
        version: true,
        participants: { select: { organisationId: true, contractId: true } },
      },
      orderBy: [{ windowStart: 'asc' }, { name: 'asc' }],
    }),

  createTenderPlan: (db: Db, data: Prisma.TenderPlanUncheckedCreateInput) =>
    db.tenderPlan.create({ data, select: { id: true } }),
};
