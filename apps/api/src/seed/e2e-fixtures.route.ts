import express, { type Request, type Response, type Router } from 'express';
import type { Database } from '../db/database';
import { seedE2eWorld } from './e2e-world';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Test-only: `POST /e2e/worlds` seeds a fresh tagged copy of the demo for one browser journey and
 * answers with its logins (ADR 0016). Mounted only when OVERBLIK_E2E_FIXTURES=1 (set by
 * scripts/e2e-server.mjs, never by default), and even then it answers loopback callers alone.
 */
export function e2eFixturesRouter(db: Database): Router {
  const router = express.Router();
  router.post('/worlds', async (req: Request, res: Response) => {
    if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
      res.status(403).json({ error: 'E2E fixtures answer loopback callers only' });
      return;
    }
    res.status(201).json(await seedE2eWorld(db));
  });
  return router;
}
