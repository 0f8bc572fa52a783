import type { Context } from '../../context';
import { signInProviderRepository } from './sign-in-provider.repository';

/** Where the browser starts a sign-in through a provider of this kind. */
export const signInStartPath = (kind: string, providerId: string) =>
  `/auth/${kind.toLowerCase()}/${providerId}/start`;

/**
 * The sign-in page offers every enabled provider as a button ("Log ind med …"): an installation
 * serves a handful of organisations, and their names are no secret (ADR 0027).
 */
export async function signInOptions(ctx: Pick<Context, 'prisma'>) {
  const rows = await signInProviderRepository.enabled(ctx.prisma);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    name: row.name,
    organisationName: row.organisation.name,
    startUrl: signInStartPath(row.kind, row.id),
  }));
}
