import { oidcPartSchema, type SignInProviderKind } from '@overblik/domain';
import { z } from 'zod';
import { validate } from '../../shared/validation';
import { samlKind } from './saml-kind';
import type { ProviderRow } from './sign-in-provider.repository';
import type { SignInProviderInput } from './sign-in-provider.input';
import type { SignInProviderNode } from './sign-in-provider.type';

/**
 * What each kind of provider adds to the shared model (ADR 0027): how its part of the input becomes
 * the row's `settings` JSON and secret, and how the row shows it. SAML adds its entry here.
 */
export interface ProviderKindHandler {
  /** Validates the kind's part of the input; `secret` undefined keeps the stored one. */
  parse(input: SignInProviderInput): { settings: { [key: string]: string | string[] }; secret?: string };
  /**
   * The secret a new provider of the kind starts with when the input gives none (SAML: the service
   * provider's generated keys); also given to an older row of the kind that has no secret yet.
   */
  initialSecret?(providerId: string): Promise<string>;
  /** The kind's fields on the GraphQL node. */
  present(row: ProviderRow, publicUrl: string): Partial<SignInProviderNode>;
}

/** The stored OIDC settings. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
}

const storedOidc = z.object({ issuer: z.string(), clientId: z.string() });

/** The OIDC settings as stored; a row that is not OIDC, or is malformed, gives null. */
export const oidcSettingsOf = (row: Pick<ProviderRow, 'kind' | 'settings'>): OidcSettings | null =>
  row.kind === 'OIDC' ? (storedOidc.safeParse(row.settings).data ?? null) : null;

/** The one redirect URI every OIDC provider of the installation uses (the state names the provider). */
export const oidcCallbackUrl = (publicUrl: string) => `${publicUrl}/auth/oidc/callback`;

const oidcKind: ProviderKindHandler = {
  parse(input) {
    const { oidc } = validate(oidcPartSchema, { oidc: input.oidc });
    return {
      settings: { issuer: oidc.issuer, clientId: oidc.clientId },
      ...(oidc.clientSecret !== null ? { secret: oidc.clientSecret } : {}),
    };
  },
  present(row, publicUrl) {
    const settings = oidcSettingsOf(row);
    return {
      oidc: settings && {
        ...settings,
        hasClientSecret: row.secretEncrypted !== null,
        callbackUrl: oidcCallbackUrl(publicUrl),
      },
    };
  },
};

export const providerKinds: Partial<Record<SignInProviderKind, ProviderKindHandler>> = {
  OIDC: oidcKind,
  SAML: samlKind,
};
