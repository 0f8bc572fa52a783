/**
 * Why a SAML sign-in was refused, as a code the web sign-in page names in the person's language
 * (`/sign-in?sso=<code>`). Nothing is changed when one is raised (ADR 0028).
 */
export const SAML_REFUSALS = [
  /** The response or assertion is unsigned, signed by another key, or changed after signing. */
  'SIGNATURE',
  /** Not an answer to a sign-in started here in this browser (unknown, used or expired InResponseTo). */
  'REQUEST_UNKNOWN',
  /** The assertion's NotOnOrAfter (or NotBefore) is outside the accepted clock skew. */
  'EXPIRED',
  /** The assertion was made for another service provider. */
  'AUDIENCE',
  /** The assertion was meant to be delivered to another address. */
  'RECIPIENT',
  /** The assertion names another identity provider than the one configured. */
  'ISSUER',
  /** This assertion has already been used to sign in. */
  'REPLAYED',
  /** The brugersystemroller were granted for another organisation's CVR. */
  'SCOPE',
  /** The assertion carries no e-mail address. */
  'NO_EMAIL',
  /** The assertion is encrypted to another key than the service provider's encryption certificate. */
  'ENCRYPTION',
  /** The identity provider answered with an error status (the person cancelled, for instance). */
  'IDP_ERROR',
  /** Anything else that is not a well-formed SAML response. */
  'INVALID',
] as const;
export type SamlRefusalCode = (typeof SAML_REFUSALS)[number];

export class SamlRefused extends Error {
  constructor(readonly code: SamlRefusalCode) {
    super(code);
    this.name = 'SamlRefused';
  }
}

/** node-saml reports failures as plain errors; their messages are its only classification. */
export function refusalFor(error: unknown): SamlRefused {
  if (error instanceof SamlRefused) return error;
  // Not always an Error of this realm (node:crypto's errors from xml-encryption are not, in jest's VM).
  const message = String((error as { message?: unknown } | null)?.message ?? error ?? '');
  if (error instanceof Error && error.name === 'SamlStatusError') return new SamlRefused('IDP_ERROR');
  if (/InResponseTo/i.test(message)) return new SamlRefused('REQUEST_UNKNOWN');
  if (/expired|not yet valid|no valid subject confirmation/i.test(message)) return new SamlRefused('EXPIRED');
  if (/audience/i.test(message)) return new SamlRefused('AUDIENCE');
  if (/signature/i.test(message)) return new SamlRefused('SIGNATURE');
  // node:crypto's RSA-OAEP or AES-GCM failing inside xml-encryption: not our key, or changed on the way.
  if (/oaep|rsa routines|unable to authenticate data|decrypt/i.test(message))
    return new SamlRefused('ENCRYPTION');
  return new SamlRefused('INVALID');
}
