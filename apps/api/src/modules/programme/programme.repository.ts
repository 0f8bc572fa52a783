import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

const programmeSelect = {
  id: true,
  organisationId: true,
  name: true,
  description: true,
  leadUserId: true,
  archivedAt: true,
  version: true,
  updatedAt: true,
} satisfies Prisma.ProgrammeSelect;

type Row = Prisma.ProgrammeGetPayload<{ select: typeof programmeSelect }>;

const view = ({ archivedAt, ...row }: Row) => ({ ...row, archived: archivedAt !== null });

export type ProgrammeRow = ReturnType<typeof view>;

/** What the roll-up needs of a programme's projects. */
const rollupProjectSelect = {
  id: true,
  name: true,
  status: true,
  budget: true,
  programmeId: true,
} satisfies Prisma.ProjectSelect;

export const programmeRepository = {
  list: async (db: Db, organisationId: string, includeArchived: boolean) =>
    (
      await db.programme.findMany({
        where: { organisationId, ...(includeArchived ? {} : { archivedAt: null }) },
        select: programmeSelect,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      })
    ).map(view),

  get: async (db: Db, organisationIds: string[], id: string) => {
    const row = await db.programme.findFirst({
      where: { id, organisationId: { in: organisationIds } },
      select: programmeSelect,
    });
    return row ? view(row) : null;
  },

  create: async (db: Db, data: Prisma.ProgrammeUncheckedCreateInput) =>
    view(await db.programme.create({ data, select: programmeSelect })),

  update: (db: Db, id: string, version: number, data: Prisma.ProgrammeUncheckedUpdateManyInput) =>
    db.programme.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  strategies: (db: Db, programmeId: string) =>
    db.strategy.findMany({ where: { programmes: { some: { programmeId } } }, orderBy: { name: 'asc' } }),

  strategyIds: async (db: Db, programmeId: string) =>
    (await db.programmeStrategy.findMany({ where: { programmeId }, select: { strategyId: true } })).map(
      (s) => s.strategyId,
    ),

  replaceStrategies: async (db: Db, programmeId: string, strategyIds: string[]) => {
    await db.programmeStrategy.deleteMany({ where: { programmeId } });
    if (strategyIds.length) {
      await db.programmeStrategy.createMany({
        data: strategyIds.map((strategyId) => ({ programmeId, strategyId })),
      });
    }
  },

  projects: (db: Db, programmeId: string) =>
    db.project.findMany({ where: { programmeId }, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),

  projectIds: async (db: Db, programmeId: string) =>
    (await db.project.findMany({ where: { programmeId }, select: { id: true }, orderBy: { id: 'asc' } })).map(
      (p) => p.id,
    ),

  /** The projects of several programmes, for the roll-ups of a list (one query). */
  rollupProjects: (db: Db, programmeIds: string[]) =>
    db.project.findMany({ where: { programmeId: { in: programmeIds } }, select: rollupProjectSelect }),

  /**
   * Makes exactly `projectIds` the programme's projects: those leaving go to no programme, those
   * joining leave any other. Each moved project's version goes up, as for any change to its row.
   */
  setProjects: async (db: Db, programmeId: string, projectIds: string[]) => {
    await db.project.updateMany({
      where: { programmeId, id: { notIn: projectIds } },
      data: { programmeId: null, version: { increment: 1 } },
    });
    await db.project.updateMany({
      // Not `NOT: { programmeId }`: SQL's NOT (NULL = x) is null, which would skip projects in no programme.
      where: { id: { in: projectIds }, OR: [{ programmeId: null }, { programmeId: { not: programmeId } }] },
      data: { programmeId, version: { increment: 1 } },
    });
  },

  /** How many of the ids exist in the organisation, per kind of reference. */
  async countReferences(
    db: Db,
    organisationId: string,
    refs: { userIds: string[]; strategyIds: string[]; projectIds: string[] },
  ) {
    const count = (ids: string[], fn: () => Promise<number>) => (ids.length ? fn() : Promise.resolve(0));
    const [users, strategies, projects] = await Promise.all([
      count(refs.userIds, () =>
        db.membership.count({ where: { organisationId, userId: { in: refs.userIds } } }),
      ),
      count(refs.strategyIds, () =>
        db.strategy.count({ where: { organisationId, id: { in: refs.strategyIds } } }),
      ),
      count(refs.projectIds, () =>
        db.project.count({ where: { organisationId, id: { in: refs.projectIds } } }),
      ),
    ]);
    return { users, strategies, projects };
  },
};
