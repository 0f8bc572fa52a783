import express, { type Request, type Response, type Router } from 'express';
import type { Database } from '../db/database';
import { installationService } from '../modules/installation/installation.service';
import { DomainError } from '../shared/errors';
import { seedE2eWorld } from './e2e-world';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

const fromLoopback = (req: Request, res: Response) => {
  if (LOOPBACK.has(req.socket.remoteAddress ?? '')) return true;
  res.status(403).json({ error: 'E2E fixtures answer loopback callers only' });
  return false;
};

/**
 * Test-only: `POST /e2e/worlds` seeds a fresh tagged copy of the demo for one browser journey and
 * answers with its logins (ADR 0016). `POST /e2e/init` runs `pnpm overblik init` for a journey that
 * starts from an empty installation, beside other journeys' organisations: JSON body
 * `{ name, cvr, type, adminEmail }`, answer `{ link }` (the first sign-in link). Mounted only when
 * OVERBLIK_E2E_FIXTURES=1 (set by scripts/e2e-server.mjs, never by default), and even then it
 * answers loopback callers alone.
 */
export function e2eFixturesRouter(db: Database, publicUrl: string): Router {
  const router = express.Router();
  router.post('/worlds', async (req: Request, res: Response) => {
    if (fromLoopback(req, res)) res.status(201).json(await seedE2eWorld(db));
  });
  router.post('/init', express.json(), async (req: Request, res: Response) => {
    if (!fromLoopback(req, res)) return;
    try {
      const created = await installationService.init(db.prisma, req.body as never, publicUrl, {
        requireEmpty: false,
      });
      res.status(201).json({ link: created.link });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      res.status(400).json({ error: error.messageKey, fields: error.fields });
    }
  });
  return router;
}
