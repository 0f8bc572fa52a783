import type { NextFunction, Request, Response } from 'express';

/**
 * CSRF defence in depth beside SameSite cookies and Apollo's preflight rule: a browser request
 * whose Origin is another site than the one it is sent to is refused before GraphQL runs.
 */
export function rejectCrossOrigin(req: Request, res: Response, next: NextFunction): void {
  const origin = req.header('origin');
  if (!origin) return next();
  const allowed = (process.env.ALLOWED_ORIGINS ?? '').split(',').filter(Boolean);
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    res
      .status(403)
      .json({ errors: [{ message: 'Cross-origin request refused', extensions: { code: 'FORBIDDEN' } }] });
    return;
  }
  if (host === req.header('host') || allowed.includes(origin)) return next();
  res
    .status(403)
    .json({ errors: [{ message: 'Cross-origin request refused', extensions: { code: 'FORBIDDEN' } }] });
}
