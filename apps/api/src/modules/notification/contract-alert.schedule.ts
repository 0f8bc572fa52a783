import type { Db } from '../../db/handles';
import type { Logger } from '../../shared/logger';
import { schedule } from '../../shared/schedule';
import { todayInCopenhagen } from '../../shared/today';
import { runContractAlerts } from './contract-alert.job';

const DAY_MS = 86_400_000;

/**
 * Runs the alert job at start and then daily, once across all API processes. A missed run is caught
 * up by the next one, because the job evaluates the rules afresh and is idempotent.
 */
export function scheduleContractAlerts(
  db: { prisma: Db },
  smtpUrl: string | null,
  logger: Logger,
): () => void {
  return schedule(
    db,
    {
      name: 'contract-alerts',
      everyMs: DAY_MS,
      run: async () => {
        const r = await runContractAlerts(db, todayInCopenhagen(), { smtpUrl });
        return r.created || r.emailed ? { created: r.created, emailed: r.emailed } : null;
      },
    },
    logger,
  );
}
