import {
  alertRecipientIds,
  evaluateContractAlerts,
  type AlertRecipient,
  type ContractAlertInput,
  type IsoDate,
} from '@overblik/domain';
import type { Db } from '../../db/handles';
import { toDbDate } from '../../shared/scalars';
import { scheduleContracts, toTerms, type ContractTermsRow } from '../contract/contract-schedule';
import { contractMigrationRepository as migrationRepo } from '../contract/contract-migration.repository';
import { contractSettings } from '../contract/contract-settings';
import { smtpMailer } from './notification.mailer';
import { contractNoticeText } from './notification-messages';
import { serverLog } from '../../shared/logger';
import { notificationRepository as repo, type AlertContractRow } from './notification.repository';

export interface ContractAlertRun {
  due: number;
  created: number;
  emailed: number;
}

export interface ContractAlertJobOptions {
  /** Limit the run to these organisations (the mutation); null runs for all (the daily job). */
  organisationIds?: string[] | null;
  smtpUrl?: string | null;
}

const EMAIL_RETRY_DAYS = 7;
const STILL_RUNNING = new Set(['IN_USE', 'PHASING_OUT']);

/** The role holders of a contract in the groups the organisation sends alerts to (its settings). */
function roleHolders(
  contract: AlertContractRow,
  managers: string[],
  groups: readonly AlertRecipient[],
): string[] {
  return alertRecipientIds(groups, {
    contractOwnerId: contract.ownerUserId,
    contractManagerId: contract.managerUserId,
    systemOwnerIds: contract.coverage.map((c) => c.usage.ownerUserId),
    contractManagerRoleIds: managers,
  });
}

/**
 * The rule-based contract alert job: evaluates every contract's notices as of `today` and stores
 * one Notification per user and dedupe key. The store's unique (userId, dedupeKey) with
 * skipDuplicates makes a rerun (or two servers running at once) write nothing new.
 * With SMTP configured, notices not yet e-mailed are sent and stamped with emailedAt.
 */
export async function runContractAlerts(
  db: { prisma: Db },
  today: IsoDate,
  options: ContractAlertJobOptions = {},
): Promise<ContractAlertRun> {
  const organisationIds = options.organisationIds ?? null;
  const { contracts, organisations, managers } = await repo.alertInputs(db.prisma, organisationIds);
  const dependents = await migrationRepo.dependents(
    db.prisma,
    organisations.map((o) => o.id),
    contracts.map((c) => c.id),
  );
  const managersByOrg = new Map<string, string[]>();
  for (const m of managers)
    managersByOrg.set(m.organisationId, [...(managersByOrg.get(m.organisationId) ?? []), m.userId]);
  const byId = new Map(contracts.map((c) => [c.id, c]));

  const notices = [];
  for (const org of organisations) {
    const settings = contractSettings(org.settings);
    const own = contracts.filter((c) => c.organisationId === org.id);
    const schedule = scheduleContracts(
      new Map<string, ContractTermsRow>(own.map((c) => [c.id, c])),
      settings,
      today,
      { dependents },
    );
    const orgInputs = own.map((c) => {
      const s = schedule.get(c.id)!;
      return {
        id: c.id,
        terms: toTerms(c),
        dates: s.dates,
        decisionDate: s.decisionDate,
        coveredUsagesInUse: c.coverage.filter((u) => STILL_RUNNING.has(u.usage.lifecycle)).length,
        roleHolderUserIds: roleHolders(c, managersByOrg.get(org.id) ?? [], settings.alertRecipients),
      } satisfies ContractAlertInput;
    });
    notices.push(
      ...evaluateContractAlerts(orgInputs, today, {
        horizonMonths: settings.alertHorizonMonths,
        noticeWarningDays: settings.noticeWarningDays,
      }),
    );
  }

  const users = new Map(
    (await repo.users(db.prisma, [...new Set(notices.map((n) => n.userId))])).map((u) => [u.id, u]),
  );
  const rows = notices
    .filter((n) => users.has(n.userId))
    .map((n) => {
      const contract = byId.get(n.contractId)!;
      const text = contractNoticeText(users.get(n.userId)!.locale, n.kind, {
        contract: contract.name,
        supplier: contract.supplier?.name ?? null,
        dueDate: n.dueDate,
      });
      return {
        organisationId: contract.organisationId,
        userId: n.userId,
        kind: n.kind,
        subjectType: 'Contract',
        subjectId: n.contractId,
        dedupeKey: n.dedupeKey,
        dueDate: toDbDate(n.dueDate),
        ...text,
      };
    });
  const created = rows.length ? (await repo.insertMany(db.prisma, rows)).count : 0;
  const emailed = options.smtpUrl ? await emailUnsent(db.prisma, options.smtpUrl, organisationIds, users) : 0;
  return { due: rows.length, created, emailed };
}

async function emailUnsent(
  prisma: Db,
  smtpUrl: string,
  organisationIds: string[] | null,
  known: Map<string, { email: string }>,
) {
  const since = new Date(Date.now() - EMAIL_RETRY_DAYS * 86_400_000);
  const unsent = await repo.unsent(prisma, since, organisationIds);
  if (!unsent.length) return 0;
  const missing = [...new Set(unsent.map((n) => n.userId))].filter((id) => !known.has(id));
  const emails = new Map([...known].map(([id, u]) => [id, u.email]));
  for (const u of await repo.users(prisma, missing)) emails.set(u.id, u.email);
  const mailer = smtpMailer(smtpUrl);
  let sent = 0;
  try {
    for (const n of unsent) {
      const to = emails.get(n.userId);
      if (!to) continue;
      // One failed recipient must not stop the others; it stays unsent and is retried next run.
      try {
        await mailer.send({ to, subject: n.title, text: n.body });
        await repo.markEmailed(prisma, n.id, new Date());
        sent++;
      } catch (error) {
        serverLog().error({ notification: n.id, error: String(error) }, 'contract alert e-mail failed');
      }
    }
  } finally {
    mailer.close();
  }
  return sent;
}
