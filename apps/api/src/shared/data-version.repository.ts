import type { PrismaClient } from '@prisma/client';
import type { Tx } from './audit';

type Db = PrismaClient | Tx;

/** The scope of the shared catalogues' data version (systems, suppliers, interfaces, data sources, components). */
export const CATALOGUE_SCOPE = 'catalogue';

export const dataVersionRepository = {
  /**
   * The current data version of each scope (an organisation's id, or CATALOGUE_SCOPE), kept by
   * database triggers on every table that feeds a cached read model (ADR 0015); '0' for a scope
   * nothing has been written to yet. One primary-key lookup, whatever the amount of data.
   */
  async read(db: Db, scopes: string[]): Promise<Map<string, string>> {
    const rows = await db.$queryRaw<{ scope: string; version: string }[]>`
      SELECT scope, version::text AS version FROM "DataVersion" WHERE scope = ANY(${scopes}::text[])`;
    const versions = new Map(scopes.map((s) => [s, '0']));
    for (const row of rows) versions.set(row.scope, row.version);
    return versions;
  },
};
