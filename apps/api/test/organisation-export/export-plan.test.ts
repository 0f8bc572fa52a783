import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Prisma } from '@prisma/client';
import type { Database } from '../../src/db/database';
import { exportJsonSchema } from '../../src/modules/organisation-export/export-json-schema';
import {
  CATALOGUE_TABLES,
  EXCLUDED_TABLES,
  ORGANISATION_TABLES,
  SECTION_TABLES,
} from '../../src/modules/organisation-export/export-plan';
import { organisationExportRepository as repo } from '../../src/modules/organisation-export/organisation-export.repository';
import { freshDatabase } from '../test-database';

describe('what an organisation export holds (export-plan.ts)', () => {
  const planned = [
    ...ORGANISATION_TABLES.map((t) => t.table),
    ...CATALOGUE_TABLES,
    ...Object.keys(SECTION_TABLES),
    ...Object.keys(EXCLUDED_TABLES),
  ];

  it('names every model of prisma/schema.prisma once: exported, or excluded with a reason', () => {
    const models = Prisma.dmmf.datamodel.models.map((m) => m.name);
    // A new model fails here until it is added to ORGANISATION_TABLES (with the condition that
    // selects one organisation's rows) or to EXCLUDED_TABLES with the reason it is left out.
    expect(models.filter((m) => !planned.includes(m))).toEqual([]);
    expect(planned.filter((m) => !models.includes(m))).toEqual([]);
    expect(planned.filter((m, i) => planned.indexOf(m) !== i)).toEqual([]);
    for (const [table, reason] of Object.entries(EXCLUDED_TABLES))
      expect(`${table}: ${reason.length > 10}`).toBe(`${table}: true`);
  });

  it('exports every table that holds an organisation id, unless it is excluded with a reason', () => {
    const owned = Prisma.dmmf.datamodel.models
      .filter((m) => m.fields.some((f) => f.name === 'organisationId'))
      .map((m) => m.name);
    const exported = ORGANISATION_TABLES.map((t) => t.table);
    expect(owned.filter((m) => !exported.includes(m) && !EXCLUDED_TABLES[m])).toEqual([]);
  });

  describe('the published JSON Schema', () => {
    let db: Database;
    beforeAll(async () => {
      db = await freshDatabase();
    });
    afterAll(() => db.close());

    it('is the schema of the migrated database (regenerate: pnpm --filter @overblik/api export-schema:emit)', async () => {
      const [columns, enums] = await Promise.all([repo.columns(db.prisma), repo.enums(db.prisma)]);
      const committed: unknown = JSON.parse(
        readFileSync(path.join(__dirname, '../../../../docs/organisation-export.schema.json'), 'utf8'),
      );
      expect(exportJsonSchema(columns, enums)).toEqual(committed);
    });
  });
});
