import type { Db } from '../db/handles';

/** When each scheduled job last ran, shared by every API process on the database. */
export const scheduledRunRepository = {
  /**
   * Claims this interval's run of a job: true for exactly one caller however many processes ask at
   * once, since the conditional update re-reads the row after waiting for a concurrent one's lock.
   */
  async claim(db: Db, name: string, now: Date, intervalMs: number): Promise<boolean> {
    await db.scheduledRun.createMany({ data: [{ name, lastRunAt: new Date(0) }], skipDuplicates: true });
    const { count } = await db.scheduledRun.updateMany({
      where: { name, lastRunAt: { lte: new Date(now.getTime() - intervalMs) } },
      data: { lastRunAt: now },
    });
    return count === 1;
  },
};
