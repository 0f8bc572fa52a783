import type { Prisma, PrismaClient } from '@prisma/client';
import {
  effectivePayload,
  rollUpYearlyCosts,
  type ContractDates,
  type DataSource,
  type LandscapeContract,
  type LandscapeGraph,
  type LandscapeProject,
} from '@overblik/domain';
import type { Tx } from '../../shared/audit';
import { scheduleDates } from '../contract/contract-schedule';
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
  purpose: true,
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

/** The landscape graph of one organisation plus the facts around it that the API shows. */
export interface LoadedLandscape {
  graph: LandscapeGraph;
  contracts: LandscapeContract[];
  /** Computed dates per contract id (validity, notice), for display. */
  contractDates: Map<string, ContractDates>;
  /** Unit id → name, for labelling clusters and affected units. */
  unitNames: Map<string, string>;
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

    // The contract schedule's dates (parent caps, options, notice), the same the contract pages show.
    const contractDates = scheduleDates(contractRows, today);
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
        earliestTermination: dates.earliestTerminationDate,
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
