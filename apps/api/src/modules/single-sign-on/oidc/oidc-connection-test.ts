import { canAdministerOrganisation, oidcIssuerSchema } from '@overblik/domain';
import { z } from 'zod';
import type { Context } from '../../../context';
import { requireAllowed } from '../../../shared/access';
import { DomainError } from '../../../shared/errors';
import { validate } from '../../../shared/validation';
import { discoverOidc } from './oidc-client';

/** "Test connection" on the settings form: the issuer's discovery document can be read and names that issuer. */
export async function testOidcIssuer(ctx: Context, issuer: string): Promise<boolean> {
  requireAllowed(ctx, canAdministerOrganisation);
  const input = validate(z.object({ issuer: oidcIssuerSchema }), { issuer });
  try {
    await discoverOidc({ issuer: input.issuer, clientId: 'connection-test' }, null);
    return true;
  } catch {
    throw new DomainError('VALIDATION_FAILED', 'error.sso.discoveryFailed', {
      issuer: input.issuer.replace(/\/+$/, ''),
    });
  }
}
