import { randomBytes } from 'node:crypto';
import { SAML, ValidateInResponseTo, type CacheProvider, type Profile } from '@node-saml/node-saml';
import type { SamlIdentityProvider } from './saml-metadata';
import type { SamlServiceProviderKeys } from './saml-service-provider-keys';
import { refusalFor, SamlRefused } from './saml-refusal';

/** How far the identity provider's clock may be from ours (NotBefore/NotOnOrAfter). Small: one minute. */
export const CLOCK_SKEW_MS = 60_000;
/** How long a started sign-in waits for the identity provider's answer. */
export const REQUEST_TTL_MS = 10 * 60_000;
/** How long an assertion ID is kept when the assertion names no NotOnOrAfter of its own. */
const DEFAULT_ASSERTION_TTL_MS = 60 * 60_000;

/** The service provider's addresses for one provider; the entity ID is the metadata URL (stable). */
export interface SamlServiceProviderUrls {
  entityId: string;
  metadataUrl: string;
  acsUrl: string;
  signInUrl: string;
}

export function samlUrls(publicUrl: string, providerId: string): SamlServiceProviderUrls {
  const base = `${publicUrl}/auth/saml/${providerId}`;
  return {
    entityId: `${base}/metadata`,
    metadataUrl: `${base}/metadata`,
    acsUrl: `${base}/acs`,
    signInUrl: `${base}/start`,
  };
}

/** An AuthnRequest ID: an NCName (starts with a letter or underscore), 160 random bits. */
export const newRequestId = () => `_${randomBytes(20).toString('hex')}`;

/**
 * node-saml configured for one identity provider: signed assertions required (a signed response
 * around an unsigned assertion is not enough), audience and InResponseTo always checked, and
 * request IDs kept in the database through `cache` so any API process can take the answer.
 * AuthnRequests are signed (RSA-SHA256) with the service provider's signing key; an encrypted
 * assertion is decrypted with its encryption key (a plain one is still taken: Entra ID does not
 * encrypt unless told to).
 */
export function serviceProvider(
  idp: SamlIdentityProvider,
  urls: SamlServiceProviderUrls,
  keys: SamlServiceProviderKeys,
  cache: CacheProvider,
  requestId: () => string = newRequestId,
): SAML {
  return new SAML({
    privateKey: keys.signing.privateKey,
    decryptionPvk: keys.encryption.privateKey,
    entryPoint: idp.ssoUrl,
    issuer: urls.entityId,
    callbackUrl: urls.acsUrl,
    idpCert: idp.certificates,
    idpIssuer: idp.entityId,
    audience: urls.entityId,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: REQUEST_TTL_MS,
    acceptedClockSkewMs: CLOCK_SKEW_MS,
    cacheProvider: cache,
    generateUniqueId: requestId,
    // Let the identity provider choose the NameID format and authentication context: Entra ID and
    // the Context Handler each refuse requests that demand ones they do not offer.
    identifierFormat: null,
    disableRequestedAuthnContext: true,
    signatureAlgorithm: 'sha256',
    digestAlgorithm: 'sha256',
  });
}

/** The parts of a verified assertion a sign-in uses. */
export interface VerifiedAssertion {
  assertionId: string;
  /** Until when a replay must be refused: the latest NotOnOrAfter the assertion names. */
  keepUntil: Date;
  inResponseTo: string;
  nameId: string;
  /** Attribute name → its values, as strings. */
  attributes: Record<string, string[]>;
}

type XmlJs = Record<string, unknown> & { $?: Record<string, string> };
const first = (value: unknown): XmlJs | undefined => (Array.isArray(value) ? (value[0] as XmlJs) : undefined);
const list = (value: unknown): XmlJs[] => (Array.isArray(value) ? (value as XmlJs[]) : []);

function attributeValues(value: unknown): string[] {
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap((v) => (typeof v === 'string' ? [v.trim()] : [])).filter(Boolean);
}

/**
 * The checks node-saml leaves to the service provider, made on the signed assertion it returns:
 * the issuer is the configured identity provider and a bearer confirmation names our ACS URL as
 * its Recipient (SAML 2.0 profiles §4.1.4.3).
 */
function checkAssertion(
  profile: Profile,
  idp: SamlIdentityProvider,
  urls: SamlServiceProviderUrls,
): VerifiedAssertion {
  const assertion = first([profile.getAssertion?.()?.Assertion]);
  if (!assertion?.$?.ID) throw new SamlRefused('INVALID');
  if (profile.issuer !== idp.entityId) throw new SamlRefused('ISSUER');
  const confirmations = list(first(assertion.Subject)?.SubjectConfirmation).filter(
    (c) => c.$?.Method === 'urn:oasis:names:tc:SAML:2.0:cm:bearer',
  );
  const data = confirmations.map((c) => first(c.SubjectConfirmationData)?.$ ?? {});
  if (!data.some((d) => d.Recipient === urls.acsUrl)) throw new SamlRefused('RECIPIENT');

  const ends = [...data.map((d) => d.NotOnOrAfter), first(assertion.Conditions)?.$?.NotOnOrAfter]
    .map((s) => (s ? Date.parse(s) : NaN))
    .filter((t) => Number.isFinite(t));
  const keepUntil = new Date(
    (ends.length ? Math.max(...ends) : Date.now() + DEFAULT_ASSERTION_TTL_MS) + CLOCK_SKEW_MS,
  );
  const attributes = Object.fromEntries(
    Object.entries((profile.attributes as Record<string, unknown> | undefined) ?? {}).map(([k, v]) => [
      k,
      attributeValues(v),
    ]),
  );
  return {
    assertionId: assertion.$.ID,
    keepUntil,
    inResponseTo: typeof profile.inResponseTo === 'string' ? profile.inResponseTo : '',
    nameId: profile.nameID ?? '',
    attributes,
  };
}

/** Verifies a posted SAMLResponse; every failure is a `SamlRefused` with its reason. */
export async function verifyResponse(
  saml: SAML,
  idp: SamlIdentityProvider,
  urls: SamlServiceProviderUrls,
  samlResponse: string,
): Promise<VerifiedAssertion> {
  let profile: Profile | null;
  try {
    ({ profile } = await saml.validatePostResponseAsync({ SAMLResponse: samlResponse }));
  } catch (error) {
    const refusal = refusalFor(error);
    // What node-saml found, for the operators' log; the person is told the refusal's reason only.
    console.warn(
      `SAML response refused as ${refusal.code}: ${String((error as { message?: unknown } | null)?.message ?? error)}`,
    );
    throw refusal;
  }
  if (!profile) throw new SamlRefused('INVALID');
  return checkAssertion(profile, idp, urls);
}
