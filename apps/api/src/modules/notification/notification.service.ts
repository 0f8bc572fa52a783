import type { Context } from '../../context';
import { requirePermission, requireViewer } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { assertId, invalid, notFound } from '../../shared/errors';
import { isoDate } from '../../shared/scalars';
import { inTransaction } from '../../shared/versioned';
import { runContractAlerts } from './contract-alert.job';
import { notificationRepository as repo } from './notification.repository';

const MAX_SNOOZE_DAYS = 366;

const toNode = <T extends { dueDate: Date | null }>(row: T) => ({ ...row, dueDate: isoDate(row.dueDate) });

/** Notifications are personal: every read and change is limited to the viewer's own rows. */
async function changeOwn(ctx: Context, id: string, data: { readAt?: Date; snoozedUntil?: Date | null }) {
  const viewer = requireViewer(ctx);
  assertId(id, 'Notification');
  return inTransaction(ctx, async (tx) => {
    const before = await repo.own(tx, viewer.id, id);
    if (!before) throw notFound('Notification');
    const after = await repo.update(tx, id, data);
    await writeAudit(tx, ctx, {
      organisationId: before.organisationId,
      action: 'UPDATE',
      entityType: 'Notification',
      entityId: id,
      before: { readAt: before.readAt, snoozedUntil: before.snoozedUntil },
      after: { readAt: after.readAt, snoozedUntil: after.snoozedUntil },
    });
    return toNode(after);
  });
}

export const notificationService = {
  async list(ctx: Context, unreadOnly: boolean) {
    const viewer = requireViewer(ctx);
    return (await repo.forViewer(ctx.prisma, viewer.id, new Date(), unreadOnly)).map(toNode);
  },

  unreadCount: (ctx: Context) => repo.unreadCount(ctx.prisma, requireViewer(ctx).id, new Date()),

  markRead: (ctx: Context, id: string) => changeOwn(ctx, id, { readAt: new Date() }),

  snooze(ctx: Context, id: string, until: Date) {
    requireViewer(ctx);
    const now = Date.now();
    if (Number.isNaN(until.getTime()) || until.getTime() <= now) {
      throw invalid([{ field: 'until', message: 'field.invalid' }]);
    }
    if (until.getTime() > now + MAX_SNOOZE_DAYS * 86_400_000) {
      throw invalid([{ field: 'until', message: 'field.max', params: { max: MAX_SNOOZE_DAYS } }]);
    }
    return changeOwn(ctx, id, { snoozedUntil: until });
  },

  /** Runs the alert job now for the chosen organisation (administrators and contract managers). */
  async runAlerts(ctx: Context) {
    const { organisationId } = requirePermission(ctx, 'contract.edit');
    const run = await runContractAlerts(ctx.db, ctx.today, {
      organisationIds: [organisationId],
      smtpUrl: process.env.SMTP_URL || null,
    });
    await inTransaction(ctx, (tx) =>
      writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'ContractAlertRun',
        entityId: organisationId,
        after: run,
      }),
    );
    return run;
  },
};
