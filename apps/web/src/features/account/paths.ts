/** Public account pages; the API builds its one-time links to the last two (one-time-link.ts). */
export const FORGOT_PASSWORD_PATH = '/glemt-adgangskode';
export const INVITATION_PATH = '/invitation/:token';
export const RESET_PASSWORD_PATH = '/nulstil-adgangskode/:token';
export const ACCOUNT_PATH = '/konto';

/** What the sign-in page shows on arrival, e.g. after a password was set from a link. */
export interface SignInNotice {
  notice: string;
}
