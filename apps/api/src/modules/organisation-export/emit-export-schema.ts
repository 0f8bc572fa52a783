import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../../db/database';
import { runMigrations } from '../../db/migrations';
import { exportJsonSchema } from './export-json-schema';
import { organisationExportRepository as repo } from './organisation-export.repository';

/**
 * Writes docs/organisation-export.schema.json from a freshly migrated in-memory database (ADR 0035);
 * a test fails when the committed file and the database's columns disagree.
 */
async function main() {
  const db = await openDatabase({ dataDir: null });
  await runMigrations(db.sql);
  const [columns, enums] = await Promise.all([repo.columns(db.prisma), repo.enums(db.prisma)]);
  await db.close();
  const target = path.join(__dirname, '../../../../../docs/organisation-export.schema.json');
  writeFileSync(target, `${JSON.stringify(exportJsonSchema(columns, enums), null, 2)}\n`);
  console.log(`Wrote ${target}`);
}

void main();
