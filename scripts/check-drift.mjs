// Fails when generated files are out of date with their sources:
// - apps/api/schema.graphql (emitted from the type-graphql resolvers),
// - apps/web/src/gql (typed documents generated from schema.graphql),
// - prisma/migrations (the SQL must produce prisma/schema.prisma).
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

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

// With one migration its SQL must equal the schema's full SQL. (Comparing a longer history needs a
// shadow database, which `migrate diff --from-migrations` cannot use through the JS engine.)
const dir = 'prisma/migrations';
const migrations = readdirSync(dir).filter((d) => !d.endsWith('.toml'));
const expected = execSync(
  'node_modules/.bin/prisma migrate diff --from-empty --to-schema-datamodel prisma/schema.prisma --script',
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
);
if (migrations.length === 1) {
  const actual = readFileSync(path.join(dir, migrations[0], 'migration.sql'), 'utf8');
  if (actual.trim() !== expected.trim()) {
    console.error('prisma/schema.prisma and prisma/migrations differ: add a migration (pnpm migration:new).');
    failed = true;
  }
} else {
  console.warn(`Migration drift not checked: ${migrations.length} migrations need a shadow database.`);
}
if (failed) process.exit(1);
console.log('schema.graphql, generated documents and migrations are up to date');
