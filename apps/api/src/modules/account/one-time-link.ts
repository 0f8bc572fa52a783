import { createHash, randomBytes } from 'node:crypto';
import { ONE_TIME_LINK_HOURS, type OneTimeTokenPurpose } from '@overblik/domain';
import type { Db, Tx } from '../../db/handles';
import { DomainError } from '../../shared/errors';
import { oneTimeTokenRepository as repo } from './one-time-token.repository';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The web app's page for each purpose (apps/web/src/app/router.tsx). */
const PAGE: Record<OneTimeTokenPurpose, string> = {
  INVITE: 'invitation',
  FIRST_SIGN_IN: 'invitation',
  PASSWORD_RESET: 'nulstil-adgangskode',
};

/**
 * Issues a single-use link: a random token goes into the URL, only its hash into the database, so
 * a leaked table opens nothing. Earlier unused links of the same purpose for the person stop working.
 */
export async function issueLink(
  tx: Tx,
  purpose: OneTimeTokenPurpose,
  target: { userId: string; organisationId: string | null },
  publicUrl: string,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const id = hash(token);
  const expiresAt = new Date(Date.now() + ONE_TIME_LINK_HOURS[purpose] * 3_600_000);
  await repo.create(tx, { id, purpose, expiresAt, ...target });
  await repo.retireOthers(tx, target.userId, purpose, id);
  return `${publicUrl}/${PAGE[purpose]}/${token}`;
}

const tokenError = (key: 'error.token.invalid' | 'error.token.used' | 'error.token.expired') =>
  new DomainError('INVALID_TOKEN', key);

/** The link's record when it may still be used for one of `purposes`; otherwise a localised refusal. */
export async function readLink(db: Db | Tx, token: string, purposes: readonly OneTimeTokenPurpose[]) {
  const row = token.length <= 100 ? await repo.find(db, hash(token)) : null;
  if (!row || !purposes.includes(row.purpose)) throw tokenError('error.token.invalid');
  if (row.usedAt) throw tokenError('error.token.used');
  if (row.expiresAt < new Date()) throw tokenError('error.token.expired');
  return row;
}

/** Reads and uses up the link in the caller's transaction; a second, concurrent use is refused. */
export async function redeemLink(tx: Tx, token: string, purposes: readonly OneTimeTokenPurpose[]) {
  const row = await readLink(tx, token, purposes);
  if ((await repo.markUsed(tx, row.id)).count === 0) throw tokenError('error.token.used');
  return row;
}
