import type { Context } from '../context';
import type { Tx } from './audit';
import { staleVersion } from './errors';

/** Runs a use case in one transaction: the change, its version bump and its audit entry. */
export function inTransaction<T>(ctx: Pick<Context, 'prisma'>, work: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.prisma.$transaction(work, { timeout: 20_000 });
}

/**
 * Optimistic concurrency: updates go through `updateMany({ where: { id, version } })`; zero rows
 * means someone else saved first, so the edit is refused and nothing is overwritten.
 */
export function assertUpdated(result: { count: number }, entity: string): void {
  if (result.count === 0) throw staleVersion(entity);
}

/** The data part of a versioned update: the changes plus the version bump. */
export function bumped<T extends object>(changes: T): T & { version: { increment: number } } {
  return { ...changes, version: { increment: 1 } };
}
