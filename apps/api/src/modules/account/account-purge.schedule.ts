import type { Db } from '../../db/handles';
import { purgeExpired } from './account.service';

const HOUR_MS = 3_600_000;

/**
 * Deletes expired sessions and one-time links at start and then hourly: expired rows open nothing,
 * but keeping them would grow the tables forever. Failures are logged; the next run catches up.
 */
export function scheduleAccountPurge(db: { prisma: Db }): () => void {
  const run = () =>
    purgeExpired(db)
      .then((r) => {
        if (r.sessions || r.links)
          console.log(`Purged ${r.sessions} expired sessions, ${r.links} expired links`);
      })
      .catch((error: unknown) => console.error('Purging expired sessions failed:', error));
  void run();
  const timer = setInterval(() => void run(), HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
}
