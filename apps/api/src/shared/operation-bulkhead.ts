import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { RETRY_AFTER_SECONDS } from './database-errors';
import { pickLocale, translate } from './messages';
import type { RequestLog } from './request-log';

/**
 * A bulkhead per kind of GraphQL request (ADR 0030): at most `share` requests of one operation run at
 * once; the rest wait their turn, and after `waitMs` get 503 DATABASE_BUSY. A request blocked by a
 * database lock holds a pooled connection until the lock timeout; without this, a burst of one kind
 * of blocked request (every client reloading the contract list while the contract table is locked)
 * takes the whole pool, and requests that never touch the locked table wait for a connection too.
 */
export function operationBulkhead(share: number, waitMs: number, log: RequestLog): RequestHandler {
  const running = new Map<string, { count: number; queue: (() => void)[] }>();
  return (req, res, next) => {
    const body = req.body as { query?: unknown; operationName?: unknown } | undefined;
    if (!body || typeof body.query !== 'string') return next();
    const key = createHash('sha1')
      .update(`${typeof body.operationName === 'string' ? body.operationName : ''}\u0000${body.query}`)
      .digest('base64');
    const slot = running.get(key) ?? { count: 0, queue: [] };
    running.set(key, slot);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      const waiting = slot.queue.shift();
      if (waiting) return waiting();
      slot.count -= 1;
      if (slot.count === 0) running.delete(key);
    };
    const start = () => {
      res.once('close', release);
      next();
    };
    if (slot.count < share) {
      slot.count += 1;
      return start();
    }
    const timer = setTimeout(() => {
      slot.queue.splice(slot.queue.indexOf(turn), 1);
      const locale = pickLocale(
        req.header('x-overblik-locale') ?? req.header('accept-language') ?? undefined,
      );
      const seconds = RETRY_AFTER_SECONDS.busy;
      res.setHeader('Retry-After', String(seconds));
      log.failed({
        requestId: String(res.locals.requestId ?? ''),
        operation: typeof body.operationName === 'string' ? body.operationName : 'anonymous',
        codes: ['DATABASE_BUSY'],
        status: 503,
        durationMs: performance.now() - Number(res.locals.startedAt ?? performance.now()),
      });
      res.status(503).json({
        errors: [
          {
            message: translate(locale, 'error.databaseBusy', { seconds }),
            extensions: { code: 'DATABASE_BUSY' },
          },
        ],
      });
    }, waitMs);
    const turn = () => {
      clearTimeout(timer);
      start();
    };
    slot.queue.push(turn);
  };
}
