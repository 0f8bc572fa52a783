import express, { type NextFunction, type Request, type Response, Router } from 'express';
import type { Database } from '../../db/database';
import { provisionAndSignIn } from './provisioning';
import { attemptCache, attemptIdOf, newRelayState } from './saml-attempt';
import { samlIdentity } from './saml-identity';
import { refusalFor, SamlRefused } from './saml-refusal';
import { REQUEST_TTL_MS, samlUrls, serviceProvider, verifyResponse } from './saml-response';
import { samlSettingsOf } from './saml-settings';
import { samlRepository as repo } from './saml.repository';

export interface SamlRouteOptions {
  publicUrl: string;
  secureCookies: boolean;
  sessionTtlHours: number;
}

/** Binds a started sign-in to this browser: the ACS accepts only the relay state it holds. */
const RELAY_COOKIE = 'overblik_saml';
const COOKIE_PATH = '/auth/saml';

/** Where every refusal ends: the sign-in page names the reason in the person's language. */
const refuse = (res: Response, code: string) => res.redirect(303, `/sign-in?sso=${encodeURIComponent(code)}`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function enabledProvider(db: Database, id: string) {
  if (!UUID.test(id)) return null;
  const row = await repo.provider(db.prisma, id);
  const settings = row && samlSettingsOf(row);
  return row?.enabled && settings ? { row, settings } : null;
}

/**
 * SAML 2.0 service provider endpoints, one set per provider (ADR 0028): metadata, start (an
 * AuthnRequest by HTTP-Redirect) and the assertion consumer service (the answer by HTTP-POST).
 * Nothing here answers 5xx: a failure of any kind ends on the sign-in page with its reason.
 */
export function samlRouter(db: Database, options: SamlRouteOptions): Router {
  const router = Router();
  const cookie = {
    httpOnly: true,
    path: COOKIE_PATH,
    // The identity provider's POST is a cross-site request: only SameSite=None cookies go with it,
    // and browsers take those only when Secure (production). Lax serves same-site test providers.
    sameSite: options.secureCookies ? ('none' as const) : ('lax' as const),
    secure: options.secureCookies,
  };

  // The service provider's metadata, for the administrator to register at the identity provider;
  // served while the provider is still disabled, since registering comes before switching on.
  router.get('/:providerId/metadata', async (req: Request<{ providerId: string }>, res, next) => {
    try {
      const row = UUID.test(req.params.providerId)
        ? await repo.provider(db.prisma, req.params.providerId)
        : null;
      const settings = row && samlSettingsOf(row);
      if (!row || !settings) return void res.status(404).type('text/plain').send('Not found');
      const urls = samlUrls(options.publicUrl, row.id);
      const metadata = serviceProvider(
        settings,
        urls,
        attemptCache(db.prisma, row.id, ''),
      ).generateServiceProviderMetadata(null, null);
      res.type('application/samlmetadata+xml').send(metadata);
    } catch (error) {
      next(error);
    }
  });

  router.get('/:providerId/start', async (req: Request<{ providerId: string }>, res) => {
    try {
      const found = await enabledProvider(db, req.params.providerId);
      if (!found) return void refuse(res, 'UNAVAILABLE');
      const { relayState, attemptId } = newRelayState();
      const saml = serviceProvider(
        found.settings,
        samlUrls(options.publicUrl, found.row.id),
        attemptCache(db.prisma, found.row.id, attemptId),
      );
      const location = await saml.getAuthorizeUrlAsync(relayState, undefined, {});
      res.cookie(RELAY_COOKIE, relayState, { ...cookie, maxAge: REQUEST_TTL_MS });
      res.redirect(302, location);
    } catch (error) {
      console.error('SAML sign-in could not start', error);
      refuse(res, 'UNAVAILABLE');
    }
  });

  router.post(
    '/:providerId/acs',
    express.urlencoded({ extended: false, limit: '512kb', parameterLimit: 10 }),
    async (req: Request<{ providerId: string }>, res) => {
      res.clearCookie(RELAY_COOKIE, { path: COOKIE_PATH });
      try {
        const found = await enabledProvider(db, req.params.providerId);
        if (!found) return void refuse(res, 'UNAVAILABLE');
        const { row, settings } = found;
        const body = (req.body ?? {}) as Record<string, unknown>;
        const relayState = typeof body.RelayState === 'string' ? body.RelayState : '';
        const samlResponse = typeof body.SAMLResponse === 'string' ? body.SAMLResponse : '';
        const held = req.cookies?.[RELAY_COOKIE] as string | undefined;
        if (!relayState || relayState !== held) throw new SamlRefused('REQUEST_UNKNOWN');
        if (!samlResponse) throw new SamlRefused('INVALID');

        const urls = samlUrls(options.publicUrl, row.id);
        const saml = serviceProvider(
          settings,
          urls,
          attemptCache(db.prisma, row.id, attemptIdOf(relayState)),
        );
        const assertion = await verifyResponse(saml, settings, urls, samlResponse);
        const identity = samlIdentity(assertion, row.roleClaim, row.organisation.cvr);
        // Spent before provisioning: an assertion is good for one sign-in, refused or not.
        if (!(await repo.useAssertion(db.prisma, row.id, assertion.assertionId, assertion.keepUntil))) {
          throw new SamlRefused('REPLAYED');
        }
        const result = await provisionAndSignIn(
          {
            prisma: db.prisma,
            res,
            sessionTtlHours: options.sessionTtlHours,
            secureCookies: options.secureCookies,
          },
          row,
          identity,
        );
        if (!result.ok) return void refuse(res, result.reason);
        res.redirect(303, '/');
      } catch (error) {
        const refusal = refusalFor(error);
        if (refusal.code === 'INVALID' && !(error instanceof SamlRefused))
          console.error('SAML response refused', error);
        refuse(res, refusal.code);
      }
    },
  );

  // A body the parser refuses (too large, too many fields) is a refused response, not an error page.
  router.use('/:providerId/acs', (_error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    refuse(res, 'INVALID');
  });

  return router;
}
