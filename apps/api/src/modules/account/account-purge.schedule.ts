import type { Db } from '../../db/handles';
import type { Logger } from '../../shared/logger';
import { schedule } from '../../shared/schedule';
import { purgeExpired } from './account.service';

const HOUR_MS = 3_600_000;

/**
 * Deletes expired sessions and one-time links at start and then hourly, once across all API
 * processes: expired rows open nothing, but keeping them would grow the tables forever.
 */
export function scheduleAccountPurge(db: { prisma: Db }, logger: Logger): () => void {
  return schedule(
    db,
    {
      name: 'account-purge',
      everyMs: HOUR_MS,
      run: async () => {
        const r = await purgeExpired(db);
        return r.sessions || r.links ? { sessions: r.sessions, links: r.links } : null;
      },
    },
    logger,
  );
}
