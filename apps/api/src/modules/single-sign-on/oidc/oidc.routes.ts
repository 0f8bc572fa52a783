import cookieParser from 'cookie-parser';
import { Router, type Request, type Response } from 'express';
import type { Db } from '../../../db/handles';
import type { SecretBox } from '../../../shared/secret-box';
import { oidcCallbackUrl, oidcSettingsOf } from '../provider-kinds';
import { provisionAndSignIn } from '../provisioning';
import { beginSignInAttempt, takeSignInAttempt } from '../sign-in-attempt';
import { signInProviderRepository, type ProviderRow } from '../sign-in-provider.repository';
import { secretBinding } from '../sign-in-provider.service';
import { signInRefused } from '../sign-in-refused';
import { discoverOidc, newOidcChecks, oidcAuthorizationUrl, oidcClaims } from './oidc-client';
import { oidcFailure } from './oidc-failure';
import { oidcIdentity } from './oidc-identity';

export interface OidcRouteOptions {
  prisma: Db;
  secretBox: SecretBox;
  publicUrl: string;
  sessionTtlHours: number;
  secureCookies: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why a sign-in failed, for the operators' log: never shown to the person (ADR 0005). */
const logFailure = (step: string, providerId: string, error: unknown) =>
  console.warn(
    `OIDC sign-in failed at ${step} (provider ${providerId}): ${error instanceof Error ? error.message : String(error)}`,
  );

/** Anything unexpected (a database error) still ends on the sign-in page, logged, not as a 5xx. */
const safely =
  <P>(handler: (req: Request<P>, res: Response) => Promise<void>) =>
  async (req: Request<P>, res: Response) => {
    try {
      await handler(req, res);
    } catch (error) {
      console.error('OIDC sign-in failed unexpectedly:', error);
      if (!res.headersSent) signInRefused(res, 'FAILED');
    }
  };

/**
 * Sign-in through an organisation's OpenID Connect provider (ADR 0027): authorization code with
 * PKCE; state and nonce kept in a single-use sign-in attempt. Every failure ends on the sign-in
 * page with a reason (`/sign-in?sso=…`), never a 5xx.
 */
export function oidcRouter(options: OidcRouteOptions): Router {
  const router = Router();
  const redirectUri = oidcCallbackUrl(options.publicUrl);

  const enabledOidcProvider = async (id: string) => {
    if (!UUID.test(id)) return null;
    const row = await signInProviderRepository.findForSignIn(options.prisma, id);
    return row && row.enabled && row.kind === 'OIDC' && oidcSettingsOf(row) ? row : null;
  };

  const configFor = (row: ProviderRow) =>
    discoverOidc(
      oidcSettingsOf(row)!,
      row.secretEncrypted ? options.secretBox.open(row.secretEncrypted, secretBinding(row.id)) : null,
    );

  router.get(
    '/:providerId/start',
    safely(async (req: Request<{ providerId: string }>, res: Response) => {
      const row = await enabledOidcProvider(req.params.providerId);
      if (!row) return signInRefused(res, 'UNAVAILABLE');
      let url: URL;
      try {
        const config = await configFor(row);
        const checks = newOidcChecks();
        const state = await beginSignInAttempt(options.prisma, res, row.id, checks, {
          secure: options.secureCookies,
        });
        url = await oidcAuthorizationUrl(config, checks, state, redirectUri);
      } catch (error) {
        logFailure('discovery', row.id, error);
        return signInRefused(res, 'UNAVAILABLE');
      }
      res.redirect(303, url.href);
    }),
  );

  router.get(
    '/callback',
    safely(async (req: Request, res: Response) => {
      const attempt = await takeSignInAttempt(options.prisma, req, res, req.query.state);
      if (!attempt.ok) return signInRefused(res, attempt.reason === 'OTHER_BROWSER' ? 'FAILED' : 'EXPIRED');
      // The person cancelled, or the provider refused them, at its end.
      if (req.query.error) return signInRefused(res, 'CANCELLED');
      const row = await enabledOidcProvider(attempt.providerId);
      if (!row) return signInRefused(res, 'UNAVAILABLE');
      let claims: Record<string, unknown>;
      try {
        const config = await configFor(row);
        const callbackUrl = new URL(req.originalUrl, options.publicUrl);
        const state = String(req.query.state);
        const { verifier, nonce } = attempt.data;
        claims = await oidcClaims(config, callbackUrl, { verifier, nonce, state }, redirectUri);
      } catch (error) {
        logFailure('callback', row.id, error);
        return signInRefused(res, oidcFailure(error));
      }
      const result = await provisionAndSignIn(
        {
          prisma: options.prisma,
          res,
          sessionTtlHours: options.sessionTtlHours,
          secureCookies: options.secureCookies,
        },
        row,
        oidcIdentity(claims, row.roleClaim),
      );
      if (!result.ok) return signInRefused(res, result.reason);
      res.redirect(303, '/');
    }),
  );

  return Router().use(cookieParser(), router);
}
