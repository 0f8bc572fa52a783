import { createRequire } from 'node:module';
import { Debug } from '@prisma/client/runtime/client';

/**
 * Prisma's debug module keeps the arguments of its last 100 debug calls for crash reports, whether
 * debugging is on or not. Prisma Client logs every query plan it compiles ("query plan created"),
 * and each driver adapter logs every statement with its values, so after a bulk insert those
 * histories hold the last hundred batches with all their rows: about 150 MB of heap after a KITOS
 * import of 1,500 usages and 6,000 integrations (found with a heap snapshot; ADR 0046). Nothing is
 * printed unless DEBUG names these modules, so letting go of the history changes no output.
 */

/** The history inside Prisma Client's bundled runtime, which exports no way to clear it. */
const clientHistory = Debug('overblik:plan-history');
const CLIENT_HISTORY_LENGTH = 100;

/**
 * The `@prisma/debug` a driver adapter logs through: the one its `@prisma/driver-adapter-utils`
 * depends on (each adapter pins its own version of both).
 */
function adapterDebugModule(adapter: string): { clearLogs(): void } {
  const fromAdapter = createRequire(require.resolve(adapter));
  const from = createRequire(fromAdapter.resolve('@prisma/driver-adapter-utils'));
  // Loaded by path with this module's own require, so a test runner's module registry hands out
  // the instance the adapter itself uses.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a path resolved at run time
  return require(from.resolve('@prisma/debug')) as { clearLogs(): void };
}

const adapterHistories = [
  adapterDebugModule('pglite-prisma-adapter'),
  adapterDebugModule('@prisma/adapter-pg'),
];

/** Lets go of the statements and plans Prisma's debug histories hold; call after a bulk write. */
export function releaseQueryPlans(): void {
  // Empty entries push the plans out of the client's history (it has no clear function).
  for (let i = 0; i < CLIENT_HISTORY_LENGTH; i++) clientHistory('');
  for (const history of adapterHistories) history.clearLogs();
}
