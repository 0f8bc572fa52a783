import type { Database } from '../../src/db/database';

/** Set-up helpers for benefit tests; they bypass the API like anOrganisation does. */
export async function aProject(
  db: Database,
  organisationId: string,
  name: string,
  extra: { leadUserId?: string; ownerUserId?: string; strategyIds?: string[]; businessCase?: boolean } = {},
) {
  const project = await db.prisma.project.create({
    data: {
      organisationId,
      name,
      rankKey: `a${Math.random().toString(36).slice(2, 8)}`,
      leadUserId: extra.leadUserId ?? null,
      ownerUserId: extra.ownerUserId ?? null,
    },
  });
  for (const strategyId of extra.strategyIds ?? []) {
    await db.prisma.projectStrategy.create({ data: { projectId: project.id, strategyId } });
  }
  if (extra.businessCase) {
    await db.prisma.businessCaseLine.create({
      data: { projectId: project.id, kind: 'YEARLY_BENEFIT', amount: 100_000 },
    });
  }
  return project;
}

export const aStrategy = (db: Database, organisationId: string, name: string) =>
  db.prisma.strategy.create({ data: { organisationId, name } });

/** A benefit row straight in the database, with optional profile points and measurements. */
export async function aBenefitRow(
  db: Database,
  data: {
    organisationId: string;
    title: string;
    type?: 'ECONOMIC_KR' | 'ECONOMIC_FTE' | 'QUALITATIVE' | 'DISBENEFIT';
    projectId?: string | null;
    cashable?: boolean;
    baseline?: number | null;
    target?: number | null;
    direction?: 'INCREASE' | 'DECREASE';
    dueDate?: string | null;
    responsibleUserId?: string | null;
    accountableUserId?: string | null;
    harvestingUnitId?: string | null;
    verification?: 'NONE' | 'USAGE_RETIRED' | 'CONTRACT_ENDED' | 'COPY_REGISTER_REPLACED';
    verificationUsageId?: string;
    verificationContractId?: string;
    verificationEdgeId?: string;
    profile?: [string, number][];
    measurements?: [string, number][];
  },
) {
  const { profile = [], measurements = [], dueDate, ...rest } = data;
  const benefit = await db.prisma.benefit.create({
    data: {
      type: 'ECONOMIC_KR',
      ...rest,
      dueDate: dueDate ? new Date(`${dueDate}T00:00:00Z`) : null,
    },
  });
  for (const [date, plannedValue] of profile) {
    await db.prisma.benefitProfilePoint.create({
      data: { benefitId: benefit.id, date: new Date(`${date}T00:00:00Z`), plannedValue },
    });
  }
  for (const [date, value] of measurements) {
    await db.prisma.benefitMeasurement.create({
      data: { benefitId: benefit.id, measuredOn: new Date(`${date}T00:00:00Z`), value },
    });
  }
  return benefit;
}
