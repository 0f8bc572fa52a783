import type { ErrorRequestHandler } from 'express';
import { databaseTrouble, RETRY_AFTER_SECONDS } from './database-errors';
import { pickLocale, translate, type MessageKey } from './messages';
import type { RequestLog } from './request-log';

/** body-parser's error types, by what the client sent wrong. */
const BODY_ERRORS: Record<string, { status: number; code: string; key: MessageKey }> = {
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', key: 'error.badJson' },
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', key: 'error.bodyTooLarge' },
  'encoding.unsupported': { status: 415, code: 'BAD_REQUEST', key: 'error.badJson' },
  'charset.unsupported': { status: 415, code: 'BAD_REQUEST', key: 'error.badJson' },
};

/**
 * The last middleware: an error outside GraphQL (a malformed or oversized body, a database that
 * is away while the session is read, anything unexpected) answers as GraphQL errors do — JSON with
 * a localised message and a code — never Express's HTML page with a stack trace and file paths.
 */
export const jsonErrors =
  (log: RequestLog): ErrorRequestHandler =>
  (err: unknown, req, res, next) => {
    if (res.headersSent) return next(err);
    const locale = pickLocale(req.header('x-overblik-locale') ?? req.header('accept-language') ?? undefined);
    const trouble = databaseTrouble(err);
    const known = trouble
      ? {
          status: 503,
          code: trouble === 'busy' ? 'DATABASE_BUSY' : 'DATABASE_UNAVAILABLE',
          key: trouble === 'busy' ? ('error.databaseBusy' as const) : ('error.databaseUnavailable' as const),
        }
      : BODY_ERRORS[(err as { type?: string }).type ?? ''];
    const { status, code, key } = known ?? {
      status: 500,
      code: 'INTERNAL_SERVER_ERROR',
      key: 'error.internal',
    };
    const seconds = trouble ? RETRY_AFTER_SECONDS[trouble] : 0;
    if (trouble) res.setHeader('Retry-After', String(seconds));
    log.failed({
      requestId: String(res.locals.requestId ?? ''),
      operation: `${req.method} ${req.path}`,
      codes: [code],
      status,
      durationMs: performance.now() - Number(res.locals.startedAt ?? performance.now()),
      cause: known ? undefined : err,
    });
    res
      .status(status)
      .json({ errors: [{ message: translate(locale, key, { seconds }), extensions: { code } }] });
  };
