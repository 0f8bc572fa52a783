import type { SignInRefusal } from '@overblik/domain';
import type { Response } from 'express';

/**
 * Why a sign-in at an identity provider did not end in a session, as the web sign-in page names it
 * (`/sign-in?sso=<reason>`, localised there): the provisioning refusals, plus the protocol's own.
 * `FAILED` covers every answer that did not verify (tampered, wrong audience, expired token, bad
 * nonce): what exactly is logged, not shown.
 */
export type SignInFailure = SignInRefusal | 'FAILED' | 'EXPIRED' | 'UNAVAILABLE' | 'CANCELLED';

/** Ends a failed sign-in on the web sign-in page: a redirect, never a 5xx or an internal message. */
export function signInRefused(res: Response, reason: SignInFailure): void {
  res.redirect(303, `/sign-in?sso=${reason}`);
}
