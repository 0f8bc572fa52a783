import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database';
import { hashPassword } from '../modules/auth/auth.service';
import { buildBenefits, buildMaturity } from './demo-benefits';
import { buildContracts, buildTenderPlan, type DemoContracts } from './demo-contracts';
import { buildIntegrations } from './demo-integrations';
import { buildCatalogue, buildLandscape, type CatalogueIds } from './demo-landscape';
import {
  buildOrganisations,
  DEMO_NAMING,
  DEMO_USERS,
  MUNICIPALITIES,
  type DemoNaming,
  type DemoUser,
} from './demo-organisations';
import { buildPortfolioModel } from './demo-portfolio-model';
import { buildProjects } from './demo-projects';
import { buildResources } from './demo-resources';
import { createContext, writeRows, type SeedCounts, type SeedRows } from './seed-writer';

/**
 * The demo: Norddal and Søvang, two collaborating municipalities with a full landscape, contracts,
 * portfolio and benefits, seeded on the first start of an empty database so the product can be
 * explored at once with the printed logins.
 */

export const DEMO_PASSWORD = 'overblik-demo';
export { DEMO_USERS, type DemoUser };

/** Content is drawn from this seed, so every fresh demo database shows the same story. */
const DEMO_SEED = 2026_11_27;
/** Serialises two servers starting against one empty PostgreSQL database. */
const SEED_LOCK = 7_2026_1128;

export interface DemoOptions {
  naming?: DemoNaming;
  /** An already written shared catalogue to reuse; without it the catalogue rows are built too. */
  catalogue?: CatalogueIds;
}

/** Builds every demo row in memory (no database access), in foreign-key order once written. */
export function buildDemo(loginHash: string, lockedHash: string, options: DemoOptions = {}): SeedRows {
  const ctx = createContext(DEMO_SEED, 'random');
  const orgs = buildOrganisations(ctx, loginHash, lockedHash, options.naming ?? DEMO_NAMING);
  // The catalogue draws no random numbers, so reusing one leaves the rest of the story unchanged.
  const catalogue = options.catalogue ?? buildCatalogue(ctx);
  const esdhContracts: { orgId: string; contractId: string }[] = [];
  for (const def of MUNICIPALITIES) {
    const m = orgs.municipalities[def.key];
    const land = buildLandscape(ctx, m, catalogue);
    const contracts: DemoContracts = buildContracts(ctx, m, catalogue, land);
    buildIntegrations(ctx, m, catalogue, land, contracts.byUsage);
    esdhContracts.push({ orgId: m.orgId, contractId: contracts.byGroup.get('esdh')! });
    const model = buildPortfolioModel(ctx, m.orgId);
    const projects = buildProjects(ctx, m, land, model, orgs.collaborationId);
    buildResources(ctx, m, model, projects);
    buildBenefits(ctx, m, land, contracts, projects);
    buildMaturity(ctx, m.orgId, m.users.direktion);
  }
  buildTenderPlan(ctx, orgs.collaborationId, esdhContracts);
  return ctx.rows;
}

/**
 * Seeds the demo unconditionally in one transaction (all or nothing) and returns rows per table.
 * Callers check emptiness first; the CLI's --reset guarantees it.
 */
export async function seedDemo(db: Database): Promise<SeedCounts> {
  // Hash once and reuse: argon2 is deliberately slow. Colleagues get a hash of a secret nobody
  // keeps, so they can own systems and lead projects without being able to sign in.
  const [loginHash, lockedHash] = await Promise.all([
    hashPassword(DEMO_PASSWORD),
    hashPassword(randomUUID()),
  ]);
  const rows = buildDemo(loginHash, lockedHash);
  let counts: SeedCounts = {};
  await db.prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`);
      // Re-checked under the lock: another process may have seeded while we waited.
      if ((await tx.organisation.count()) > 0) return;
      counts = await writeRows(tx, rows);
    },
    { maxWait: 60_000, timeout: 600_000 },
  );
  return counts;
}

/**
 * Seeds the demo when the database holds no organisation yet. Returns the demo logins whenever the
 * demo organisations exist (so the server prints them on every start), and [] when the database
 * holds something else, such as a synthetic benchmark profile.
 */
export async function seedDemoIfEmpty(db: Database): Promise<DemoUser[]> {
  if ((await db.prisma.organisation.count()) === 0) await seedDemo(db);
  const demo = await db.prisma.organisation.count({
    where: { slug: { in: MUNICIPALITIES.map((m) => m.key) }, type: 'MUNICIPALITY' },
  });
  return demo === MUNICIPALITIES.length ? [...DEMO_USERS] : [];
}
