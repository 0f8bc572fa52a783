import type { Db } from '../db/handles';
import type { Logger } from './logger';
import { claimScheduledRun } from './scheduled-run.repository';

export interface ScheduledJob {
  /** The job's name in ScheduledRun and in the log. */
  name: string;
  everyMs: number;
  /** Does the work; returns what to log, or null when there was nothing to do. */
  run(): Promise<Record<string, number> | null>;
}

/**
 * Runs a job at start and then every `everyMs`, once across all API processes on the database
 * (claimScheduledRun). A failure is logged as one line and caught up by the next run: every job
 * here is idempotent. Returns a stop function for shutdown.
 */
export function schedule(db: { prisma: Db }, job: ScheduledJob, logger: Logger): () => void {
  const tick = async () => {
    try {
      if (!(await claimScheduledRun(db.prisma, job.name, job.everyMs))) return;
      const result = await job.run();
      if (result) logger.info({ job: job.name, ...result }, 'scheduled job done');
    } catch (error) {
      const message =
        error instanceof Error ? error.message.split('\n').filter(Boolean).at(-1) : String(error);
      logger.error({ job: job.name, error: message }, 'scheduled job failed');
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), job.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
