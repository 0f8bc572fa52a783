import { createHash, randomBytes } from 'node:crypto';
import { passwordSignInAllowed } from '@overblik/domain';
import type { Request, Response } from 'express';
import type { Viewer } from '../context';
import type { Db } from '../db/handles';
import { sessionRepository } from './session.repository';

/** httpOnly session cookie; only a hash of the token is stored (a leaked table opens no session). */
export const SESSION_COOKIE = 'overblik_session';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function startSession(
  db: Db,
  res: Response,
  userId: string,
  options: { ttlHours: number; secure: boolean; providerId?: string },
): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + options.ttlHours * 3_600_000);
  await sessionRepository.create(db, hash(token), userId, expiresAt, options.providerId ?? null);
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    path: '/',
    expires: expiresAt,
  });
}

export async function endSession(db: Db, req: Request, res: Response): Promise<void> {
  const token = req.cookies?.[SESSION_COOKIE] as string | undefined;
  if (token) await sessionRepository.delete(db, hash(token));
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** The stored id (token hash) of the request's session, to mark or keep "this session". */
export function currentSessionId(req: Request): string | null {
  const token = req.cookies?.[SESSION_COOKIE] as string | undefined;
  return token ? hash(token) : null;
}

export async function readSession(db: Db, req: Request): Promise<Viewer | null> {
  const token = req.cookies?.[SESSION_COOKIE] as string | undefined;
  if (!token) return null;
  const session = await sessionRepository.withUser(db, hash(token));
  if (!session || session.expiresAt < new Date() || session.user.disabled) return null;
  const { user, provider } = session;
  // Disabling a provider ends the sessions it opened.
  if (provider && !provider.enabled) return null;
  // A deactivated membership gives no access to its organisation (its history keeps the person).
  const memberships = user.memberships.map((m) => ({
    organisationId: m.organisationId,
    roles: m.roles,
    passwordSignIn: m.organisation.passwordSignIn,
  }));
  // A single sign-on session opens only its provider's organisation, and never the installation
  // level: an organisation's identity provider speaks for that organisation alone. A password
  // session opens the organisations that still accept passwords (ADR 0027).
  const open = provider
    ? memberships.filter((m) => m.organisationId === provider.organisationId)
    : passwordSignInAllowed(user, memberships);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    installationAdmin: !provider && user.installationAdmin,
    memberships: open.map(({ organisationId, roles }) => ({ organisationId, roles })),
  };
}
