import 'reflect-metadata';
import { createApp } from '../../apps/api/src/app';
import { readConfig } from '../../apps/api/src/config';
import { openDatabase } from '../../apps/api/src/db/database';
import { keepConnectionsAlive } from '../../apps/api/src/start/keep-alive';

/**
 * The API under load, in its own process: the production app on DATABASE_URL and PORT (as main.ts
 * builds it, without the start checks that refuse the bench users' demo password). Answers the
 * benchmark's `heap` message with its memory, after a full collection when --expose-gc is given.
 */
async function main() {
  const config = { ...readConfig(), production: true };
  const db = await openDatabase({ url: config.databaseUrl! });
  const app = await createApp(config, db);
  const server = app.express.listen(config.port, () => process.send!({ ready: true }));
  keepConnectionsAlive(server, config.keepAliveSeconds);
  let peakHeap = 0;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 50);
  process.on('message', (message: string) => {
    if (message === 'heap') {
      const gc = (globalThis as { gc?: () => void }).gc;
      const before = process.memoryUsage();
      gc?.();
      const after = process.memoryUsage();
      process.send!({
        heapUsed: before.heapUsed,
        heapAfterGc: after.heapUsed,
        peakHeap: Math.max(peakHeap, before.heapUsed),
        rss: before.rss,
      });
      peakHeap = 0;
    }
    if (message === 'stop') {
      clearInterval(sampler);
      server.close();
      void app
        .stop()
        .then(() => db.close())
        .then(() => process.exit(0));
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
