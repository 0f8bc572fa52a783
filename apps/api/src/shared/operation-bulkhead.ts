import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import type { Context } from '../context';
import { databaseRefusal } from './database-errors';

/**
 * A bulkhead per kind of GraphQL operation (ADR 0030, amended in 0036): at most `share` requests of
 * one operation execute at once; the rest wait their turn, and after `waitMs` get 503
 * DATABASE_BUSY. A request blocked by a database lock holds a pooled connection until the lock
 * timeout; without this, a burst of one kind of blocked request (every client reloading the
 * contract list while the contract table is locked) takes the whole pool, and requests that never
 * touch the locked table wait for a connection too.
 *
 * It is an Apollo plugin placed after the response cache, not Express middleware before Apollo:
 * only a request that is going to *execute* takes a turn. A cache hit, or a request waiting for the
 * same answer another request is computing (the cache's single flight), holds no connection and
 * never queues here; as middleware, 20 concurrent cold full-graph requests queued 15 of them
 * behind the one computation they were all waiting for, and those 15 timed out.
 */
export function operationBulkhead(share: number, waitMs: number): ApolloServerPlugin<Context> {
  const running = new Map<string, { count: number; queue: (() => void)[] }>();

  /** Waits for a turn: true when granted, false when `waitMs` passed first. */
  const enter = (key: string): Promise<boolean> => {
    const slot = running.get(key) ?? { count: 0, queue: [] };
    running.set(key, slot);
    if (slot.count < share) {
      slot.count += 1;
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const turn = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        slot.queue.splice(slot.queue.indexOf(turn), 1);
        resolve(false);
      }, waitMs);
      slot.queue.push(turn);
    });
  };

  /** Hands the turn to the next waiting request, or frees it. */
  const leave = (key: string) => {
    const slot = running.get(key);
    if (!slot) return;
    const next = slot.queue.shift();
    if (next) return next();
    slot.count -= 1;
    if (slot.count === 0) running.delete(key);
  };

  return {
    requestDidStart: async () => {
      let held: string | null = null;
      const release = () => {
        if (held === null) return;
        const key = held;
        held = null;
        leave(key);
      };
      return {
        responseForOperation: async (rc: GraphQLRequestContext<Context>) => {
          const key = `${rc.operationName ?? ''}\u0000${rc.queryHash ?? rc.request.query ?? ''}`;
          if (await enter(key)) {
            held = key;
            // Whatever path the request takes from here, the turn goes back once the answer is
            // sent or the connection is gone.
            rc.contextValue.res.once('close', release);
            return null;
          }
          return databaseRefusal('busy', rc.contextValue.locale, rc.response.http.headers);
        },
        willSendResponse: async () => release(),
      };
    },
  };
}
