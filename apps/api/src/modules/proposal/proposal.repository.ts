import type { Prisma, PrismaClient, ProposalStatus } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

export const proposalRepository = {
  proposal: (db: Db, organisationIds: string[], id: string) =>
    db.proposal.findFirst({
      where: { id, project: { organisationId: { in: organisationIds } } },
      include: { project: { select: { id: true, organisationId: true, ownerUserId: true } } },
    }),

  create: (db: Db, data: Prisma.ProposalUncheckedCreateInput) => db.proposal.create({ data }),

  update: (db: Db, id: string, version: number, data: Prisma.ProposalUncheckedUpdateManyInput) =>
    db.proposal.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  find: (db: Db, id: string) => db.proposal.findUniqueOrThrow({ where: { id } }),

  createDecision: (db: Db, data: Prisma.ProposalDecisionUncheckedCreateInput) =>
    db.proposalDecision.create({ data }),

  /** Sets the project's status with the decision (approved → active, rejected → rejected). */
  setProjectStatus: (db: Db, projectId: string, status: 'ACTIVE' | 'REJECTED') =>
    db.project.update({ where: { id: projectId }, data: { status, version: { increment: 1 } } }),

  forProject: (db: Db, projectId: string) =>
    db.proposal.findMany({ where: { projectId }, orderBy: { createdAt: 'asc' } }),

  latestForProject: (db: Db, projectId: string) =>
    db.proposal.findFirst({ where: { projectId }, orderBy: { createdAt: 'desc' } }),

  decisions: (db: Db, proposalIds: string[]) =>
    db.proposalDecision.findMany({
      where: { proposalId: { in: proposalIds } },
      orderBy: { decidedAt: 'asc' },
    }),

  byStatus: (db: Db, organisationId: string, statuses: ProposalStatus[]) =>
    db.proposal.findMany({
      where: { status: { in: statuses }, project: { organisationId } },
      orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    }),
};
