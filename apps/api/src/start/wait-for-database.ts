import type { Logger } from '../shared/logger';
import { databaseTrouble } from '../shared/database-errors';
import { StartRefused } from './start-mode';

export interface WaitOptions {
  /** Give up after this long (DB_START_WAIT_SECONDS); 0 tries once. */
  waitSeconds: number;
  logger: Logger;
  /** First pause between attempts; it doubles up to `maxDelayMs`. */
  firstDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * A start while the database is down (a restart of both, an orchestrator starting them together)
 * waits and retries with exponential backoff instead of exiting at once (ADR 0030). Only the
 * database's absence is waited for; a wrong password or a missing database fails at once, since
 * waiting cannot mend it.
 */
export async function waitForDatabase(check: () => Promise<unknown>, options: WaitOptions): Promise<void> {
  const started = Date.now();
  const deadline = started + options.waitSeconds * 1000;
  let delay = options.firstDelayMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    try {
      await check();
      if (attempt > 1) options.logger.info({ attempt }, 'database reachable, starting');
      return;
    } catch (error) {
      const trouble = databaseTrouble(error);
      if (!trouble) throw error;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new StartRefused(
          `Overblik gave up waiting for the database after ${Math.round((Date.now() - started) / 1000)} s ` +
            `(${attempt} attempts; DB_START_WAIT_SECONDS=${options.waitSeconds}). ` +
            'Check that PostgreSQL runs and that DATABASE_URL points at it.',
        );
      }
      const pause = Math.min(delay, left);
      options.logger.warn(
        { attempt, retryInMs: pause, waitedSeconds: Math.round((Date.now() - started) / 1000) },
        `database ${trouble === 'busy' ? 'busy' : 'not reachable'}, retrying`,
      );
      await new Promise((resolve) => setTimeout(resolve, pause));
      delay = Math.min(delay * 2, options.maxDelayMs ?? 5_000);
    }
  }
}
