import { verify } from '@node-rs/argon2';
import type { Db } from '../db/handles';
import { issueLink } from '../modules/account/one-time-link';
import { writeAudit } from '../shared/audit';
import { DEMO_PASSWORD } from '../seed/demo-seed';
import { startRepository as repo } from './start.repository';

/** Accounts whose password is the demo's well-known one. Verifies each distinct hash once. */
export async function demoPasswordAccounts(prisma: Db) {
  const matching: string[] = [];
  for (const hash of await repo.distinctPasswordHashes(prisma)) {
    if (await verify(hash, DEMO_PASSWORD)) matching.push(hash);
  }
  return matching.length ? repo.usersWithHashes(prisma, matching) : [];
}

/**
 * `pnpm overblik clear-demo-passwords`: removes the demo password from every account that has it
 * and returns a first sign-in link (24 h) per account, so each person chooses their own.
 */
export async function clearDemoPasswords(prisma: Db, publicUrl: string) {
  const accounts = await demoPasswordAccounts(prisma);
  return prisma.$transaction(
    async (tx) => {
      const links: { email: string; link: string }[] = [];
      for (const account of accounts) {
        await repo.clearPassword(tx, account.id);
        await writeAudit(
          tx,
          { viewer: null },
          {
            organisationId: null,
            action: 'UPDATE',
            entityType: 'User',
            entityId: account.id,
            after: { change: 'demoPasswordCleared' },
          },
        );
        const link = await issueLink(
          tx,
          'FIRST_SIGN_IN',
          { userId: account.id, organisationId: null },
          publicUrl,
        );
        links.push({ email: account.email, link });
      }
      return links;
    },
    { timeout: 120_000 },
  );
}
