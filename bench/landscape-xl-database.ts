import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { REPO_ROOT } from '../apps/api/src/config';
import { openDatabase, type Database } from '../apps/api/src/db/database';
import { runMigrations } from '../apps/api/src/db/migrations';
import { hashPassword } from '../apps/api/src/modules/auth/auth.service';
import { DEMO_PASSWORD, seedDemo } from '../apps/api/src/seed/demo-seed';
import { createContext, writeRows, type SeedContext } from '../apps/api/src/seed/seed-writer';
import { buildSyntheticCatalogue, type SyntheticCatalogue } from '../apps/api/src/seed/synthetic-catalogue';
import {
  buildSyntheticContracts,
  buildSyntheticLandscape,
  buildSyntheticOrganisation,
  type MunicipalitySpec,
} from '../apps/api/src/seed/synthetic-landscape';

/**
 * The extra databases the render benchmark needs beside bench-large: the demo (Norddal) and a
 * ≈5,000-node landscape (Kæmpeby). Both deterministic (fixed seeds and id streams, as the
 * synthetic profiles), kept under .data/ between runs and seeded once.
 */
export const XL_SPEC: MunicipalitySpec = {
  name: 'Kæmpeby Kommune',
  slug: 'kaempeby',
  code: '899',
  usages: 4_600,
  dataSourceEdges: 13_800,
  integrations: 4_600,
  infrastructureLinks: 1_500,
  localSources: 150, // + the shared catalogue's sources
  contracts: 1_000,
  // The render benchmark needs no portfolio.
  projects: 0,
  benefits: 0,
  measurements: 0,
  people: 60,
  colleagues: 20,
};

/**
 * The shared catalogue holds ≈1,500 systems and a municipality uses each at most once, so 4,600
 * usages need more systems: numbered variants of the catalogue's own (same kind and supplier).
 */
function widenCatalogue(cat: SyntheticCatalogue, ctx: SeedContext, usages: number): SyntheticCatalogue {
  const originals = [...cat.systems];
  const rowById = new Map(ctx.rows.itSystem.map((row) => [row.id, row]));
  for (let variant = 2; cat.systems.length < usages; variant++) {
    for (const system of originals) {
      if (cat.systems.length >= usages) break;
      const row = rowById.get(system.id)!;
      const id = ctx.id();
      ctx.rows.itSystem.push({ ...row, id, name: `${row.name} ${variant}` });
      cat.systems.push({ ...system, id, leader: false });
    }
  }
  return cat;
}

const XL_SEED = 5_000;
const XL_STREAM = 0x5eed5000;

async function openSeeded(name: string, seed: (db: Database) => Promise<unknown>): Promise<Database> {
  const dir = path.join(REPO_ROOT, '.data', name);
  const fresh = !existsSync(dir);
  mkdirSync(dir, { recursive: true });
  const db = await openDatabase({ dataDir: dir });
  await runMigrations(db.sql);
  if (fresh || (await db.prisma.organisation.count()) === 0) {
    console.log(`Seeding .data/${name} (once)…`);
    const started = Date.now();
    await seed(db);
    console.log(`  seeded in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  return db;
}

export const demoBenchDatabase = () => openSeeded('bench-demo', seedDemo);

export const xlBenchDatabase = () =>
  openSeeded('bench-landscape-5000', async (db) => {
    const [login, locked] = await Promise.all([hashPassword(DEMO_PASSWORD), hashPassword(randomUUID())]);
    await db.prisma.$transaction(
      async (tx) => {
        const catalogueCtx = createContext(XL_SEED, { stream: XL_STREAM });
        const catalogue = widenCatalogue(buildSyntheticCatalogue(catalogueCtx), catalogueCtx, XL_SPEC.usages);
        await writeRows(tx, catalogueCtx.rows);
        const ctx = createContext(XL_SEED + 1, { stream: XL_STREAM + 1 });
        const org = buildSyntheticOrganisation(ctx, XL_SPEC, login, locked);
        const landscape = buildSyntheticLandscape(ctx, XL_SPEC, org, catalogue);
        buildSyntheticContracts(ctx, XL_SPEC, landscape, catalogue);
        await writeRows(tx, ctx.rows);
      },
      { maxWait: 60_000, timeout: 30 * 60_000 },
    );
  });

// `tsx bench/landscape-xl-database.ts` seeds both ahead of a benchmark run.
if (require.main === module) {
  void (async () => {
    for (const open of [demoBenchDatabase, xlBenchDatabase]) await (await open()).close();
  })();
}
