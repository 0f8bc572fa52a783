// Fails when generated files are out of date with their sources:
// - apps/api/schema.graphql (emitted from the type-graphql resolvers),
// - apps/web/src/gql (typed documents generated from schema.graphql),
// - prisma/migrations (applied in order, they must produce prisma/schema.prisma).
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

/** @param {string} cmd @param {string} [cwd] */
const run = (cmd, cwd = '.') => execSync(cmd, { stdio: 'inherit', cwd });
run('node_modules/.bin/tsx src/schema/emit-schema.ts', 'apps/api');
run('node_modules/.bin/graphql-codegen --config codegen.ts --silent', 'apps/web');

let failed = false;
const changed = execSync('git status --porcelain -- apps/api/schema.graphql apps/web/src/gql', {
  encoding: 'utf8',
});
if (changed.trim()) {
  console.error(`Generated files are out of date; commit them:\n${changed}`);
  failed = true;
}

// The migrations, applied in order to an empty PGlite, must give the same catalog (columns, enum
// values, indexes, constraints) as the schema's full SQL applied to another. `migrate diff
// --from-migrations` would need a shadow database, which the JS engine cannot create.
const dir = 'prisma/migrations';
const migrations = readdirSync(dir)
  .filter((d) => !d.endsWith('.toml'))
  .sort();
const expected = execSync(
  'node_modules/.bin/prisma migrate diff --from-empty --to-schema-datamodel prisma/schema.prisma --script',
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
);
const CATALOG = `
  SELECT 'column ' || table_name || '.' || column_name || ' ' || udt_name || ' ' || is_nullable
         || ' ' || coalesce(column_default, '') AS line
    FROM information_schema.columns WHERE table_schema = 'public'
  UNION ALL
  SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
    FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid GROUP BY t.typname
  UNION ALL
  SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
  UNION ALL
  SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace
  ORDER BY 1`;
/** @param {string[]} sqlScripts */
async function catalogAfter(sqlScripts) {
  const db = new PGlite({ extensions: { pg_trgm } });
  for (const script of sqlScripts) await db.exec(script);
  const { rows } = await db.query(CATALOG);
  await db.close();
  return rows.map((r) => r.line);
}
const fromMigrations = await catalogAfter(
  migrations.map((m) => readFileSync(path.join(dir, m, 'migration.sql'), 'utf8')),
);
const fromSchema = await catalogAfter([expected]);
// Search indexes (ADR 0020) are expression and trigram GIN indexes that schema.prisma cannot
// express; they live in the migrations alone, named `…_trgm` / `…_fts`.
const searchIndex = /^index CREATE INDEX "\w+_(trgm|fts)" /;
const onlyMigrations = fromMigrations.filter((l) => !fromSchema.includes(l) && !searchIndex.test(l));
const onlySchema = fromSchema.filter((l) => !fromMigrations.includes(l));
if (onlyMigrations.length || onlySchema.length) {
  console.error('prisma/schema.prisma and prisma/migrations differ: add a migration (pnpm migration:new).');
  for (const l of onlySchema) console.error(`  schema only:     ${l}`);
  for (const l of onlyMigrations) console.error(`  migrations only: ${l}`);
  failed = true;
}
if (failed) process.exit(1);
console.log('schema.graphql, generated documents and migrations are up to date');
