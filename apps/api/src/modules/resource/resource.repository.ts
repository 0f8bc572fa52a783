import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

const personInclude = {
  competencies: { select: { competency: true } },
} satisfies Prisma.PersonInclude;

export const resourceRepository = {
  people: (db: Db, organisationId: string) =>
    db.person.findMany({
      where: { organisationId },
      include: personInclude,
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
    }),

  person: (db: Db, organisationId: string, id: string) =>
    db.person.findFirst({ where: { id, organisationId }, include: personInclude }),

  createPerson: (db: Db, data: Prisma.PersonUncheckedCreateInput, competencyIds: string[]) =>
    db.person.create({
      data: { ...data, competencies: { create: competencyIds.map((competencyId) => ({ competencyId })) } },
      include: personInclude,
    }),

  updatePerson: async (
    db: Db,
    id: string,
    version: number,
    data: Prisma.PersonUncheckedUpdateManyInput,
    competencyIds: string[],
  ) => {
    const result = await db.person.updateMany({
      where: { id, version },
      data: { ...data, version: { increment: 1 } },
    });
    if (result.count) {
      await db.personCompetency.deleteMany({ where: { personId: id } });
      await db.personCompetency.createMany({
        data: competencyIds.map((competencyId) => ({ personId: id, competencyId })),
      });
    }
    return result;
  },

  deletePerson: (db: Db, id: string, version: number) => db.person.deleteMany({ where: { id, version } }),

  competencies: (db: Db, organisationId: string) =>
    db.competency.findMany({ where: { organisationId }, orderBy: { name: 'asc' } }),

  countCompetencies: (db: Db, organisationId: string, ids: string[]) =>
    db.competency.count({ where: { organisationId, id: { in: ids } } }),

  createCompetency: (db: Db, organisationId: string, name: string) =>
    db.competency.create({ data: { organisationId, name } }),

  competency: (db: Db, organisationId: string, id: string) =>
    db.competency.findFirst({ where: { id, organisationId } }),

  updateCompetency: (db: Db, id: string, version: number, name: string) =>
    db.competency.updateMany({ where: { id, version }, data: { name, version: { increment: 1 } } }),

  units: (db: Db, organisationId: string) =>
    db.unit.findMany({ where: { organisationId }, select: { id: true, name: true } }),

  allocations: (
    db: Db,
    organisationId: string,
    filter: { projectId?: string | null; quarters?: string[] | null },
  ) =>
    db.allocation.findMany({
      where: {
        person: { organisationId },
        ...(filter.projectId ? { projectId: filter.projectId } : {}),
        ...(filter.quarters?.length ? { quarter: { in: filter.quarters } } : {}),
      },
      orderBy: [{ quarter: 'asc' }, { id: 'asc' }],
    }),

  allocation: (db: Db, organisationId: string, id: string) =>
    db.allocation.findFirst({ where: { id, person: { organisationId } } }),

  createAllocation: (db: Db, data: Prisma.AllocationUncheckedCreateInput) => db.allocation.create({ data }),

  updateAllocation: (db: Db, id: string, version: number, data: Prisma.AllocationUncheckedUpdateManyInput) =>
    db.allocation.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  deleteAllocation: (db: Db, id: string, version: number) =>
    db.allocation.deleteMany({ where: { id, version } }),

  demands: (db: Db, projectId: string) =>
    db.resourceDemand.findMany({
      where: { projectId },
      orderBy: [{ quarter: 'asc' }, { competencyId: 'asc' }],
    }),

  demand: (db: Db, projectId: string, competencyId: string, quarter: string) =>
    db.resourceDemand.findUnique({
      where: { projectId_competencyId_quarter: { projectId, competencyId, quarter } },
    }),

  setDemand: (db: Db, projectId: string, competencyId: string, quarter: string, hoursPerWeek: number) =>
    hoursPerWeek === 0
      ? db.resourceDemand.deleteMany({ where: { projectId, competencyId, quarter } })
      : db.resourceDemand.upsert({
          where: { projectId_competencyId_quarter: { projectId, competencyId, quarter } },
          create: { projectId, competencyId, quarter, hoursPerWeek },
          update: { hoursPerWeek, version: { increment: 1 } },
        }),

  /** Every project of the organisation with the system usages it touches (for synergy). */
  projectSystems: (db: Db, organisationId: string) =>
    db.project.findMany({
      where: { organisationId, status: { in: ['PROPOSED', 'ACTIVE', 'ON_HOLD'] } },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      include: {
        systems: {
          select: {
            usageId: true,
            usage: { select: { capabilities: true, localName: true, system: { select: { name: true } } } },
          },
        },
      },
    }),
};
