import type { Db } from '../../db/handles';
import { todayInCopenhagen } from '../../shared/today';
import { runContractAlerts } from './contract-alert.job';

const DAY_MS = 86_400_000;

/**
 * Runs the alert job once at start and then daily. Failures are logged, never thrown: a missed run
 * is caught up by the next one, because the job evaluates the rules afresh and is idempotent.
 * Returns a stop function for shutdown.
 */
export function scheduleContractAlerts(db: { prisma: Db }, smtpUrl: string | null): () => void {
  const run = () =>
    runContractAlerts(db, todayInCopenhagen(), { smtpUrl })
      .then((r) => {
        if (r.created || r.emailed) console.log(`Contract alerts: ${r.created} new, ${r.emailed} e-mailed`);
      })
      .catch((error: unknown) => console.error('Contract alert job failed:', error));
  void run();
  const timer = setInterval(() => void run(), DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
