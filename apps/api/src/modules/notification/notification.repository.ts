import type { Prisma, PrismaClient } from '@prisma/client';
import type { Tx } from '../../shared/audit';
import { contractListSelect } from '../contract/contract.repository';

type Db = PrismaClient | Tx;

const alertContractSelect = {
  ...contractListSelect,
  coverage: { select: { usage: { select: { ownerUserId: true, lifecycle: true } } } },
} satisfies Prisma.ContractSelect;

export type AlertContractRow = Prisma.ContractGetPayload<{ select: typeof alertContractSelect }>;

const notificationSelect = {
  id: true,
  organisationId: true,
  kind: true,
  subjectType: true,
  subjectId: true,
  title: true,
  body: true,
  dueDate: true,
  readAt: true,
  snoozedUntil: true,
  createdAt: true,
} satisfies Prisma.NotificationSelect;

/** Visible to its user now: not snoozed, or the snooze has run out. */
const awake = (now: Date): Prisma.NotificationWhereInput => ({
  OR: [{ snoozedUntil: null }, { snoozedUntil: { lte: now } }],
});

export const notificationRepository = {
  /** Everything the alert job reads, in four queries whatever the number of contracts. */
  async alertInputs(db: Db, organisationIds: string[] | null) {
    const inOrgs = organisationIds ? { organisationId: { in: organisationIds } } : {};
    const [contracts, organisations, memberships] = await Promise.all([
      db.contract.findMany({ where: inOrgs, select: alertContractSelect, orderBy: { id: 'asc' } }),
      db.organisation.findMany({
        where: organisationIds ? { id: { in: organisationIds } } : {},
        select: { id: true, settings: true },
      }),
      // Filtered in memory: an enum-array `has` filter fails through the PGlite adapter.
      db.membership.findMany({ where: inOrgs, select: { organisationId: true, userId: true, roles: true } }),
    ]);
    const managers = memberships.filter((m) => m.roles.includes('CONTRACT_MANAGER'));
    return { contracts, organisations, managers };
  },

  users: (db: Db, ids: string[]) =>
    db.user.findMany({
      where: { id: { in: ids }, disabled: false },
      select: { id: true, email: true, locale: true },
    }),

  insertMany: (db: Db, rows: Prisma.NotificationCreateManyInput[]) =>
    db.notification.createMany({ data: rows, skipDuplicates: true }),

  /** Notices not yet e-mailed from the last week (a failed send is retried by the next run). */
  unsent: (db: Db, since: Date, organisationIds: string[] | null) =>
    db.notification.findMany({
      where: {
        emailedAt: null,
        subjectType: 'Contract',
        createdAt: { gte: since },
        ...(organisationIds ? { organisationId: { in: organisationIds } } : {}),
      },
      select: { id: true, userId: true, title: true, body: true },
      orderBy: { createdAt: 'asc' },
    }),

  /** The contracts notices are about, with what their text names: one query for a whole list. */
  noticeContracts: (db: Db, organisationIds: string[], ids: string[]) =>
    db.contract.findMany({
      where: { id: { in: ids }, organisationId: { in: organisationIds } },
      select: { id: true, name: true, supplier: { select: { name: true } } },
    }),

  markEmailed: (db: Db, id: string, at: Date) =>
    db.notification.update({ where: { id }, data: { emailedAt: at }, select: { id: true } }),

  forViewer: (db: Db, userId: string, now: Date, unreadOnly: boolean) =>
    db.notification.findMany({
      where: { userId, AND: [awake(now)], ...(unreadOnly ? { readAt: null } : {}) },
      select: notificationSelect,
      orderBy: [
        { readAt: { sort: 'desc', nulls: 'first' } },
        { dueDate: { sort: 'asc', nulls: 'last' } },
        { id: 'asc' },
      ],
      take: 200,
    }),

  unreadCount: (db: Db, userId: string, now: Date) =>
    db.notification.count({ where: { userId, readAt: null, AND: [awake(now)] } }),

  own: (db: Db, userId: string, id: string) =>
    db.notification.findFirst({ where: { id, userId }, select: notificationSelect }),

  update: (db: Db, id: string, data: Prisma.NotificationUpdateInput) =>
    db.notification.update({ where: { id }, data, select: notificationSelect }),
};
