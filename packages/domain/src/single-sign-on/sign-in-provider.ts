import { z } from 'zod';
import { ruleFields } from '../shared/fields';
import { rule } from '../shared/rule-errors';
import { ROLES, type Role } from '../shared/roles';

/** How an organisation's identity provider speaks to Overblik (ADR 0027). */
export const SIGN_IN_PROVIDER_KINDS = ['OIDC', 'SAML'] as const;
export type SignInProviderKind = (typeof SIGN_IN_PROVIDER_KINDS)[number];

/** One row of a role mapping: a person whose claim holds `value` gets `role`. */
export interface RoleMappingRow {
  value: string;
  role: Role;
}

// A host name of two or more labels (norddal.dk, kommune.example.org); no scheme, no @, no port.
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** A domain as stored and compared: trimmed, lower case, without a leading "@". */
export const normaliseDomain = (domain: string) => domain.trim().toLowerCase().replace(/^@/, '');

/**
 * The settings every kind of provider shares, checked alike by the administration form and the API.
 * The claim is required once the mapping has rows; a value maps to a role once.
 */
export const signInProviderSchema = z
  .object({
    name: ruleFields.name,
    allowedDomains: z
      .array(
        z
          .string()
          .transform(normaliseDomain)
          .refine((d) => DOMAIN.test(d), rule('field.emailDomain')),
      )
      .min(1)
      .max(50),
    roleClaim: z.string().trim().max(200),
    roleMapping: z
      .array(z.object({ value: z.string().trim().min(1).max(500), role: z.enum(ROLES) }))
      .max(100),
    newUserRole: z.enum(ROLES).nullable(),
  })
  .superRefine((input, ctx) => {
    if (input.roleMapping.length && !input.roleClaim) {
      ctx.addIssue({ code: 'custom', path: ['roleClaim'], params: { message: 'field.required' } });
    }
    const seen = new Set<string>();
    input.roleMapping.forEach((row, index) => {
      const key = `${row.value}\u0000${row.role}`;
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['roleMapping', index, 'value'],
          params: { message: 'field.duplicateMapping' },
        });
      }
      seen.add(key);
    });
  });
export type SignInProviderInput = z.input<typeof signInProviderSchema>;

const isLoopback = (host: string) => host === 'localhost' || host === '127.0.0.1' || host === '[::1]';

/**
 * An OIDC issuer: https, or http only on this machine (a test provider). Its discovery document is
 * read from `<issuer>/.well-known/openid-configuration`.
 */
export const oidcIssuerSchema = z
  .string()
  .trim()
  .max(500)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopback(url.hostname));
    } catch {
      return false;
    }
  }, rule('field.httpsUrl'));

/** The OIDC part of a provider: issuer and client id; the client secret is write-only (null keeps it). */
export const oidcSettingsSchema = z.object({
  issuer: oidcIssuerSchema,
  clientId: z.string().trim().min(1).max(500),
  clientSecret: z.string().min(1).max(2_000).nullable(),
});
export type OidcSettingsInput = z.input<typeof oidcSettingsSchema>;

/** The OIDC part of a provider input, so its errors are named `oidc.issuer`, … as the API names them. */
export const oidcPartSchema = z.object({ oidc: oidcSettingsSchema });

/** Whether plain http may be used towards the issuer (a provider on this machine, as in tests). */
export const isLoopbackIssuer = (issuer: string) => {
  try {
    return isLoopback(new URL(issuer).hostname);
  } catch {
    return false;
  }
};
