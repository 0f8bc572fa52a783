import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

/** A proxy's request id is kept when it looks like one; anything else is replaced. */
const SAFE_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/**
 * Every request gets an id, returned as X-Request-Id and written on its log line, so a person who
 * reports an error can be matched to the server's log without any internals in the answer.
 */
export const requestId: RequestHandler = (req, res, next) => {
  const incoming = req.header('x-request-id');
  const id = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
  res.locals.requestId = id;
  res.locals.startedAt = performance.now();
  res.setHeader('X-Request-Id', id);
  next();
};
