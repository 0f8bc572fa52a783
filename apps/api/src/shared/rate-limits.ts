import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Db } from '../db/handles';
import { pickLocale, translate } from './messages';
import { currentSessionId, readSession } from './session';

/**
 * Reads the request's session once, before the rate limit, which keys on it; the GraphQL context
 * takes the viewer from `res.locals` instead of reading the session again.
 */
export const identifyViewer =
  (db: Db): RequestHandler =>
  (req, res, next) => {
    readSession(db, req).then((viewer) => {
      res.locals.viewer = viewer;
      next();
    }, next);
  };

/**
 * Requests per minute per signed-in session, and per address only for anonymous requests (among
 * them every sign-in): a municipality's staff share one address behind its proxy, so a per-address
 * limit on signed-in users would refuse colleagues for each other's work (ADR 0025). A refusal is a
 * GraphQL-shaped JSON error with Retry-After, in the viewer's language.
 */
export function requestLimit(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    keyGenerator: (req, res) =>
      res.locals.viewer ? `session:${currentSessionId(req)}` : `address:${ipKeyGenerator(req.ip ?? '')}`,
    handler: (req, res) => {
      const viewer = res.locals.viewer as { locale?: string | null } | null;
      const locale = pickLocale(req.header('x-overblik-locale') ?? undefined, viewer?.locale);
      const seconds = Number(res.getHeader('Retry-After') ?? 60);
      res.status(429).json({
        errors: [
          {
            message: translate(locale, 'error.rateLimited', { seconds }),
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      });
    },
  });
}
