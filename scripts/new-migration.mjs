// `pnpm migration:new <name>`: writes the SQL that takes the last committed prisma/schema.prisma to
// the working copy's, as prisma/migrations/<timestamp>_<name>/migration.sql (offline; ADR 0002).
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const name = (process.argv[2] ?? '').replace(/[^a-z0-9_]/gi, '_').toLowerCase();
if (!name) {
  console.error('Usage: pnpm migration:new <name>');
  process.exit(1);
}
const previous = path.join(mkdtempSync(path.join(tmpdir(), 'overblik-')), 'schema.prisma');
writeFileSync(previous, execSync('git show HEAD:prisma/schema.prisma', { encoding: 'utf8' }));
const sql = execSync(
  `node_modules/.bin/prisma migrate diff --from-schema-datamodel ${previous} --to-schema-datamodel prisma/schema.prisma --script`,
  { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
if (!sql.trim() || /^-- This is an empty migration/m.test(sql)) {
  console.log('prisma/schema.prisma has no changes since the last commit.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = path.join('prisma', 'migrations', `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'migration.sql'), sql);
console.log(`Wrote ${dir}/migration.sql — review it, then commit it with the schema change.`);
