import type { PrismaClient } from '@prisma/client';
import DataLoader from 'dataloader';

/**
 * DataLoaders, created fresh for every request (no cross-request cache). Each batches the ids
 * asked for in one tick into one `IN (...)` query, so list queries stay at a bounded number of
 * SQL statements whatever the row count.
 */
function byId<T extends { id: string }>(fetch: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await fetch([...ids]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Groups child rows by a parent key, one query for all parents in the batch. */
export function groupedBy<T, K extends string>(key: (row: T) => K, fetch: (keys: K[]) => Promise<T[]>) {
  return new DataLoader<K, T[]>(async (keys) => {
    const rows = await fetch([...keys]);
    const groups = new Map<K, T[]>();
    for (const row of rows) {
      const k = key(row);
      const list = groups.get(k);
      if (list) list.push(row);
      else groups.set(k, [row]);
    }
    return keys.map((k) => groups.get(k) ?? []);
  });
}

export function createLoaders(prisma: PrismaClient) {
  return {
    user: byId((ids) =>
      prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } }),
    ),
    unit: byId((ids) => prisma.unit.findMany({ where: { id: { in: ids } } })),
    organisation: byId((ids) => prisma.organisation.findMany({ where: { id: { in: ids } } })),
    supplier: byId((ids) => prisma.supplier.findMany({ where: { id: { in: ids } } })),
    system: byId((ids) => prisma.itSystem.findMany({ where: { id: { in: ids } } })),
    /** Catalogue entries by their parent system (KITOS modules), by name. */
    systemChildren: groupedBy(
      (row: { parentSystemId: string | null }) => row.parentSystemId ?? '',
      (parentIds: string[]) =>
        prisma.itSystem.findMany({
          where: { parentSystemId: { in: parentIds } },
          orderBy: [{ name: 'asc' }, { id: 'asc' }],
        }),
    ),
    dataSource: byId((ids) => prisma.dataSource.findMany({ where: { id: { in: ids } } })),
    usage: byId((ids) => prisma.systemUsage.findMany({ where: { id: { in: ids } } })),
    project: byId((ids) => prisma.project.findMany({ where: { id: { in: ids } } })),
    strategy: byId((ids) => prisma.strategy.findMany({ where: { id: { in: ids } } })),
    contract: byId((ids) => prisma.contract.findMany({ where: { id: { in: ids } } })),
    usageInfrastructure: groupedBy(
      (row: { usageId: string }) => row.usageId,
      (usageIds: string[]) =>
        prisma.usageInfrastructure.findMany({
          where: { usageId: { in: usageIds } },
          select: { usageId: true, component: true },
          orderBy: { component: { name: 'asc' } },
        }),
    ),
    usageCapabilities: groupedBy(
      (row: { usageId: string }) => row.usageId,
      (usageIds: string[]) =>
        prisma.usageCapability.findMany({
          where: { usageId: { in: usageIds } },
          select: { usageId: true, capabilityId: true },
        }),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
