import type { PrismaClient } from '@prisma/client';
import type { ResponsibilityKind } from '@overblik/domain';
import type { Tx } from '../../shared/audit';

type Db = PrismaClient | Tx;

const people = {
  SYSTEM_USAGE: ['ownerUserId', 'custodianUserId'],
  CONTRACT: ['ownerUserId', 'managerUserId'],
  PROJECT: ['ownerUserId', 'leadUserId'],
  BENEFIT: ['responsibleUserId', 'accountableUserId'],
} as const;

/** The four tables alike: what a hand-over reads and writes on each (its own name field aside). */
interface PeopleTable {
  findFirst(args: { where: object; select: object }): Promise<Record<string, unknown> | null>;
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>;
}
const table = (db: Db, kind: ResponsibilityKind) =>
  ({ SYSTEM_USAGE: db.systemUsage, CONTRACT: db.contract, PROJECT: db.project, BENEFIT: db.benefit })[
    kind
  ] as unknown as PeopleTable;

const peopleSelect = (kind: ResponsibilityKind) => ({
  id: true,
  version: true,
  ...Object.fromEntries(people[kind].map((f) => [f, true])),
});

const heldBy = (kind: ResponsibilityKind, userId: string) => ({
  OR: people[kind].map((f) => ({ [f]: userId })),
});

export const handOverRepository = {
  /** Every record of the organisation the user holds a people field on, in four queries. */
  async held(db: Db, organisationId: string, userId: string) {
    const inOrg = { organisationId };
    const [usages, contracts, projects, benefits] = await Promise.all([
      db.systemUsage.findMany({
        where: { ...inOrg, ...heldBy('SYSTEM_USAGE', userId) },
        select: { ...peopleSelect('SYSTEM_USAGE'), localName: true, system: { select: { name: true } } },
        orderBy: { system: { name: 'asc' } },
      }),
      db.contract.findMany({
        where: { ...inOrg, ...heldBy('CONTRACT', userId) },
        select: { ...peopleSelect('CONTRACT'), name: true },
        orderBy: { name: 'asc' },
      }),
      db.project.findMany({
        where: { ...inOrg, ...heldBy('PROJECT', userId) },
        select: { ...peopleSelect('PROJECT'), name: true },
        orderBy: { name: 'asc' },
      }),
      db.benefit.findMany({
        where: { ...inOrg, ...heldBy('BENEFIT', userId) },
        select: { ...peopleSelect('BENEFIT'), title: true },
        orderBy: { title: 'asc' },
      }),
    ]);
    return { usages, contracts, projects, benefits };
  },

  isMember: async (db: Db, organisationId: string, userId: string) =>
    (await db.membership.count({ where: { organisationId, userId } })) > 0,

  row: (db: Db, kind: ResponsibilityKind, organisationId: string, id: string) =>
    table(db, kind).findFirst({ where: { id, organisationId }, select: peopleSelect(kind) }),

  /** Moves the fields still held by `fromUserId` at `version`; zero rows means stale. */
  move: (
    db: Db,
    kind: ResponsibilityKind,
    row: { organisationId: string; id: string; version: number; fields: string[] },
    fromUserId: string,
    toUserId: string,
  ) =>
    table(db, kind).updateMany({
      where: {
        id: row.id,
        organisationId: row.organisationId,
        version: row.version,
        AND: row.fields.map((f) => ({ [f]: fromUserId })),
      },
      data: { ...Object.fromEntries(row.fields.map((f) => [f, toUserId])), version: { increment: 1 } },
    }),
};
