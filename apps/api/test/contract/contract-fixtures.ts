import type { Database } from '../../src/db/database';

/** Contracts are written straight to the database for set-up; the API is what the tests exercise. */
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export async function aSupplier(db: Database, name: string) {
  return db.prisma.supplier.create({ data: { name } });
}

export async function aContract(
  db: Database,
  organisationId: string,
  data: {
    name: string;
    supplierId?: string;
    purchaseForm?: 'EU_TENDER' | 'MINI_TENDER' | 'DIRECT_AWARD' | 'FRAMEWORK_CALL_OFF' | 'OTHER';
    start: string;
    end?: string | null;
    noticeMonths?: number | null;
    options?: number[];
    yearly?: number;
    unitId?: string;
    usageIds?: string[];
    ownerUserId?: string;
    managerUserId?: string;
    indexationPercent?: number;
    criticality?: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
  },
) {
  return db.prisma.contract.create({
    data: {
      organisationId,
      name: data.name,
      supplierId: data.supplierId,
      purchaseForm: data.purchaseForm ?? 'OTHER',
      criticality: data.criticality ?? 'MEDIUM',
      startDate: day(data.start),
      endDate: data.end ? day(data.end) : null,
      noticePeriodMonths: data.noticeMonths ?? null,
      ownerUserId: data.ownerUserId,
      managerUserId: data.managerUserId,
      indexationPercent: data.indexationPercent ?? 0,
      options: { create: (data.options ?? []).map((months, i) => ({ ordinal: i + 1, months })) },
      economyLines: data.yearly
        ? { create: [{ kind: 'YEARLY_OPERATION', amount: data.yearly, unitId: data.unitId ?? null }] }
        : undefined,
      coverage: { create: (data.usageIds ?? []).map((usageId) => ({ usageId })) },
    },
  });
}
