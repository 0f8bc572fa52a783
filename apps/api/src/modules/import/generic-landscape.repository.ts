import type { EdgeSnapshot, IntegrationSnapshot, SystemSnapshot } from '@overblik/domain';
import type { Db, Tx } from '../../db/handles';
import { isoDate, num } from '../../shared/scalars';

type Handle = Db | Tx;

/** Catalogue rows an organisation sees: shared ones and its own local ones (ADR 0006). */
const visibleTo = (organisationId: string) => ({
  OR: [{ visibility: 'SHARED' as const }, { ownerOrganisationId: organisationId }],
});

/** The organisation's usages by the names a file may give them. */
const usageNames = async (db: Handle, organisationId: string) =>
  (
    await db.systemUsage.findMany({
      where: { organisationId },
      select: { id: true, localName: true, system: { select: { name: true } } },
      orderBy: { createdAt: 'asc' },
    })
  ).map((u) => ({ id: u.id, systemName: u.system.name, localName: u.localName }));

/** What the landscape kinds of the generic import plan against: only what the organisation sees. */
export const genericLandscapeRepository = {
  async systemSnapshot(db: Handle, organisationId: string): Promise<SystemSnapshot> {
    const [systems, usages, units, suppliers, members] = await Promise.all([
      db.itSystem.findMany({ where: visibleTo(organisationId), orderBy: { createdAt: 'asc' } }),
      db.systemUsage.findMany({ where: { organisationId } }),
      db.unit.findMany({ where: { organisationId }, select: { id: true, name: true } }),
      db.supplier.findMany({ where: visibleTo(organisationId), select: { id: true, name: true } }),
      db.membership.findMany({
        where: { organisationId },
        select: { user: { select: { id: true, email: true } } },
      }),
    ]);
    return {
      systems: systems.map((s) => ({
        id: s.id,
        name: s.name,
        version: s.version,
        editable: s.ownerOrganisationId === organisationId,
        description: s.description,
        supplierId: s.supplierId,
      })),
      usages: usages.map((u) => ({
        id: u.id,
        systemId: u.systemId,
        version: u.version,
        localName: u.localName,
        responsibleUnitId: u.responsibleUnitId,
        ownerUserId: u.ownerUserId,
        custodianUserId: u.custodianUserId,
        lifecycle: u.lifecycle,
        inUseFrom: isoDate(u.inUseFrom),
        inUseUntil: isoDate(u.inUseUntil),
        hosting: u.hosting,
        userCount: u.userCount,
      })),
      units,
      suppliers,
      members: members.map((m) => ({ userId: m.user.id, email: m.user.email })),
    };
  },

  async edgeSnapshot(db: Handle, organisationId: string): Promise<EdgeSnapshot> {
    const [usages, sources, edges] = await Promise.all([
      usageNames(db, organisationId),
      db.dataSource.findMany({
        where: visibleTo(organisationId),
        select: { id: true, name: true, ownerOrganisationId: true },
        orderBy: { createdAt: 'asc' },
      }),
      db.usageDataSource.findMany({ where: { organisationId } }),
    ]);
    return {
      usages,
      sources: sources.map((s) => ({
        id: s.id,
        name: s.name,
        editable: s.ownerOrganisationId === organisationId,
      })),
      edges: edges.map((e) => ({
        id: e.id,
        version: e.version,
        usageId: e.usageId,
        dataSourceId: e.dataSourceId,
        purpose: e.purpose,
        access: e.access,
        channel: e.channel,
        volume: e.volume,
        yearlyCost: num(e.yearlyCost)!,
        authoritative: e.authoritative,
        plannedTargetSourceId: e.plannedTargetSourceId,
        plannedSwitchDate: isoDate(e.plannedSwitchDate),
        switchingCost: num(e.switchingCost)!,
        dataTypes: e.dataTypes,
        registerFamilies: e.registerFamilies,
      })),
    };
  },

  async integrationSnapshot(db: Handle, organisationId: string): Promise<IntegrationSnapshot> {
    const [usages, interfaces, integrations] = await Promise.all([
      usageNames(db, organisationId),
      db.interface.findMany({
        where: visibleTo(organisationId),
        select: { id: true, name: true, ownerOrganisationId: true },
        orderBy: { createdAt: 'asc' },
      }),
      db.integration.findMany({ where: { organisationId }, orderBy: { createdAt: 'asc' } }),
    ]);
    return {
      usages,
      interfaces: interfaces.map((i) => ({
        id: i.id,
        name: i.name,
        editable: i.ownerOrganisationId === organisationId,
      })),
      integrations: integrations.map((i) => ({
        id: i.id,
        version: i.version,
        fromUsageId: i.fromUsageId,
        toUsageId: i.toUsageId,
        interfaceId: i.interfaceId,
        data: i.data,
        direction: i.direction,
        frequency: i.frequency,
        migrationMonths: i.migrationMonths,
        dataTypes: i.dataTypes,
        registerFamilies: i.registerFamilies,
      })),
    };
  },
};
