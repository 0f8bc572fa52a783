/** An organisation as the password rules read it. */
export interface PasswordPolicyOrganisation {
  organisationId: string;
  passwordSignIn: boolean;
}

/**
 * The organisations a password session opens (ADR 0027). Installation administrators keep every
 * membership: they are the installation's way back in when an identity provider fails. Anyone
 * else gets only the organisations that still accept passwords; with none left, the password
 * sign-in is refused (and named by the provider to use instead).
 */
export function passwordSignInAllowed<T extends PasswordPolicyOrganisation>(
  user: { installationAdmin: boolean },
  memberships: readonly T[],
): T[] {
  return user.installationAdmin ? [...memberships] : memberships.filter((m) => m.passwordSignIn);
}

/**
 * Passwords may be switched off only once single sign-on is proven to work: one of the
 * organisation's providers is enabled and someone has signed in through it.
 */
export function canSwitchPasswordsOff(
  providers: readonly { enabled: boolean; lastSignInAt: Date | string | null }[],
): boolean {
  return providers.some((p) => p.enabled && p.lastSignInAt !== null);
}
