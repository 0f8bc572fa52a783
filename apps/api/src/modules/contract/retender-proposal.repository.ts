import type { PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

const usageName = { localName: true, system: { select: { name: true } } } as const;

export const retenderProposalRepository = {
  /** The covered systems as the as-is: each with its data sources and integrations both ways. */
  coveredLandscape: (db: Db, contractId: string) =>
    db.systemUsage.findMany({
      where: { contracts: { some: { contractId } } },
      select: {
        id: true,
        responsibleUnitId: true,
        ...usageName,
        dataSources: {
          select: { access: true, channel: true, purpose: true, dataSource: { select: { name: true } } },
          orderBy: { dataSource: { name: 'asc' } },
        },
        integrationsOut: {
          select: { data: true, direction: true, toUsage: { select: usageName } },
          orderBy: { id: 'asc' },
        },
        integrationsIn: {
          select: { data: true, direction: true, fromUsage: { select: usageName } },
          orderBy: { id: 'asc' },
        },
      },
      orderBy: [{ system: { name: 'asc' } }, { id: 'asc' }],
    }),

  createProposal: (db: Db, data: { projectId: string; problem: string; asIs: string }) =>
    db.proposal.create({ data: { ...data, status: 'DRAFT' } }),
};

export type CoveredLandscape = Awaited<ReturnType<typeof retenderProposalRepository.coveredLandscape>>;
