import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import type { Context } from '../../context';
import { passwordSignInAllowed } from '@overblik/domain';
import { memberOrganisationIds, requireViewer } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { DomainError } from '../../shared/errors';
import { endSession, startSession } from '../../shared/session';
import { validate } from '../../shared/validation';
import { sendAccountMail } from '../account/account.mail';
import { authRepository } from './auth.repository';

/** Argon2id with library defaults (memory-hard; ADR 0007). */
export const hashPassword = (password: string) => hash(password);

// A fixed hash to verify against when the e-mail is unknown, so timing does not reveal accounts.
let decoyHash: Promise<string> | null = null;

const signInSchema = z.object({ email: z.email().max(320), password: z.string().min(1).max(500) });

/** The owner of a blocked account hears of it; sent after answering, so the answer's time says nothing. */
function tellOwnerOfBlock(ctx: Context, email: string, locale: string) {
  const link = `${ctx.publicUrl}/glemt-adgangskode`;
  void sendAccountMail(ctx.smtpUrl, { to: email, locale, kind: 'signInBlocked', link })
    .then((sent) => {
      if (!sent) console.warn('A sign-in was blocked, but SMTP_URL is not set: its owner was not told.');
    })
    .catch((error: unknown) => console.error('Sign-in block e-mail failed:', error));
}

export const authService = {
  async signIn(ctx: Context, email: string, password: string) {
    const input = validate(signInSchema, { email: email.trim().toLowerCase(), password });
    // Blocked after repeated failures (ADR 0026): refused before the account is even looked up, so
    // a known and an unknown e-mail get the same answer in the same time.
    await ctx.signInThrottle.check(input.email);
    const user = await authRepository.findCredentials(ctx.prisma, input.email);
    decoyHash ??= hashPassword('decoy-password-never-matches');
    const ok = await verify(user?.passwordHash ?? (await decoyHash), input.password);
    // Read only once the password holds, so a wrong password costs the same for every e-mail.
    const memberships =
      ok && user && !user.disabled ? await authRepository.signInMemberships(ctx.prisma, user.id) : [];
    // Someone deactivated in every organisation they belonged to has nothing left to sign in to.
    const locked = !user || user.disabled || (!memberships.length && !user.installationAdmin);
    if (!ok || locked) {
      const blocked = await ctx.signInThrottle.failed(input.email);
      if (blocked && user && !user.disabled) tellOwnerOfBlock(ctx, input.email, user.locale);
      throw new DomainError('BAD_CREDENTIALS', 'error.badCredentials');
    }
    await ctx.signInThrottle.succeeded(input.email);
    const open = passwordSignInAllowed(
      user,
      memberships.map((m) => ({
        organisationId: m.organisationId,
        passwordSignIn: m.organisation.passwordSignIn,
      })),
    );
    // Every organisation of the person signs in through its identity provider: name it (ADR 0027).
    if (!open.length && !user.installationAdmin) {
      const provider = memberships.flatMap((m) => m.organisation.signInProviders)[0]?.name ?? '';
      throw new DomainError('FORBIDDEN', 'error.sso.passwordsOff', { provider });
    }
    await startSession(ctx.prisma, ctx.res, user.id, {
      ttlHours: ctx.sessionTtlHours,
      secure: ctx.secureCookies,
    });
    return authRepository.viewerById(
      ctx.prisma,
      user.id,
      open.map((m) => m.organisationId),
    );
  },

  async signOut(ctx: Context) {
    await endSession(ctx.prisma, ctx.req, ctx.res);
    return true;
  },

  async viewer(ctx: Context) {
    // An API token is no person: it has no viewer to show.
    return ctx.viewer && !ctx.viewer.apiToken
      ? authRepository.viewerById(ctx.prisma, ctx.viewer.id, memberOrganisationIds(ctx))
      : null;
  },

  async setLocale(ctx: Context, locale: string) {
    const viewer = requireViewer(ctx);
    const { value } = validate(z.object({ value: z.enum(['da', 'en']) }), { value: locale });
    await ctx.prisma.$transaction(async (tx) => {
      const before = await authRepository.userLocale(tx, viewer.id);
      await authRepository.setLocale(tx, viewer.id, value);
      await writeAudit(tx, ctx, {
        organisationId: null,
        action: 'UPDATE',
        entityType: 'User',
        entityId: viewer.id,
        before,
        after: { locale: value },
      });
    });
    return authRepository.viewerById(ctx.prisma, viewer.id, memberOrganisationIds(ctx));
  },
};
