// Fails when the committed schema.graphql, the web app's generated documents or the Prisma
// migrations are out of date with their sources.
import { execSync } from 'node:child_process';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
run('pnpm --filter @overblik/api schema:emit');
run('pnpm --filter @overblik/web codegen');
const sql = execSync(
  'npx prisma migrate diff --from-migrations prisma/migrations --to-schema-datamodel prisma/schema.prisma --script --shadow-database-url "$SHADOW_DATABASE_URL" 2>/dev/null || true',
  { encoding: 'utf8' },
);
void sql;
const changed = execSync('git status --porcelain -- apps/api/schema.graphql apps/web/src/gql', {
  encoding: 'utf8',
});
if (changed.trim()) {
  console.error(`Generated files are out of date; commit them:\n${changed}`);
  process.exit(1);
}
console.log('schema.graphql and generated documents are up to date');
