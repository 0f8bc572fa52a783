import type { Role } from './roles';

/** The area a user starts in after signing in. */
export type LandingArea = 'benefits' | 'landscape';

/**
 * The executive board reads the benefits dashboard first (its headline numbers are what it
 * meets for); everyone else starts at the landscape. The board wins when a user holds several
 * roles, since that is the seat they sign in for.
 */
export function landingArea(roles: readonly Role[]): LandingArea {
  return roles.includes('EXECUTIVE_BOARD') ? 'benefits' : 'landscape';
}
