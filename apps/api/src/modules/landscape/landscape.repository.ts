import type { Prisma, PrismaClient } from '@prisma/client';
import {
  computeContractDates,
  effectivePayload,
  rollUpYearlyCosts,
  type ContractDates,
  type DataSource,
  type LandscapeContract,
  type LandscapeGraph,
  type LandscapeProject,
} from '@overblik/domain';
import type { Tx } from '../../shared/audit';
import { isoDate, num } from '../../shared/scalars';

type Db = PrismaClient | Tx;

const usageSelect = {
  id: true,
  organisationId: true,
  localName: true,
  system: { select: { name: true } },
  lifecycle: true,
  inUseUntil: true,
  responsibleUnitId: true,
  capabilities: true,
  taskAreas: true,
} satisfies Prisma.SystemUsageSelect;

const dataEdgeSelect = {
  id: true,
  usageId: true,
  dataSourceId: true,
  channel: true,
  access: true,
  yearlyCost: true,
  authoritative: true,
  plannedTargetSourceId: true,
  plannedSwitchDate: true,
  switchingCost: true,
  dataTypes: true,
  registerFamilies: true,
} satisfies Prisma.UsageDataSourceSelect;

const dataSourceSelect = {
  id: true,
  name: true,
  kind: true,
  registerFamily: true,
  copyOfId: true,
  defaultChannel: true,
  lifecycle: true,
  endsOn: true,
} satisfies Prisma.DataSourceSelect;

const contractSelect = {
  id: true,
  name: true,
  parentId: true,
  startDate: true,
  endDate: true,
  durationMonths: true,
  ongoing: true,
  irrevocableUntil: true,
  noticePeriodMonths: true,
  noticeRule: true,
  terminatedOn: true,
  purchaseForm: true,
  options: { select: { ordinal: true, months: true, exercisedOn: true } },
  coverage: { select: { usageId: true } },
  economyLines: { select: { unitId: true, kind: true, amount: true } },
} satisfies Prisma.ContractSelect;

type ContractRow = Prisma.ContractGetPayload<{ select: typeof contractSelect }>;

/** The landscape graph of one organisation plus the facts around it that the API shows. */
export interface LoadedLandscape {
  graph: LandscapeGraph;
  contracts: LandscapeContract[];
  /** Computed dates per contract id (validity, notice), for display. */
  contractDates: Map<string, ContractDates>;
  /** Unit id → name, for labelling clusters and affected units. */
  unitNames: Map<string, string>;
}

/** Contract dates for every contract, parents before children (a child never outlives its parent). */
export function contractDatesOf(rows: readonly ContractRow[], today: string): Map<string, ContractDates> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const dates = new Map<string, ContractDates>();
  const visit = (row: ContractRow, seen: Set<string>): ContractDates => {
    const known = dates.get(row.id);
    if (known) return known;
    const parentRow = row.parentId ? byId.get(row.parentId) : undefined;
    // A parent cycle in bad data is cut rather than followed forever.
    const parent =
      parentRow && !seen.has(parentRow.id) ? visit(parentRow, new Set(seen).add(row.id)) : undefined;
    const computed = computeContractDates(
      {
        startDate: isoDate(row.startDate)!,
        endDate: isoDate(row.endDate),
        durationMonths: row.durationMonths,
        ongoing: row.ongoing,
        options: row.options.map((o) => ({
          ordinal: o.ordinal,
          months: o.months,
          exercisedOn: isoDate(o.exercisedOn),
        })),
        irrevocableUntil: isoDate(row.irrevocableUntil),
        noticePeriodMonths: row.noticePeriodMonths,
        noticeRule: row.noticeRule,
        terminatedOn: isoDate(row.terminatedOn),
        purchaseForm: row.purchaseForm,
      },
      today,
      parent,
    );
    dates.set(row.id, computed);
    return computed;
  };
  for (const row of rows) visit(row, new Set());
  return dates;
}

export const landscapeRepository = {
  /**
   * The whole landscape of one organisation in one batch of parallel queries (no query per node):
   * its usages and edges, the shared data sources and components they use (plus the authoritative
   * sources their copy registers copy), its contracts with computed end dates and its projects.
   */
  async load(db: Db, organisationId: string, today: string): Promise<LoadedLandscape> {
    const own = { organisationId };
    const [usages, dataEdges, infraEdges, integrations, sources, components, contractRows, projects, units] =
      await Promise.all([
        db.systemUsage.findMany({ where: own, select: usageSelect, orderBy: { id: 'asc' } }),
        db.usageDataSource.findMany({ where: own, select: dataEdgeSelect, orderBy: { id: 'asc' } }),
        db.usageInfrastructure.findMany({
          where: own,
          select: { id: true, usageId: true, componentId: true },
          orderBy: { id: 'asc' },
        }),
        db.integration.findMany({
          where: own,
          select: {
            id: true,
            fromUsageId: true,
            toUsageId: true,
            direction: true,
            data: true,
            contractId: true,
            dataTypes: true,
            registerFamilies: true,
            interface: { select: { name: true, dataTypes: true, registerFamilies: true } },
          },
          orderBy: { id: 'asc' },
        }),
        db.dataSource.findMany({
          where: {
            OR: [
              { edges: { some: own } },
              { plannedTargets: { some: own } },
              { copies: { some: { edges: { some: own } } } },
            ],
          },
          select: dataSourceSelect,
          orderBy: { id: 'asc' },
        }),
        db.infrastructureComponent.findMany({
          where: { usages: { some: own } },
          select: { id: true, name: true, kind: true, lifecycle: true, endsOn: true },
          orderBy: { id: 'asc' },
        }),
        db.contract.findMany({ where: own, select: contractSelect, orderBy: { id: 'asc' } }),
        db.project.findMany({
          where: { ...own, systems: { some: {} } },
          select: { id: true, name: true, systems: { select: { usageId: true } } },
          orderBy: { id: 'asc' },
        }),
        db.unit.findMany({ where: own, select: { id: true, name: true } }),
      ]);

    const contractDates = contractDatesOf(contractRows, today);
    const costs = rollUpYearlyCosts(
      contractRows.flatMap((c) =>
        c.economyLines.map((l) => ({
          contractId: c.id,
          unitId: l.unitId,
          kind: l.kind,
          amount: num(l.amount)!,
        })),
      ),
      contractRows.flatMap((c) => c.coverage.map((cv) => ({ contractId: c.id, usageId: cv.usageId }))),
    );
    const contracts: LandscapeContract[] = contractRows.map((c) => {
      const dates = contractDates.get(c.id)!;
      return {
        id: c.id,
        name: c.name,
        effectiveEnd: dates.currentEnd,
        noticeDate: dates.latestNoticeDate,
        usageIds: c.coverage.map((cv) => cv.usageId),
      };
    });
    const landscapeProjects: LandscapeProject[] = projects.map((p) => ({
      id: p.id,
      name: p.name,
      usageIds: p.systems.map((s) => s.usageId),
    }));

    const graph: LandscapeGraph = {
      usages: usages.map((u) => ({
        id: u.id,
        organisationId: u.organisationId,
        name: u.localName ?? u.system.name,
        lifecycle: u.lifecycle,
        inUseUntil: isoDate(u.inUseUntil),
        responsibleUnitId: u.responsibleUnitId,
        capabilities: u.capabilities,
        taskAreas: u.taskAreas,
        yearlyCost: costs.byUsage[u.id] ?? 0,
      })),
      dataSources: sources.map((s): DataSource => ({ ...s, endsOn: isoDate(s.endsOn) })),
      components: components.map((c) => ({ ...c, endsOn: isoDate(c.endsOn) })),
      dataEdges: dataEdges.map(({ dataTypes, registerFamilies, ...e }) => ({
        ...e,
        payload: { dataTypes, registerFamilies },
        yearlyCost: num(e.yearlyCost)!,
        switchingCost: num(e.switchingCost)!,
        plannedSwitchDate: isoDate(e.plannedSwitchDate),
      })),
      infrastructureEdges: infraEdges,
      integrations: integrations.map((i) => ({
        id: i.id,
        fromUsageId: i.fromUsageId,
        toUsageId: i.toUsageId,
        direction: i.direction,
        interfaceName: i.interface?.name ?? null,
        data: i.data,
        contractId: i.contractId,
        payload: effectivePayload(
          { dataTypes: i.dataTypes, registerFamilies: i.registerFamilies },
          i.interface,
        ),
      })),
      contracts,
      projects: landscapeProjects,
    };
    return { graph, contracts, contractDates, unitNames: new Map(units.map((u) => [u.id, u.name])) };
  },

  /**
   * A fingerprint of everything the landscape is built from: row counts plus the latest change (or a
   * hash of the rows where a table has no timestamps). Any create, update or delete changes it, so a
   * cached landscape is reused only while it is still exact. One statement, index scans per table.
   */
  async fingerprint(db: Db, organisationId: string): Promise<string> {
    const changed = (table: string) =>
      `(SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max("updatedAt")::text, '') FROM "${table}" WHERE "organisationId" = $1::uuid)`;
    const shared = (table: string) =>
      `(SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max("updatedAt")::text, '') FROM "${table}")`;
    const hashed = (table: string, alias: string, key: string, parent: string, parentKey: string) =>
      `(SELECT count(*) || ':' || coalesce(sum(hashtext(${key})), 0) FROM "${table}" ${alias} JOIN "${parent}" p ON p.id = ${alias}."${parentKey}" WHERE p."organisationId" = $1::uuid)`;
    const parts = [
      changed('SystemUsage'),
      changed('UsageDataSource'),
      changed('Integration'),
      changed('Contract'),
      changed('Project'),
      changed('Unit'),
      `(SELECT count(*) || ':' || coalesce(sum(hashtext(id::text)), 0) FROM "UsageInfrastructure" WHERE "organisationId" = $1::uuid)`,
      hashed(
        'ContractOption',
        'o',
        `o.id::text || o.version::text || coalesce(o."exercisedOn"::text, '')`,
        'Contract',
        'contractId',
      ),
      hashed(
        'ContractEconomyLine',
        'l',
        `l.id::text || l.version::text || l.amount::text || l.kind::text`,
        'Contract',
        'contractId',
      ),
      hashed('ContractCoverage', 'v', `v.id::text`, 'Contract', 'contractId'),
      hashed('ProjectSystem', 's', `s."projectId"::text || s."usageId"::text`, 'Project', 'projectId'),
      shared('DataSource'),
      shared('InfrastructureComponent'),
      shared('Interface'),
      shared('ItSystem'),
    ];
    const [row] = await db.$queryRawUnsafe<{ fingerprint: string }[]>(
      `SELECT concat_ws('|', ${parts.join(', ')}) AS fingerprint`,
      organisationId,
    );
    return row.fingerprint;
  },

  /** Whether a catalogue data source or component is visible to the viewer (it may still be unused). */
  async catalogueNodeVisible(
    db: Db,
    kind: 'DATA_SOURCE' | 'INFRASTRUCTURE',
    id: string,
    organisationIds: string[],
  ) {
    const where = {
      id,
      OR: [{ visibility: 'SHARED' as const }, { ownerOrganisationId: { in: organisationIds } }],
    };
    const count =
      kind === 'DATA_SOURCE'
        ? await db.dataSource.count({ where })
        : await db.infrastructureComponent.count({ where });
    return count > 0;
  },
};
