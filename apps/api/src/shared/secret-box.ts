import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { DomainError } from './errors';

/**
 * Secrets kept for the installation (an OIDC client secret) are stored AES-256-GCM encrypted under a
 * key derived from OVERBLIK_SECRET_KEY (ADR 0027), so a copy of the database alone opens nothing.
 * Each secret is bound to what it belongs to (the additional data, e.g. `SignInProvider:<id>`): a
 * value copied to another row does not decrypt there.
 */
export interface SecretBox {
  seal(plain: string, boundTo: string): string;
  open(sealed: string, boundTo: string): string;
}

/** Used outside production only, so development and tests need no set-up. */
export const DEVELOPMENT_SECRET_KEY = 'overblik-development-secret-key-never-use-in-production';
export const SECRET_KEY_MIN_LENGTH = 32;

const FORMAT = 'v1';

function deriveKey(secretKey: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, 'overblik', 'secret-box v1', 32));
}

/** A box under the key; `null` (no OVERBLIK_SECRET_KEY in production) refuses to seal or open anything. */
export function secretBox(secretKey: string | null): SecretBox {
  const key = secretKey ? deriveKey(secretKey) : null;
  const requireKey = () => {
    if (!key) throw new DomainError('VALIDATION_FAILED', 'error.secretKeyMissing');
    return key;
  };
  return {
    seal(plain, boundTo) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', requireKey(), iv);
      cipher.setAAD(Buffer.from(boundTo));
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [FORMAT, iv, cipher.getAuthTag(), body]
        .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
        .join('.');
    },
    open(sealed, boundTo) {
      const [format, iv, tag, body] = sealed.split('.');
      if (format !== FORMAT || !iv || !tag || body === undefined)
        throw new Error('secret-box: unknown format');
      const decipher = createDecipheriv('aes-256-gcm', requireKey(), Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(boundTo));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}

/**
 * Why the configured key cannot be used, or null: set but shorter than 32 characters, or missing in
 * production while a stored secret needs it. The start refuses with this message.
 */
export function secretKeyProblem(
  secretKey: string | null,
  production: boolean,
  secretsStored: number,
): string | null {
  if (secretKey && secretKey.length < SECRET_KEY_MIN_LENGTH) {
    return `OVERBLIK_SECRET_KEY must be at least ${SECRET_KEY_MIN_LENGTH} characters (e.g. \`openssl rand -base64 32\`).`;
  }
  if (!secretKey && production && secretsStored) {
    return (
      `Overblik will not start in production: ${secretsStored} identity provider secret(s) are stored encrypted, ` +
      'and OVERBLIK_SECRET_KEY, the key they were encrypted with, is not set. Set it to the same value as before.'
    );
  }
  return null;
}

/** The key in force: OVERBLIK_SECRET_KEY, else the development key outside production, else none. */
export const effectiveSecretKey = (secretKey: string | null, production: boolean): string | null =>
  secretKey ?? (production ? null : DEVELOPMENT_SECRET_KEY);
