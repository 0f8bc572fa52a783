import { createRequire } from 'node:module';
import path from 'node:path';
import { REPO_ROOT } from '../../apps/api/src/config';
import { latencyStats } from '../bench-stats';

/** The load generator's work order, sent by the benchmark over IPC. */
export interface LoadOrder {
  url: string;
  connections: number;
  durationSeconds: number;
  /** One session cookie per connection. */
  cookies: string[];
  /**
   * Each request with the next cookie instead of one per connection: a single connection measuring
   * speed alone sends far more than a person can, and one session would hit its rate limit.
   */
  rotateCookies?: boolean;
  organisationId: string;
  /** The mix, cycled by every connection in order. */
  requests: { name: string; body: string; write?: boolean }[];
}

export interface LoadResult {
  requests: number;
  reqPerSec: number;
  /** Per request, measured here from send to the whole answer (autocannon reports no p95). */
  latency: ReturnType<typeof latencyStats> & { max: number };
  /** Failed requests: socket errors, timeouts, and answers that are non-2xx or carry GraphQL errors (each once). */
  errors: number;
  non2xx: number;
  graphqlErrors: number;
  status429: number;
  firstErrors: string[];
}

// autocannon is a devDependency of the API package; the benchmark's files live outside it.
const autocannon = createRequire(path.join(REPO_ROOT, 'apps/api/package.json'))('autocannon') as (
  options: Record<string, unknown>,
) => Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Runs autocannon, in this process only, for one order and sends back the figures. */
async function run(order: LoadOrder): Promise<LoadResult> {
  let graphqlErrors = 0;
  let failedAnswers = 0;
  let status429 = 0;
  let nextCookie = 0;
  let writes = 0;
  const firstErrors: string[] = [];
  const samples: number[] = [];
  const result = await autocannon({
    url: `${order.url}/graphql`,
    connections: order.connections,
    duration: order.durationSeconds,
    timeout: 30,
    requests: order.requests.map((r) => ({
      method: 'POST',
      path: '/graphql',
      // Each connection is one signed-in user: its own session, so per-session limits apply as in use.
      setupRequest: (req: Record<string, unknown>, context: { cookie?: string; sentAt?: number }) => {
        context.sentAt = performance.now();
        if (order.rotateCookies || !context.cookie)
          context.cookie = order.cookies[nextCookie++ % order.cookies.length];
        // A write's body may hold '#N#', replaced by a number of its own (names that must be unique).
        const n = r.write ? `${process.pid}-${writes++}` : '';
        return {
          ...req,
          body: r.write ? r.body.replaceAll('#N#', n) : r.body,
          headers: {
            'content-type': 'application/json',
            cookie: context.cookie,
            'x-overblik-organisation': order.organisationId,
            ...(r.write ? { 'idempotency-key': `load-${n}` } : {}),
          },
        };
      },
      onResponse: (status: number, body: string, context: { sentAt?: number }) => {
        if (context.sentAt !== undefined) samples.push(performance.now() - context.sentAt);
        if (status === 429) status429 += 1;
        const withErrors = body.startsWith('{"errors"') || body.includes('"errors":[');
        if (withErrors || status < 200 || status > 299) failedAnswers += 1;
        if (withErrors) {
          graphqlErrors += 1;
          if (firstErrors.length < 5) firstErrors.push(`${r.name}: ${body.slice(0, 200)}`);
        }
      },
    })),
  });
  const errors = result.errors + result.timeouts + failedAnswers;
  return {
    requests: result.requests.total,
    reqPerSec: Math.round((result.requests.total / result.duration) * 10) / 10,
    latency: { ...latencyStats(samples), max: Math.round(samples.reduce((m, v) => Math.max(m, v), 0)) },
    errors,
    non2xx: result.non2xx,
    graphqlErrors,
    status429,
    firstErrors,
  };
}

process.on('message', (order: LoadOrder) => {
  run(order).then(
    (result) => process.send!(result, () => process.exit(0)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
});
process.send!({ ready: true });
