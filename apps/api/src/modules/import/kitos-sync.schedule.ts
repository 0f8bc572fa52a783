import type { Db } from '../../db/handles';
import type { Logger } from '../../shared/logger';
import { schedule } from '../../shared/schedule';
import type { SecretBox } from '../../shared/secret-box';
import { kitosSyncService } from './kitos-sync.service';

const DAY_MS = 86_400_000;

/**
 * Syncs every organisation that has nightly KITOS sync on, daily, once across all API processes
 * (ScheduledRun). A sync is idempotent, so a missed run is simply caught up by the next one; each
 * organisation's failure is recorded as its last result and does not stop the others.
 */
export function scheduleKitosSync(db: { prisma: Db }, secretBox: SecretBox, logger: Logger): () => void {
  return schedule(
    db,
    {
      name: 'kitos-sync',
      everyMs: DAY_MS,
      run: () => kitosSyncService.nightly({ prisma: db.prisma, viewer: null, locale: 'da', secretBox }),
    },
    logger,
  );
}
