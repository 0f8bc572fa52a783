import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response, Router } from 'express';
import type { Database } from '../../db/database';
import { provisionAndSignIn } from './provisioning';
import { attemptRequestCache } from './saml-attempt';
import { samlIdentity } from './saml-identity';
import { refusalFor, SamlRefused, type SamlRefusalCode } from './saml-refusal';
import { newRequestId, samlUrls, serviceProvider, verifyResponse } from './saml-response';
import { samlServiceProviderKeysOf, type SamlServiceProviderKeys } from './saml-service-provider-keys';
import { samlSettingsOf } from './saml-settings';
import { samlRepository as repo } from './saml.repository';
import { beginSignInAttempt, takeSignInAttempt } from './sign-in-attempt';
import { secretBinding } from './sign-in-provider.service';
import type { SignInFailure } from './sign-in-refused';
import type { SecretBox } from '../../shared/secret-box';

export interface SamlRouteOptions {
  /** Opens the service provider's keys, sealed in the provider's secret. */
  secretBox: SecretBox;
  publicUrl: string;
  secureCookies: boolean;
  sessionTtlHours: number;
}

/** Where every refusal ends: the sign-in page names the reason in the person's language. */
const refuse = (res: Response, code: SamlRefusalCode | SignInFailure) =>
  res.redirect(303, `/sign-in?sso=${encodeURIComponent(code)}`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The provider with its settings and the service provider's keys; null when any is missing or will not open. */
async function samlProvider(db: Database, secretBox: SecretBox, id: string) {
  if (!UUID.test(id)) return null;
  const row = await repo.provider(db.prisma, id);
  const settings = row && samlSettingsOf(row);
  if (!row || !settings) return null;
  let keys: SamlServiceProviderKeys | null = null;
  try {
    keys = row.secretEncrypted
      ? samlServiceProviderKeysOf(secretBox.open(row.secretEncrypted, secretBinding(row.id)))
      : null;
  } catch (error) {
    console.error(`SAML provider ${row.id}: its keys do not open (OVERBLIK_SECRET_KEY changed?)`, error);
  }
  return keys ? { row, settings, keys } : null;
}

/**
 * SAML 2.0 service provider endpoints, one set per provider (ADR 0028): metadata, start (an
 * AuthnRequest by HTTP-Redirect) and the assertion consumer service (the answer by HTTP-POST).
 * The start and the ACS never answer 5xx: a failure of any kind ends on the sign-in page.
 */
export function samlRouter(db: Database, options: SamlRouteOptions): Router {
  const router = Router();
  router.use(cookieParser());

  // The service provider's metadata, for the administrator to register at the identity provider;
  // served while the provider is still disabled, since registering comes before switching on.
  router.get('/:providerId/metadata', async (req: Request<{ providerId: string }>, res, next) => {
    try {
      const found = await samlProvider(db, options.secretBox, req.params.providerId);
      if (!found) return void res.status(404).type('text/plain').send('Not found');
      const urls = samlUrls(options.publicUrl, found.row.id);
      const saml = serviceProvider(found.settings, urls, found.keys, attemptRequestCache(null));
      const { signing, encryption } = found.keys;
      res
        .type('application/samlmetadata+xml')
        .send(saml.generateServiceProviderMetadata(encryption.certificate, signing.certificate));
    } catch (error) {
      next(error);
    }
  });

  router.get('/:providerId/start', async (req: Request<{ providerId: string }>, res) => {
    try {
      const found = await samlProvider(db, options.secretBox, req.params.providerId);
      if (!found?.row.enabled) return void refuse(res, 'UNAVAILABLE');
      const requestId = newRequestId();
      const relayState = await beginSignInAttempt(
        db.prisma,
        res,
        found.row.id,
        { requestId },
        {
          secure: options.secureCookies,
          // The identity provider's POST back is cross-site: only a SameSite=None cookie (which browsers
          // take only with Secure, so in production) goes with it. Plain-http tests use same-site providers.
          sameSite: options.secureCookies ? 'none' : 'lax',
        },
      );
      const urls = samlUrls(options.publicUrl, found.row.id);
      const saml = serviceProvider(
        found.settings,
        urls,
        found.keys,
        attemptRequestCache(requestId),
        () => requestId,
      );
      res.redirect(302, await saml.getAuthorizeUrlAsync(relayState, undefined, {}));
    } catch (error) {
      console.error('SAML sign-in could not start', error);
      refuse(res, 'UNAVAILABLE');
    }
  });

  router.post(
    '/:providerId/acs',
    express.urlencoded({ extended: false, limit: '512kb', parameterLimit: 10 }),
    async (req: Request<{ providerId: string }>, res) => {
      try {
        const body = (req.body ?? {}) as Record<string, unknown>;
        // Taken first, whatever follows: a relay state is good for one answer, in the browser that started it.
        const attempt = await takeSignInAttempt(db.prisma, req, res, body.RelayState);
        const found = await samlProvider(db, options.secretBox, req.params.providerId);
        if (!found?.row.enabled) return void refuse(res, 'UNAVAILABLE');
        if (!attempt.ok) throw new SamlRefused(attempt.reason === 'EXPIRED' ? 'EXPIRED' : 'REQUEST_UNKNOWN');
        if (attempt.providerId !== found.row.id) throw new SamlRefused('REQUEST_UNKNOWN');
        const samlResponse = typeof body.SAMLResponse === 'string' ? body.SAMLResponse : '';
        if (!samlResponse) throw new SamlRefused('INVALID');

        const { row, settings, keys } = found;
        const urls = samlUrls(options.publicUrl, row.id);
        const saml = serviceProvider(
          settings,
          urls,
          keys,
          attemptRequestCache(attempt.data.requestId ?? null),
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
        if (!(error instanceof SamlRefused)) console.error('SAML response refused', error);
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
