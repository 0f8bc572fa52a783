import type { Context } from '../../context';
import { memberOrganisationIds, requirePermission, requireViewer } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { assertId, invalid, notFound } from '../../shared/errors';
import { isoDate } from '../../shared/scalars';
import { inTransaction } from '../../shared/versioned';
import { runContractAlerts } from './contract-alert.job';
import { contractNoticeKind, contractNoticeText } from './notification-messages';
import { notificationRepository as repo } from './notification.repository';

const MAX_SNOOZE_DAYS = 366;

type NoticeRow = Awaited<ReturnType<typeof repo.forViewer>>[number];

/**
 * Notices as answered: a contract alert is worded again in the viewer's language from its contract
 * (stored text stays as e-mailed); a notice whose contract is gone, or of another kind, as stored.
 */
async function toNodes(ctx: Context, rows: NoticeRow[]) {
  const isAlert = (n: NoticeRow) =>
    n.subjectType === 'Contract' && contractNoticeKind(n.kind) !== null && n.dueDate !== null;
  const ids = [...new Set(rows.filter(isAlert).map((n) => n.subjectId))];
  // Only contracts the viewer may still see: a notice from an organisation left keeps its stored words.
  const contracts = new Map(
    (ids.length ? await repo.noticeContracts(ctx.prisma, memberOrganisationIds(ctx), ids) : []).map((c) => [
      c.id,
      c,
    ]),
  );
  return rows.map((row) => {
    const node = { ...row, dueDate: isoDate(row.dueDate) };
    const contract = contracts.get(row.subjectId);
    const kind = contractNoticeKind(row.kind);
    if (!isAlert(row) || !contract || !kind || !node.dueDate) return node;
    const text = contractNoticeText(ctx.locale, kind, {
      contract: contract.name,
      supplier: contract.supplier?.name ?? null,
      dueDate: node.dueDate,
    });
    return { ...node, ...text };
  });
}

/** Notifications are personal: every read and change is limited to the viewer's own rows. */
async function changeOwn(ctx: Context, id: string, data: { readAt?: Date; snoozedUntil?: Date | null }) {
  const viewer = requireViewer(ctx);
  assertId(id, 'Notification');
  const after = await inTransaction(ctx, async (tx) => {
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
    return after;
  });
  return (await toNodes(ctx, [after]))[0];
}

export const notificationService = {
  async list(ctx: Context, unreadOnly: boolean) {
    const viewer = requireViewer(ctx);
    return toNodes(ctx, await repo.forViewer(ctx.prisma, viewer.id, new Date(), unreadOnly));
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
