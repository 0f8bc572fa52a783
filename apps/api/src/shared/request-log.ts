import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { Context } from '../context';
import type { Logger } from './logger';
import { LogThrottle } from './log-throttle';

export interface FailedRequest {
  requestId: string;
  /** The GraphQL operation's name, or the HTTP method and path outside GraphQL. */
  operation: string;
  codes: string[];
  status: number;
  durationMs: number;
  /** The hidden cause of an unexpected error (INTERNAL_SERVER_ERROR); expected errors have none. */
  cause?: unknown;
}

/** Codes of the server's or the database's trouble; everything else is the client's (a 4xx, a rule). */
const SERVER_CODES = new Set(['INTERNAL_SERVER_ERROR', 'DATABASE_BUSY', 'DATABASE_UNAVAILABLE']);

/** The last line of a driver's message (Prisma's first lines quote the calling code), bounded. */
function briefly(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const lines = text.split('\n').filter((l) => l.trim());
  return (lines.at(-1) ?? '').trim().slice(0, 300);
}

/**
 * One log line per failed request (ADR 0030), with its request id, operation, codes, HTTP status and
 * duration. Identical failures within a minute are counted, not repeated (LogThrottle). An
 * unexpected error's stack is written in development only, and then once per minute per kind;
 * production gets its one-line message.
 */
export class RequestLog {
  private readonly throttle = new LogThrottle();

  constructor(
    readonly logger: Logger,
    private readonly production: boolean,
  ) {}

  failed(request: FailedRequest): void {
    const admitted = this.throttle.admit(`${request.operation}|${request.codes.join(',')}`);
    if (!admitted) return;
    const { cause, ...line } = request;
    const fields: Record<string, unknown> = { ...line, durationMs: Math.round(request.durationMs) };
    if (admitted.repeated) fields.repeatedSinceLastLine = admitted.repeated;
    if (cause !== undefined) {
      if (this.production) fields.error = briefly(cause);
      else fields.err = cause;
    }
    const serverTrouble = request.codes.some((c) => SERVER_CODES.has(c));
    if (serverTrouble) this.logger.error(fields, 'request failed');
    else this.logger.info(fields, 'request refused');
  }

  /** The Apollo plugin that reports each GraphQL request with errors. */
  plugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async () => {
        const started = performance.now();
        let raw: readonly GraphQLError[] = [];
        return {
          didEncounterErrors: async ({ errors }) => {
            raw = errors;
          },
          willSendResponse: async ({ response, contextValue, operationName, request }) => {
            const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
            if (!errors?.length) return;
            const codes = [...new Set(errors.map((e) => String(e.extensions?.code ?? 'UNKNOWN')))];
            const unexpected = codes.includes('INTERNAL_SERVER_ERROR')
              ? raw.map((e) => e.originalError ?? e).find((e) => e)
              : undefined;
            this.failed({
              requestId: String(contextValue.res.locals.requestId ?? ''),
              operation: operationName ?? request.operationName ?? 'anonymous',
              codes,
              status: response.http.status ?? 200,
              durationMs: performance.now() - started,
              cause: unexpected,
            });
          },
        };
      },
    };
  }
}
