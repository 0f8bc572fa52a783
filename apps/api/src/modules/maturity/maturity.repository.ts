import type { MaturityFacts } from '@overblik/domain';
import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

// Proposal statuses a council or board decision leads to.
const DECIDED = ['PREQUALIFIED', 'RETURNED', 'APPROVED', 'REJECTED', 'DEFERRED'] as const;

export const maturityRepository = {
  /**
   * The counts behind every maturity metric, one COUNT query each. Retired usages and rejected
   * projects are left out: nobody is expected to keep governing what is gone or never started.
   */
  async facts(db: Db, organisationId: string): Promise<MaturityFacts> {
    const usages: Prisma.SystemUsageWhereInput = { organisationId, lifecycle: { not: 'RETIRED' } };
    const projects: Prisma.ProjectWhereInput = { organisationId, status: { not: 'REJECTED' } };
    const decided: Prisma.ProposalWhereInput = { project: { organisationId }, status: { in: [...DECIDED] } };
    const benefits: Prisma.BenefitWhereInput = { organisationId };
    const [
      usageCount,
      usagesWithOwner,
      contracts,
      contractsWithEndDate,
      projectCount,
      projectsWithBusinessCase,
      projectsInModel,
      projectsLinkedToStrategy,
      decidedProposals,
      decisionsRecorded,
      benefitCount,
      benefitsWithMeasurements,
      benefitsWithOwner,
      benefitsWithHarvestingUnit,
    ] = await Promise.all([
      db.systemUsage.count({ where: usages }),
      db.systemUsage.count({ where: { ...usages, ownerUserId: { not: null } } }),
      db.contract.count({ where: { organisationId } }),
      // A known end: an end date or a fixed duration; an ongoing contract has none.
      db.contract.count({
        where: {
          organisationId,
          ongoing: false,
          OR: [{ endDate: { not: null } }, { durationMonths: { not: null } }],
        },
      }),
      db.project.count({ where: projects }),
      db.project.count({
        where: {
          ...projects,
          OR: [{ businessCase: { some: {} } }, { artefacts: { some: { kind: 'BUSINESS_CASE' } } }],
        },
      }),
      // Run in the project model: past the idea phase with both an owner and a lead.
      db.project.count({
        where: { ...projects, phase: { not: 'idea' }, ownerUserId: { not: null }, leadUserId: { not: null } },
      }),
      db.project.count({ where: { ...projects, strategies: { some: {} } } }),
      db.proposal.count({ where: decided }),
      // Recorded means a decision row with its reason: who and when are always stored with it.
      db.proposal.count({ where: { ...decided, decisions: { some: { reason: { not: '' } } } } }),
      db.benefit.count({ where: benefits }),
      db.benefit.count({ where: { ...benefits, measurements: { some: {} } } }),
      db.benefit.count({ where: { ...benefits, responsibleUserId: { not: null } } }),
      db.benefit.count({ where: { ...benefits, harvestingUnitId: { not: null } } }),
    ]);
    return {
      usages: usageCount,
      usagesWithOwner,
      contracts,
      contractsWithEndDate,
      projects: projectCount,
      projectsWithBusinessCase,
      projectsInModel,
      projectsLinkedToStrategy,
      decidedProposals,
      decisionsRecorded,
      benefits: benefitCount,
      benefitsWithMeasurements,
      benefitsWithOwner,
      benefitsWithHarvestingUnit,
    };
  },

  steps: (db: Db, organisationId: string) =>
    db.maturityStep.findMany({
      where: { organisationId },
      orderBy: { ordinal: 'asc' },
      select: {
        ordinal: true,
        name: true,
        criteria: {
          select: { id: true, name: true, metric: true, threshold: true },
          orderBy: { name: 'asc' },
        },
      },
    }),

  history: (db: Db, organisationId: string) =>
    db.maturityAssessment.findMany({
      where: { organisationId },
      orderBy: [{ assessedAt: 'asc' }, { id: 'asc' }],
      select: {
        id: true,
        assessedAt: true,
        assessedById: true,
        achievedStep: true,
        answers: true,
        note: true,
      },
    }),

  createAssessment: (db: Db, data: Prisma.MaturityAssessmentUncheckedCreateInput) =>
    db.maturityAssessment.create({ data }),
};
