import type { Db } from '../db/handles';

/**
 * Claims a scheduled job's run: true for exactly one caller per interval, whichever process calls,
 * because the claim is one statement (INSERT … ON CONFLICT DO UPDATE … WHERE … RETURNING) that the
 * database serialises on the job's row. A claim is due a little before the full interval, so timers
 * in several processes drifting against each other never skip a run.
 */
export async function claimScheduledRun(db: Db, name: string, intervalMs: number): Promise<boolean> {
  const dueAfterSeconds = (intervalMs * 0.9) / 1000;
  const rows = await db.$queryRaw<{ name: string }[]>`
    INSERT INTO "ScheduledRun" ("name", "lastRunAt") VALUES (${name}, now())
    ON CONFLICT ("name") DO UPDATE SET "lastRunAt" = now()
    WHERE "ScheduledRun"."lastRunAt" <= now() - make_interval(secs => ${dueAfterSeconds}::float8)
    RETURNING "name"`;
  return rows.length === 1;
}
