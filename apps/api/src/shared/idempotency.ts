import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import stableStringify from 'fast-json-stable-stringify';
import { print, type FormattedExecutionResult } from 'graphql';
import type { Context } from '../context';
import type { Db } from '../db/handles';
import { requireOrganisation } from './access';
import { DomainError } from './errors';
import { formatError } from './format-error';
import { idempotencyRepository as repo } from './idempotency.repository';
import type { Logger } from './logger';
import { schedule } from './schedule';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const TTL_MS = 24 * 3_600_000;
/** A request that took a key and never answered (its process died) gives it up after this. */
const ABANDONED_MS = 60_000;
/** How long a retry waits for the first request with its key to answer before it is told to retry. */
const WAIT_MS = 10_000;
const POLL_MS = 100;
/** Printable ASCII, as Stripe and the IETF draft's examples use; UUIDs fit. */
const VALID_KEY = /^[\x21-\x7E]{1,255}$/;

/** A refusal in the same shape as any other domain error, localised by `localiseErrors`. */
function refusal(error: DomainError): FormattedExecutionResult {
  return { errors: [formatError({ message: error.messageKey }, error)] };
}

const single = (singleResult: FormattedExecutionResult) => ({ kind: 'single' as const, singleResult });

/**
 * `Idempotency-Key` on mutations (ADR 0031): a client that retries after an ambiguous failure
 * (a timeout, a dropped connection) sends the same key and gets the first answer again instead of
 * a second row. Every mutation a signed-in viewer sends in an organisation with the header takes
 * part; the key is per organisation and bound to the request (viewer, normalised operation and
 * variables), held in the database so it works across API processes, and kept for 24 hours.
 *
 * - A new key runs the mutation; a successful answer is stored, a failed one gives the key up (a
 *   failed mutation changed nothing, so the retry runs it again).
 * - The same key and request again: the stored answer, with `Idempotent-Replayed: true`; nothing
 *   runs, so no second row and no second audit entry.
 * - The same key with another request: IDEMPOTENCY_KEY_REUSED, nothing runs.
 * - While the first request runs, a retry waits for its answer (up to 10 s), then gets
 *   IDEMPOTENCY_KEY_IN_USE with Retry-After.
 */
export const idempotency: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    let held: { organisationId: string; key: string; requestHash: string } | null = null;
    return {
      async responseForOperation(rc) {
        const key = rc.request.http?.headers.get(IDEMPOTENCY_HEADER);
        if (key === undefined || rc.operation?.operation !== 'mutation') return null;
        if (!VALID_KEY.test(key)) {
          return {
            body: single(refusal(new DomainError('VALIDATION_FAILED', 'error.idempotency.invalidKey'))),
            http: rc.response.http,
          };
        }
        let organisationId: string;
        try {
          organisationId = requireOrganisation(rc.contextValue).organisationId;
        } catch {
          return null; // no organisation to keep the key in: the mutation answers for itself
        }
        const requestHash = hashRequest(rc);
        const db = rc.contextValue.prisma;
        const deadline = Date.now() + WAIT_MS;
        for (;;) {
          const now = new Date();
          const claimed = await repo.claim(
            db,
            organisationId,
            key,
            requestHash,
            now,
            new Date(now.getTime() + TTL_MS),
            new Date(now.getTime() - ABANDONED_MS),
          );
          if (claimed) {
            held = { organisationId, key, requestHash };
            return null; // run it; willSendResponse stores the answer
          }
          const row = await repo.find(db, organisationId, key);
          if (row && row.requestHash !== requestHash) {
            return {
              body: single(refusal(new DomainError('IDEMPOTENCY_KEY_REUSED', 'error.idempotency.reused'))),
              http: rc.response.http,
            };
          }
          if (row?.response) {
            rc.response.http.headers.set('idempotent-replayed', 'true');
            return {
              body: single(JSON.parse(row.response) as FormattedExecutionResult),
              http: rc.response.http,
            };
          }
          if (Date.now() >= deadline) {
            rc.response.http.headers.set('retry-after', '1');
            return {
              body: single(refusal(new DomainError('IDEMPOTENCY_KEY_IN_USE', 'error.idempotency.inUse'))),
              http: rc.response.http,
            };
          }
          await sleep(POLL_MS); // the first request still runs (or just failed: claim again)
        }
      },
      async willSendResponse(rc) {
        if (!held) return;
        const { organisationId, key, requestHash } = held;
        held = null;
        const body = rc.response.body;
        const db = rc.contextValue.prisma;
        if (body.kind === 'single' && !body.singleResult.errors && body.singleResult.data) {
          await repo.answer(db, organisationId, key, requestHash, JSON.stringify(body.singleResult));
        } else {
          await repo.release(db, organisationId, key, requestHash);
        }
      },
    };
  },
};

function hashRequest(rc: GraphQLRequestContext<Context>): string {
  return createHash('sha256')
    .update(
      [
        rc.contextValue.viewer?.id ?? '',
        rc.operation?.name?.value ?? '',
        print(rc.document!),
        stableStringify(rc.request.variables ?? {}),
      ].join('\u0000'),
    )
    .digest('hex');
}

/** Deletes the keys whose 24 hours are over; returns how many. */
export async function purgeIdempotencyKeys(db: { prisma: Db }, now = new Date()): Promise<number> {
  const { count } = await repo.purgeExpired(db.prisma, now);
  return count;
}

/** Hourly, once across every API process on the database (shared/schedule.ts, ADR 0030). */
export function scheduleIdempotencyPurge(db: { prisma: Db }, logger: Logger): () => void {
  return schedule(
    db,
    {
      name: 'purge-idempotency-keys',
      everyMs: 3_600_000,
      run: async () => {
        const purged = await purgeIdempotencyKeys(db);
        return purged ? { purged } : null;
      },
    },
    logger,
  );
}
