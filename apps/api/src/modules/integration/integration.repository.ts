import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';
import { isoDate, num } from '../../shared/scalars';

type Db = PrismaClient | Tx;

const usageName = {
  select: { localName: true, responsibleUnitId: true, system: { select: { name: true } } },
};

export const edgeSelect = {
  id: true,
  organisationId: true,
  usageId: true,
  dataSourceId: true,
  purpose: true,
  access: true,
  volume: true,
  yearlyCost: true,
  channel: true,
  authoritative: true,
  plannedTargetSourceId: true,
  plannedSwitchDate: true,
  switchingCost: true,
  dataTypes: true,
  registerFamilies: true,
  version: true,
  usage: usageName,
  dataSource: { select: { name: true, kind: true } },
} satisfies Prisma.UsageDataSourceSelect;

export const integrationSelect = {
  id: true,
  organisationId: true,
  fromUsageId: true,
  toUsageId: true,
  interfaceId: true,
  data: true,
  direction: true,
  frequency: true,
  contractId: true,
  migrationMonths: true,
  dataTypes: true,
  registerFamilies: true,
  version: true,
  fromUsage: usageName,
  toUsage: usageName,
  interface: { select: { name: true, dataTypes: true, registerFamilies: true } },
} satisfies Prisma.IntegrationSelect;

type EdgeRow = Prisma.UsageDataSourceGetPayload<{ select: typeof edgeSelect }>;
type IntegrationRow = Prisma.IntegrationGetPayload<{ select: typeof integrationSelect }>;

/** Edge row → API projection (names of both ends, numbers and dates). */
export function toEdgeNode(row: EdgeRow) {
  const { usage, dataSource, ...rest } = row;
  return {
    ...rest,
    usageName: usage.localName ?? usage.system.name,
    usageUnitId: usage.responsibleUnitId,
    dataSourceName: dataSource.name,
    dataSourceKind: dataSource.kind,
    yearlyCost: num(row.yearlyCost)!,
    switchingCost: num(row.switchingCost)!,
    plannedSwitchDate: isoDate(row.plannedSwitchDate),
  };
}

export function toIntegrationNode(row: IntegrationRow) {
  const { fromUsage, toUsage, interface: iface, ...rest } = row;
  return {
    ...rest,
    fromUsageName: fromUsage.localName ?? fromUsage.system.name,
    toUsageName: toUsage.localName ?? toUsage.system.name,
    interfaceName: iface?.name ?? null,
    interfaceDataTypes: iface?.dataTypes ?? [],
    interfaceRegisterFamilies: iface?.registerFamilies ?? [],
  };
}

const visible = (organisationIds: string[]) => ({
  OR: [{ visibility: 'SHARED' as const }, { ownerOrganisationId: { in: organisationIds } }],
});

export const integrationRepository = {
  edge: (db: Db, organisationIds: string[], id: string) =>
    db.usageDataSource.findFirst({
      where: { id, organisationId: { in: organisationIds } },
      select: edgeSelect,
    }),

  /** Edges of the given usages, or of the given data sources within one organisation: one query. */
  edgesWhere: (db: Db, where: Prisma.UsageDataSourceWhereInput) =>
    db.usageDataSource.findMany({
      where,
      select: edgeSelect,
      orderBy: [{ usage: { system: { name: 'asc' } } }, { id: 'asc' }],
    }),

  createEdge: (db: Db, data: Prisma.UsageDataSourceUncheckedCreateInput) =>
    db.usageDataSource.create({ data, select: edgeSelect }),

  updateEdge: (db: Db, id: string, version: number, data: Prisma.UsageDataSourceUncheckedUpdateManyInput) =>
    db.usageDataSource.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  deleteEdge: (db: Db, id: string, version: number) =>
    db.usageDataSource.deleteMany({ where: { id, version } }),

  integration: (db: Db, organisationIds: string[], id: string) =>
    db.integration.findFirst({
      where: { id, organisationId: { in: organisationIds } },
      select: integrationSelect,
    }),

  integrationsWhere: (db: Db, where: Prisma.IntegrationWhereInput) =>
    db.integration.findMany({ where, select: integrationSelect, orderBy: { id: 'asc' } }),

  createIntegration: (db: Db, data: Prisma.IntegrationUncheckedCreateInput) =>
    db.integration.create({ data, select: integrationSelect }),

  updateIntegration: (
    db: Db,
    id: string,
    version: number,
    data: Prisma.IntegrationUncheckedUpdateManyInput,
  ) => db.integration.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  deleteIntegration: (db: Db, id: string, version: number) =>
    db.integration.deleteMany({ where: { id, version } }),

  visibleDataSourceCount: (db: Db, organisationIds: string[], ids: string[]) =>
    db.dataSource.count({ where: { id: { in: ids }, ...visible(organisationIds) } }),

  visibleInterface: (db: Db, organisationIds: string[], id: string) =>
    db.interface.count({ where: { id, ...visible(organisationIds) } }),

  contractIn: (db: Db, organisationId: string, id: string) =>
    db.contract.count({ where: { id, organisationId } }),
};
