import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database';
import { hashPassword } from '../modules/auth/auth.service';
import { DEMO_PASSWORD } from './demo-seed';
import { createRandom, hashSeed } from './prng';
import { addCounts, createContext, writeRows, type SeedClient, type SeedCounts } from './seed-writer';
import { buildSyntheticCatalogue, type SyntheticCatalogue } from './synthetic-catalogue';
import {
  buildSyntheticContracts,
  buildSyntheticLandscape,
  buildSyntheticOrganisation,
  type MunicipalitySpec,
} from './synthetic-landscape';
import { buildSyntheticPortfolio } from './synthetic-portfolio';

/**
 * Deterministic synthetic profiles for benchmarks and scale tests. The same profile always yields
 * the same rows and ids (seeded PRNG, numbered id streams); only password hashes differ, because
 * argon2 salts. `large`: one big municipality (Storby). `national`: 98 municipalities of realistic
 * sizes sharing one catalogue, each in two collaborations that share contracts and tender plans,
 * so joint-tender candidates appear across municipalities.
 */

export type SyntheticProfile = 'large' | 'national';

export interface SeedSummary {
  profile: SyntheticProfile;
  organisations: number;
  /** Rows written per table (Prisma delegate names). */
  counts: SeedCounts;
  elapsedMs: number;
}

const SEED = 2026_11_27;
/** Id streams: the catalogue, then one per municipality, then the collaborations (see sequentialIds). */
const CATALOGUE_STREAM = 0x5eed0000;
const COLLABORATION_STREAM = 0x5eedffff;

export const LARGE_SPEC: MunicipalitySpec = {
  name: 'Storby Kommune',
  slug: 'storby',
  code: '900',
  usages: 1500,
  dataSourceEdges: 4500,
  integrations: 1500,
  infrastructureLinks: 500,
  localSources: 50, // + 150 shared = 200 data sources
  contracts: 400,
  projects: 300,
  benefits: 1000,
  measurements: 10_000,
  people: 60,
  colleagues: 20,
};

const NAME_HEADS = [
  'Nord',
  'Syd',
  'Øster',
  'Vester',
  'Lille',
  'Hvid',
  'Grøn',
  'Sand',
  'Skov',
  'Bjerg',
  'Strand',
  'Eng',
  'Lyng',
  'Mose',
  'Hede',
  'Klint',
  'Fjord',
  'Bro',
  'Hav',
  'Sol',
];
const NAME_TAILS = [
  'by',
  'holm',
  'rup',
  'sted',
  'lev',
  'bjerg',
  'købing',
  'havn',
  'løse',
  'skov',
  'vig',
  'strup',
  'borg',
  'lund',
];
const slugOf = (name: string) =>
  name.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');

/** 98 fictional municipalities, largest first, sized like Denmark's (≈600,000 down to ≈20,000 inhabitants): 600 down to 150 usages. */
export function nationalSpecs(): MunicipalitySpec[] {
  const rng = createRandom(SEED);
  const names = rng
    .sample(
      NAME_HEADS.flatMap((h) => NAME_TAILS.map((t) => `${h}${t}`)),
      120,
    )
    .filter((n) => !['Norddal', 'Storby'].includes(n))
    .slice(0, 98);
  // A Zipf-like population curve; sizes scale with its logarithm between the smallest and largest.
  const populations = names.map((_, i) => 2_000 + 600_000 / (i + 1) ** 0.75);
  const lnMin = Math.log(populations[populations.length - 1]);
  const lnMax = Math.log(populations[0]);
  return names.map((name, i) => {
    const f = (Math.log(populations[i]) - lnMin) / (lnMax - lnMin);
    const usages = Math.round(150 + 450 * f);
    const projects = Math.round(15 + 85 * f);
    const benefits = Math.round(projects * 2.5);
    return {
      name: `${name} Kommune`,
      slug: slugOf(name),
      code: String(910 + i),
      usages,
      dataSourceEdges: usages * 3,
      integrations: usages,
      infrastructureLinks: Math.round(usages * 0.3),
      localSources: Math.round(4 + 8 * f),
      contracts: Math.round(40 + 120 * f),
      projects,
      benefits,
      measurements: benefits * 4,
      people: Math.round(8 + 52 * f),
      colleagues: Math.round(3 + 7 * f),
    };
  });
}

/** Consecutive groups of 2–10 over `order`; a lone leftover joins the previous group. */
function groups(order: number[], rng: ReturnType<typeof createRandom>): number[][] {
  const result: number[][] = [];
  for (let i = 0; i < order.length;) {
    const size = Math.min(rng.int(2, 10), order.length - i);
    result.push(order.slice(i, i + size));
    i += size;
  }
  const last = result[result.length - 1];
  if (last.length === 1 && result.length > 1) {
    const previous = result[result.length - 2];
    if (previous.length < 10) previous.push(...result.pop()!);
    else last.unshift(previous.pop()!);
  }
  return result;
}

async function seedMunicipality(
  client: SeedClient,
  spec: MunicipalitySpec,
  stream: number,
  catalogue: SyntheticCatalogue,
  hashes: [string, string],
) {
  const ctx = createContext(hashSeed(spec.slug), { stream });
  const org = buildSyntheticOrganisation(ctx, spec, hashes[0], hashes[1]);
  const m = buildSyntheticLandscape(ctx, spec, org, catalogue);
  buildSyntheticContracts(ctx, spec, m, catalogue);
  buildSyntheticPortfolio(ctx, spec, m);
  return { orgId: org.orgId, counts: await writeRows(client, ctx.rows) };
}

/**
 * Seeds a synthetic profile into an empty, migrated database, in one transaction so a failed run
 * leaves nothing half-written. Refuses a database that already holds organisations.
 */
export async function seedProfile(db: Database, profile: SyntheticProfile): Promise<SeedSummary> {
  const started = Date.now();
  if ((await db.prisma.organisation.count()) > 0) {
    throw new Error(
      `Cannot seed the ${profile} profile: the database already holds organisations (use --reset).`,
    );
  }
  const hashes = await Promise.all([hashPassword(DEMO_PASSWORD), hashPassword(randomUUID())]);
  const specs = profile === 'large' ? [LARGE_SPEC] : nationalSpecs();
  const counts: SeedCounts = {};
  await db.prisma.$transaction(
    async (tx) => {
      const catalogueCtx = createContext(SEED, { stream: CATALOGUE_STREAM });
      const catalogue = buildSyntheticCatalogue(catalogueCtx);
      addCounts(counts, await writeRows(tx, catalogueCtx.rows));
      const orgIds: string[] = [];
      for (const [i, spec] of specs.entries()) {
        const result = await seedMunicipality(tx, spec, CATALOGUE_STREAM + 1 + i, catalogue, hashes);
        orgIds.push(result.orgId);
        addCounts(counts, result.counts);
      }
      if (orgIds.length > 1) addCounts(counts, await writeRows(tx, collaborations(orgIds)));
    },
    { maxWait: 60_000, timeout: 30 * 60_000 },
  );
  // Planner statistics for the bulk load: PGlite has no autovacuum, and a PostgreSQL server may run
  // without it; unanalysed tables of thousands of rows get plans several times slower.
  await db.sql.exec('ANALYZE');
  return { profile, organisations: specs.length, counts, elapsedMs: Date.now() - started };
}

/** Two layers of collaborations (regional and procurement), so every municipality is in exactly two. */
function collaborations(orgIds: string[]) {
  const ctx = createContext(SEED + 1, { stream: COLLABORATION_STREAM });
  const n = orgIds.length;
  const regional = groups(
    Array.from({ length: n }, (_, i) => i),
    ctx.rng,
  );
  // 29 is coprime to 98, so this visits every municipality once, in an order unlike the first.
  const procurement = groups(
    Array.from({ length: n }, (_, i) => (i * 29) % n),
    ctx.rng,
  );
  const layers: [string, number[][]][] = [
    ['Regionalt IT-samarbejde', regional],
    ['Udbudsfællesskab', procurement],
  ];
  for (const [label, layer] of layers) {
    layer.forEach((members, g) => {
      const id = ctx.id();
      ctx.rows.collaboration.push({
        id,
        name: `${label} ${g + 1}`,
        purpose: 'Fælles udbud og kontraktstyring.',
      });
      for (const index of members) {
        ctx.rows.collaborationMember.push({
          id: ctx.id(),
          collaborationId: id,
          organisationId: orgIds[index],
          shares: ['CONTRACTS', 'TENDER_PLANS'],
        });
      }
    });
  }
  return ctx.rows;
}
