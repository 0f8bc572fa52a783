import { isIPv6 } from 'node:net';
import type { Request, RequestHandler, Response } from 'express';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { Viewer } from '../context';
import type { Database } from '../db/database';
import { authenticateApiToken } from '../modules/api-token/api-token.service';
import { pickLocale, translate, type MessageKey } from './messages';
import { databaseLimiter } from './rate-limit-store';
import { currentSessionId, readSession } from './session';

const BEARER = /^Bearer\s+(\S+)$/i;

/** The secret of an `Authorization: Bearer …` header, if the request carries one. */
export const bearerSecret = (req: Request): string | null =>
  BEARER.exec(req.header('authorization') ?? '')?.[1] ?? null;

/**
 * Reads who is asking once, before the rate limit, which keys on it: an API token when the request
 * carries `Authorization: Bearer` (its cookie is then ignored), else the session. The GraphQL
 * context takes the viewer from `res.locals` instead of reading it again. A bearer secret that
 * names no usable token is remembered, so it is refused after the limit counted it.
 */
export const identifyViewer =
  (db: Database): RequestHandler =>
  (req, res, next) => {
    const secret = bearerSecret(req);
    const viewer = secret ? authenticateApiToken(db.prisma, secret) : readSession(db.prisma, req);
    viewer.then((found) => {
      res.locals.viewer = found;
      res.locals.badToken = !!secret && !found;
      next();
    }, next);
  };

function refuse(req: Request, res: Response, status: number, code: string, key: MessageKey, seconds = 0) {
  const viewer = res.locals.viewer as Viewer | null;
  const locale = pickLocale(req.header('x-overblik-locale') ?? undefined, viewer?.locale);
  res
    .status(status)
    .json({ errors: [{ message: translate(locale, key, { seconds }), extensions: { code } }] });
}

/**
 * A tampered, unknown, expired or revoked token: 401 with a GraphQL-shaped UNAUTHENTICATED error,
 * never the anonymous answer (the integration must learn its token stopped working).
 */
export const refuseBadToken: RequestHandler = (req, res, next) => {
  if (!res.locals.badToken) return next();
  res.setHeader('WWW-Authenticate', 'Bearer');
  refuse(req, res, 401, 'UNAUTHENTICATED', 'error.apiToken.invalid');
};

/**
 * An API token request is no browser's: a cross-site page cannot send an Authorization header
 * without a CORS preflight, which this server never grants. So the same-origin check and Apollo's
 * CSRF header rule (ADR 0007) apply to cookie requests only; a token request is marked as
 * preflighted for Apollo, which cannot be told per request otherwise.
 */
export const bearerSkipsCsrf: RequestHandler = (req, res, next) => {
  if ((res.locals.viewer as Viewer | null)?.apiToken) req.headers['apollo-require-preflight'] = 'true';
  next();
};

/** An IPv6 client owns its whole /64, so it is counted by that prefix, not by each address in it. */
export function addressKey(ip: string): string {
  if (!isIPv6(ip)) return ip;
  if (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(ip)) return ip.slice(7);
  const [head, tail = ''] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

/** Who a request counts against: its API token, its session, or — anonymous — its address. */
function limitKey(req: Request, res: Response): string {
  const viewer = res.locals.viewer as Viewer | null;
  if (viewer?.apiToken) return `token:${viewer.apiToken.id}`;
  if (viewer) return `session:${currentSessionId(req)}`;
  return `address:${addressKey(req.ip ?? '')}`;
}

/**
 * Requests per minute per API token, per signed-in session, and per address only for anonymous
 * requests (among them every sign-in): a municipality's staff share one address behind its proxy,
 * so a per-address limit on signed-in users would refuse colleagues for each other's work
 * (ADR 0025). The counters live in the database, so every API process counts together (ADR 0026).
 * A refusal is a GraphQL-shaped JSON error with Retry-After, in the viewer's language.
 */
export function requestLimit(db: Database, perMinute: number): RequestHandler {
  const limiter = databaseLimiter(db.sql, { keyPrefix: 'request', points: perMinute, duration: 60 });
  return (req, res, next) => {
    limiter.consume(limitKey(req, res)).then(
      (state) => {
        headers(res, perMinute, state);
        next();
      },
      (refusal: unknown) => {
        if (!(refusal instanceof RateLimiterRes)) return next(refusal);
        headers(res, perMinute, refusal);
        const seconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        res.setHeader('Retry-After', String(seconds));
        refuse(req, res, 429, 'RATE_LIMITED', 'error.rateLimited', seconds);
      },
    );
  };
}

/** The IETF draft-8 RateLimit headers, as express-rate-limit sent them before (ADR 0025). */
function headers(res: Response, perMinute: number, state: RateLimiterRes) {
  res.setHeader('RateLimit-Policy', `"requests";q=${perMinute};w=60`);
  res.setHeader(
    'RateLimit',
    `"requests";r=${state.remainingPoints};t=${Math.max(0, Math.ceil(state.msBeforeNext / 1000))}`,
  );
}
