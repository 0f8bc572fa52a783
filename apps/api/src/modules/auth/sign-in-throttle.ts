import { createHash } from 'node:crypto';
import type { SqlRunner } from '../../db/database';
import { DomainError } from '../../shared/errors';
import { databaseLimiter } from '../../shared/rate-limit-store';

/** Failed sign-ins per account within the window before the account's sign-ins are refused. */
export const SIGN_IN_ATTEMPTS = 10;
/** The window the failures are counted in, and how long the refusal then lasts (seconds). */
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;

export interface SignInThrottle {
  /** Refuses with TOO_MANY_ATTEMPTS while the account is blocked, whatever the password. */
  check(email: string): Promise<void>;
  /** Counts a failure; true when it was the one that blocked the account (time to tell its owner). */
  failed(email: string): Promise<boolean>;
  /** A successful sign-in forgets earlier failures. */
  succeeded(email: string): Promise<void>;
}

/**
 * Brute-force protection per account (issue #12, ADR 0026), counted in the database so it holds
 * across API processes. The key is the normalised e-mail, hashed (the counter table keeps no
 * addresses), whether or not an account has it: an unknown e-mail is counted, blocked and answered
 * exactly like a known one.
 */
export function signInThrottle(sql: SqlRunner): SignInThrottle {
  const limiter = databaseLimiter(sql, {
    keyPrefix: 'sign-in',
    points: SIGN_IN_ATTEMPTS,
    duration: SIGN_IN_WINDOW_SECONDS,
  });
  const key = (email: string) => createHash('sha256').update(email).digest('hex');
  return {
    async check(email) {
      const state = await limiter.get(key(email));
      if (!state || state.consumedPoints < SIGN_IN_ATTEMPTS) return;
      const retryAfterSeconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
      throw new DomainError(
        'TOO_MANY_ATTEMPTS',
        'error.tooManyAttempts',
        { minutes: Math.ceil(retryAfterSeconds / 60) },
        [],
        { retryAfterSeconds },
      );
    },
    async failed(email) {
      const state = await limiter.penalty(key(email));
      if (state.consumedPoints !== SIGN_IN_ATTEMPTS) return false;
      // The refusal lasts the full window from the failure that caused it, not to the window's end.
      await limiter.block(key(email), SIGN_IN_WINDOW_SECONDS);
      return true;
    },
    async succeeded(email) {
      await limiter.delete(key(email));
    },
  };
}
