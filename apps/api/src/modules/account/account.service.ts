import { verify } from '@node-rs/argon2';
import {
  acceptInvitationSchema,
  changePasswordSchema,
  passwordResetRequestSchema,
  resetPasswordSchema,
} from '@overblik/domain';
import type { Context } from '../../context';
import type { Db } from '../../db/handles';
import { requireViewer } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { invalid, notFound } from '../../shared/errors';
import { currentSessionId, endSession } from '../../shared/session';
import { validate } from '../../shared/validation';
import { inTransaction } from '../../shared/versioned';
import { hashPassword } from '../auth/auth.service';
import { sendAccountMail } from './account.mail';
import { accountRepository as repo } from './account.repository';
import { issueLink, readLink, redeemLink } from './one-time-link';
import { samlRepository } from '../single-sign-on/saml.repository';
import { purgeExpiredSignInAttempts } from '../single-sign-on/sign-in-attempt';
import { serverLog } from '../../shared/logger';
import { oneTimeTokenRepository } from './one-time-token.repository';

const SET_PASSWORD_LINKS = ['INVITE', 'FIRST_SIGN_IN'] as const;
/** Answers to a reset request take at least this long, so a known e-mail is not told apart by time. */
const RESET_ANSWER_MS = 400;

const audited = (userId: string, change: string) => ({
  organisationId: null,
  action: 'UPDATE' as const,
  entityType: 'User',
  entityId: userId,
  after: { change },
});

export const accountService = {
  /** What a one-time link is for, so its page can greet the person; refuses used or expired links. */
  async oneTimeLink(ctx: Context, token: string) {
    const link = await readLink(ctx.prisma, token, ['INVITE', 'FIRST_SIGN_IN', 'PASSWORD_RESET']);
    return {
      purpose: link.purpose,
      email: link.user.email,
      // An invited person's name is a placeholder (their e-mail) until they give their own.
      name: link.user.name === link.user.email ? '' : link.user.name,
      organisationName: link.organisation?.name ?? null,
    };
  },

  /**
   * Accepts an invitation or first sign-in link, once: a new person gives their name and chooses a
   * password; someone who already has an account confirms it with theirs (the link cannot change
   * it). The invitation's membership then gives access.
   */
  async acceptInvitation(ctx: Context, token: string, input: { name: string; password: string }) {
    const data = validate(acceptInvitationSchema, input);
    const passwordHash = await hashPassword(data.password);
    await inTransaction(ctx, async (tx) => {
      const link = await redeemLink(tx, token, SET_PASSWORD_LINKS);
      if (!link.user.passwordHash) await repo.setPassword(tx, link.user.id, passwordHash, data.name);
      else if (!(await verify(link.user.passwordHash, data.password))) {
        throw invalid([{ field: 'password', message: 'field.wrongPassword' }]);
      }
      if (link.organisation) await repo.join(tx, link.user.id, link.organisation.id);
      await writeAudit(
        tx,
        { viewer: null },
        {
          ...audited(link.user.id, 'invitationAccepted'),
          organisationId: link.organisation?.id ?? null,
        },
      );
    });
    return true;
  },

  /**
   * Always the same answer, after about the same time, whether or not the e-mail has an account:
   * the mail is sent after the answer, and a known account's link is issued within the minimum time.
   */
  async requestPasswordReset(ctx: Context, email: string) {
    const started = Date.now();
    const { email: value } = validate(passwordResetRequestSchema, { email: email.trim().toLowerCase() });
    const user = await repo.userByEmail(ctx.prisma, value);
    if (user && !user.disabled) {
      const link = await inTransaction(ctx, (tx) =>
        issueLink(tx, 'PASSWORD_RESET', { userId: user.id, organisationId: null }, ctx.publicUrl),
      );
      const requestId = String(ctx.res.locals.requestId ?? '');
      void sendAccountMail(ctx.smtpUrl, { to: value, locale: user.locale, kind: 'passwordReset', link })
        .then((sent) => {
          if (!sent)
            serverLog().warn(
              { requestId },
              'password reset requested, but SMTP_URL is not set: no e-mail sent',
            );
        })
        .catch((error: unknown) =>
          serverLog().error({ requestId, error: String(error) }, 'password reset e-mail failed'),
        );
    }
    await new Promise((resolve) =>
      setTimeout(resolve, Math.max(0, RESET_ANSWER_MS - (Date.now() - started))),
    );
    return true;
  },

  /** Sets a new password from a reset link; every session of the person ends (someone else may hold one). */
  async resetPassword(ctx: Context, token: string, password: string) {
    const { password: value } = validate(resetPasswordSchema, { password });
    const passwordHash = await hashPassword(value);
    await inTransaction(ctx, async (tx) => {
      const link = await redeemLink(tx, token, ['PASSWORD_RESET']);
      await repo.setPassword(tx, link.user.id, passwordHash);
      await repo.deleteSessions(tx, link.user.id);
      await writeAudit(tx, { viewer: null }, audited(link.user.id, 'passwordReset'));
    });
    return true;
  },

  /** Changes the viewer's password; their other sessions end, this one stays. */
  async changePassword(ctx: Context, input: { currentPassword: string; newPassword: string }) {
    const viewer = requireViewer(ctx);
    const data = validate(changePasswordSchema, input);
    const { passwordHash } = await repo.passwordHash(ctx.prisma, viewer.id);
    if (!passwordHash || !(await verify(passwordHash, data.currentPassword))) {
      throw invalid([{ field: 'currentPassword', message: 'field.wrongPassword' }]);
    }
    const newHash = await hashPassword(data.newPassword);
    await inTransaction(ctx, async (tx) => {
      await repo.setPassword(tx, viewer.id, newHash);
      await repo.deleteSessions(tx, viewer.id, currentSessionId(ctx.req) ?? undefined);
      await writeAudit(tx, ctx, audited(viewer.id, 'passwordChanged'));
    });
    return true;
  },

  async mySessions(ctx: Context) {
    const viewer = requireViewer(ctx);
    const current = currentSessionId(ctx.req);
    const sessions = await repo.sessions(ctx.prisma, viewer.id);
    return sessions.map((s) => ({ ...s, current: s.id === current }));
  },

  /** Ends one of the viewer's own sessions (another person's id matches nothing). */
  async revokeSession(ctx: Context, id: string) {
    const viewer = requireViewer(ctx);
    if ((await repo.deleteSession(ctx.prisma, viewer.id, id)).count === 0) throw notFound('Session');
    if (id === currentSessionId(ctx.req)) await endSession(ctx.prisma, ctx.req, ctx.res);
    return true;
  },

  /** Ends every session of the viewer, this one included. */
  async signOutEverywhere(ctx: Context) {
    const viewer = requireViewer(ctx);
    await repo.deleteSessions(ctx.prisma, viewer.id);
    await endSession(ctx.prisma, ctx.req, ctx.res);
    return true;
  },
};

/** Deletes expired sessions and one-time links; run on a schedule (account-purge.schedule.ts). */
export async function purgeExpired(db: { prisma: Db }, now = new Date()) {
  const sessions = await repo.purgeExpiredSessions(db.prisma, now);
  const links = await oneTimeTokenRepository.purgeExpired(db.prisma, now);
  const attempts = await purgeExpiredSignInAttempts(db.prisma, now);
  const assertions = await samlRepository.purgeExpired(db.prisma, now);
  return { sessions: sessions.count, links: links.count + attempts + assertions.count };
}
