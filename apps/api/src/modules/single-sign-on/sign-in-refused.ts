import type { SignInRefusal } from '@overblik/domain';
import type { Response } from 'express';

/**
 * Why a sign-in at an identity provider did not end in a session, as the web sign-in page names it
 * (`/sign-in?sso=<reason>`, localised there): the provisioning refusals, plus the protocol's own.
 * `FAILED` covers every other answer that did not verify (tampered, bad nonce or signature): what
 * exactly is logged, not shown.
 */
export type SignInFailure =
  | SignInRefusal
  | 'FAILED'
  | 'EXPIRED'
  | 'UNAVAILABLE'
  | 'CANCELLED'
  // An id token made for another client, or from another issuer, named as SAML names them.
  | 'AUDIENCE'
  | 'ISSUER';

/** Ends a failed sign-in on the web sign-in page: a redirect, never a 5xx or an internal message. */
export function signInRefused(res: Response, reason: SignInFailure): void {
  res.redirect(303, `/sign-in?sso=${reason}`);
}
