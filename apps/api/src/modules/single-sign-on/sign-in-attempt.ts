import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/handles';
import type { Request, Response } from 'express';
import { signInAttemptRepository as repo } from './sign-in-attempt.repository';

/**
 * A sign-in that went to an identity provider and has not come back (ADR 0027). The state is a
 * random 256-bit value; the database holds only its hash, with what the callback must check (the
 * PKCE verifier and nonce, or a SAML request id), so any API process can finish the sign-in. It is
 * single-use (taking it deletes the row) and expires after ten minutes. The state also goes into a
 * short-lived httpOnly cookie, so a callback is accepted only in the browser that started it.
 */
export const SIGN_IN_ATTEMPT_MINUTES = 10;
export const SIGN_IN_ATTEMPT_COOKIE = 'overblik_sign_in';

const hash = (state: string) => createHash('sha256').update(state).digest('hex');

export async function beginSignInAttempt(
  prisma: Db,
  res: Response,
  providerId: string,
  data: Record<string, string>,
  options: { secure: boolean; sameSite?: 'lax' | 'none' },
): Promise<string> {
  const state = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SIGN_IN_ATTEMPT_MINUTES * 60_000);
  await repo.create(prisma, hash(state), providerId, data, expiresAt);
  res.cookie(SIGN_IN_ATTEMPT_COOKIE, state, {
    httpOnly: true,
    // Lax suffices for OIDC's top-level GET redirect back; SAML's cross-site POST needs 'none' (+ Secure).
    sameSite: options.sameSite ?? 'lax',
    secure: options.secure || options.sameSite === 'none',
    path: '/auth',
    maxAge: SIGN_IN_ATTEMPT_MINUTES * 60_000,
  });
  return state;
}

export type TakenAttempt =
  | { ok: true; providerId: string; data: Record<string, string> }
  | { ok: false; reason: 'UNKNOWN' | 'EXPIRED' | 'OTHER_BROWSER' };

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Takes the attempt the callback's state names, once: unknown, already used, expired or started in
 * another browser gives a reason instead. The attempt cookie is cleared either way.
 */
export async function takeSignInAttempt(
  prisma: Db,
  req: Request,
  res: Response,
  state: unknown,
): Promise<TakenAttempt> {
  const cookie = req.cookies?.[SIGN_IN_ATTEMPT_COOKIE] as string | undefined;
  res.clearCookie(SIGN_IN_ATTEMPT_COOKIE, { path: '/auth' });
  if (typeof state !== 'string' || !state || state.length > 200) return { ok: false, reason: 'UNKNOWN' };
  const id = hash(state);
  const row = await repo.find(prisma, id);
  if (!row || !(await repo.take(prisma, id))) return { ok: false, reason: 'UNKNOWN' };
  if (row.expiresAt < new Date()) return { ok: false, reason: 'EXPIRED' };
  if (!cookie || !sameText(cookie, state)) return { ok: false, reason: 'OTHER_BROWSER' };
  return { ok: true, providerId: row.providerId, data: row.data as Record<string, string> };
}

export const purgeExpiredSignInAttempts = (prisma: Db, now = new Date()) => repo.purgeExpired(prisma, now);
