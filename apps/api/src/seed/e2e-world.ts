import { randomBytes, randomUUID } from 'node:crypto';
import type { Database } from '../db/database';
import { hashPassword } from '../modules/auth/auth.service';
import { todayInCopenhagen } from '../shared/today';
import { runContractAlerts } from '../modules/notification/contract-alert.job';
import { DATA_SOURCES, INFRASTRUCTURE, INTERFACES, SUPPLIERS, SYSTEMS } from './demo-catalogue';
import type { CatalogueIds } from './demo-landscape';
import { DEMO_USERS, taggedNaming } from './demo-organisations';
import { buildDemo, DEMO_PASSWORD } from './demo-seed';
import { writeRows } from './seed-writer';

/**
 * A "world" for one browser journey (ADR 0016): the demo story (Norddal, Søvang and their
 * collaboration, every role, landscape, contracts, portfolio, benefits) seeded again under a fresh
 * tag, so a journey can change anything without another journey seeing it. The shared catalogue is
 * the demo's own and is reused, never copied: pickers would otherwise offer one entry per world.
 */

export interface E2eWorld {
  tag: string;
  /** Demo address (`kontrakt@norddal.dk`) → this world's address, for every demo login. */
  users: Record<string, string>;
  password: string;
}

// Argon2 is deliberately slow; every world's people share the same two hashes.
let hashes: Promise<[string, string]> | null = null;
// Read once per database, before any journey has had a chance to rename a catalogue entry.
const catalogues = new WeakMap<Database, Promise<CatalogueIds>>();

/** The demo catalogue's ids by catalogue key, looked up by name among the shared entries. */
async function demoCatalogue(db: Database): Promise<CatalogueIds> {
  const shared = { ownerOrganisationId: null };
  const select = { id: true, name: true };
  const orderBy = { createdAt: 'asc' } as const;
  const [suppliers, systems, interfaces, dataSources, infrastructure] = await Promise.all([
    db.prisma.supplier.findMany({ where: shared, select, orderBy }),
    db.prisma.itSystem.findMany({ where: shared, select, orderBy }),
    db.prisma.interface.findMany({ where: shared, select, orderBy }),
    db.prisma.dataSource.findMany({ where: shared, select, orderBy }),
    db.prisma.infrastructureComponent.findMany({ where: shared, select, orderBy }),
  ]);
  const byKey = (defs: readonly { key: string; name: string }[], rows: { id: string; name: string }[]) => {
    // The first row of a name is the demo's: journeys add entries later, never before it.
    const ids = new Map<string, string>();
    for (const row of [...rows].reverse()) ids.set(row.name, row.id);
    return new Map(
      defs.map((def) => {
        const id = ids.get(def.name);
        if (!id) throw new Error(`The demo catalogue has no "${def.name}"; seed the demo first`);
        return [def.key, id];
      }),
    );
  };
  return {
    suppliers: byKey(SUPPLIERS, suppliers),
    systems: byKey(SYSTEMS, systems),
    interfaces: byKey(INTERFACES, interfaces),
    dataSources: byKey(DATA_SOURCES, dataSources),
    infrastructure: byKey(INFRASTRUCTURE, infrastructure),
  };
}

/** Seeds one tagged copy of the demo and returns its logins. */
export async function seedE2eWorld(db: Database): Promise<E2eWorld> {
  hashes ??= Promise.all([hashPassword(DEMO_PASSWORD), hashPassword(randomUUID())]);
  const [loginHash, lockedHash] = await hashes;
  const tag = `w${randomBytes(5).toString('hex')}`;
  const naming = taggedNaming(tag);
  if (!catalogues.has(db)) catalogues.set(db, demoCatalogue(db));
  const catalogue = await catalogues.get(db)!;
  const rows = buildDemo(loginHash, lockedHash, { naming, catalogue });
  // Table by table, not in one transaction: the embedded database runs one statement at a time, and
  // a transaction would hold every other journey's requests for as long as the world takes. A world
  // that fails half-way is simply never used.
  await writeRows(db.prisma, rows);
  // As the server's start does for the demo: the world's people find their contract alerts waiting.
  const organisationIds = rows.organisation.map((o) => o.id!);
  await runContractAlerts(db, todayInCopenhagen(), { organisationIds, smtpUrl: null });
  const users = Object.fromEntries(DEMO_USERS.map((u) => [u.email, naming.email(u.email)]));
  return { tag, users, password: DEMO_PASSWORD };
}
