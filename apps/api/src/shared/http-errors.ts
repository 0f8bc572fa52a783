import type { ErrorRequestHandler } from 'express';
import { pickLocale, translate, type MessageKey } from './messages';

/** body-parser's error types, by what the client sent wrong. */
const BODY_ERRORS: Record<string, { status: number; code: string; key: MessageKey }> = {
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', key: 'error.badJson' },
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', key: 'error.bodyTooLarge' },
  'encoding.unsupported': { status: 415, code: 'BAD_REQUEST', key: 'error.badJson' },
  'charset.unsupported': { status: 415, code: 'BAD_REQUEST', key: 'error.badJson' },
};

/**
 * The last middleware: an error outside GraphQL (a malformed or oversized body, anything unexpected)
 * answers as GraphQL errors do — JSON with a localised message and a code — never Express's HTML
 * page with a stack trace and file paths.
 */
export const jsonErrors: ErrorRequestHandler = (err: unknown, req, res, next) => {
  if (res.headersSent) return next(err);
  const locale = pickLocale(req.header('x-overblik-locale') ?? req.header('accept-language') ?? undefined);
  const known = BODY_ERRORS[(err as { type?: string }).type ?? ''];
  if (!known) console.error(err);
  const { status, code, key } = known ?? {
    status: 500,
    code: 'INTERNAL_SERVER_ERROR',
    key: 'error.internal',
  };
  res.status(status).json({ errors: [{ message: translate(locale, key), extensions: { code } }] });
};
