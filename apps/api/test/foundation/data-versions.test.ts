import { Prisma } from '@prisma/client';
import type { Database } from '../../src/db/database';
import { freshDatabase } from '../test-database';

/**
 * Tables with an organisation that carry no data-version triggers, each with the reason. Every
 * other such table must call overblik_attach_version_trigger in its migration (ADR 0015), so a
 * cached read model can never be built from a table whose changes leave its version alone.
 */
const EXCLUDED: Record<string, string> = {
  Membership: 'who may sign in and with which roles; read per request by access checks, by no read model',
  Notification: 'the alert inbox, rewritten by the alert job; no read model reads it',
  SavedView: 'table settings of the web app; no read model reads them',
  AuditEntry: 'the log of changes; every audited change also writes a table under triggers',
  Collaboration: 'joint-tender versions read collaborations and their shares exactly on every request',
  CollaborationMember: 'joint-tender versions read members and their shares exactly on every request',
  TenderPlan:
    "a collaboration's tender plans; its organisation is the collaboration's, no read model reads it",
  ProposalDecision:
    "decision history, reached through two parents; written only with its proposal's status, whose trigger moves the version",
  ExternalReference:
    'references to documents outside Overblik, read per request by their section; no read model reads them',
  SupplierContact:
    "an organisation's contacts at a supplier, read per request by the supplier page; no read model reads them",
  SupplierNote:
    "an organisation's notes on a supplier, read per request by the supplier page; no read model reads them",
  OneTimeToken: 'invitation and first sign-in links, read once by their token; no read model reads them',
  ApiToken:
    'API tokens, read per request by their secret and by the administration list; no read model reads them',
  IdempotencyKey: 'stored answers to retried mutations, read by their key; no read model reads them',
  SignInProvider:
    "an organisation's identity providers, read per sign-in and by their settings page; no read model reads them",
  SignInAttempt:
    'sign-ins under way at an identity provider, read once by their state; no read model reads them',
  Session: 'sessions (a single sign-on session names its provider), read per request by access checks',
  KitosConnection:
    'the KITOS connector’s settings and last result, read per request by its administration page; no read model reads them',
  KitosSyncConflict:
    'KITOS sync conflicts waiting for a person, read per request by the administration page; no read model reads them',
  SamlAssertionUse:
    'SAML assertions already used to sign in, read once per sign-in against replay; no read model reads them',
};

/** Tables that belong to an organisation: by an organisation column, or through a parent that does. */
function organisationTables(): string[] {
  const models = Prisma.dmmf.datamodel.models;
  const byName = new Map(models.map((m) => [m.name, m]));
  // Each model's parents: the model behind every `xId` column (its relation field, or a model named X).
  const parents = new Map(
    models.map((m) => [
      m.name,
      m.fields
        .filter((f) => f.kind === 'scalar' && f.name.endsWith('Id') && f.name !== 'id')
        .map((f) => {
          const prefix = f.name.slice(0, -2);
          const relation = m.fields.find((r) => r.kind === 'object' && r.name === prefix);
          return relation?.type ?? prefix[0].toUpperCase() + prefix.slice(1);
        })
        .filter((p) => byName.has(p)),
    ]),
  );
  const owned = new Set(
    models
      .filter(
        (m) =>
          m.name === 'Organisation' ||
          m.fields.some((f) => f.name === 'organisationId' || f.name === 'ownerOrganisationId'),
      )
      .map((m) => m.name),
  );
  for (let grew = true; grew;) {
    grew = false;
    for (const m of models) {
      if (!owned.has(m.name) && parents.get(m.name)!.some((p) => owned.has(p))) {
        owned.add(m.name);
        grew = true;
      }
    }
  }
  return [...owned].map((name) => byName.get(name)!.dbName ?? name).sort();
}

describe('data versions kept by the database', () => {
  let db: Database;
  let a: string;
  let b: string;

  beforeAll(async () => {
    db = await freshDatabase();
    const org = (slug: string) =>
      db.prisma.organisation.create({ data: { name: slug, slug, type: 'MUNICIPALITY' } }).then((o) => o.id);
    a = await org('versions-a');
    b = await org('versions-b');
  });
  afterAll(() => db.close());

  const version = async (scope: string) => {
    const [row] = await db.sql.query<{ version: string }>(
      `SELECT version::text AS version FROM "DataVersion" WHERE scope = $1`,
      [scope],
    );
    return row?.version ?? '0';
  };
  const versions = async () => ({
    a: await version(a),
    b: await version(b),
    catalogue: await version('catalogue'),
  });

  it('has triggers on every table with an organisation, except the explained exclusions', async () => {
    const rows = await db.sql.query<{ table: string; triggers: number }>(
      `SELECT c.relname AS table, count(*)::int AS triggers FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       WHERE t.tgname LIKE 'overblik_data_version_%' GROUP BY c.relname`,
    );
    const triggered = new Map(rows.map((r) => [r.table, r.triggers]));
    const tables = organisationTables();
    expect(tables).toEqual(
      expect.arrayContaining(['Contract', 'ContractOption', 'ItSystem', 'BenefitMapNode']),
    );
    const forgotten = tables.filter((t) => !triggered.has(t) && !(t in EXCLUDED));
    expect(forgotten).toEqual([]);
    // The list stays honest: an excluded table exists and has no triggers.
    for (const table of Object.keys(EXCLUDED)) {
      expect(tables).toContain(table);
      expect(triggered.has(table)).toBe(false);
    }
    // Insert, update, delete and truncate on each; a statement trigger fires even when no row
    // matches, so this runs every table's organisation lookup (a wrong column or parent fails here).
    for (const [table, count] of triggered) {
      expect([table, count]).toEqual([table, 4]);
      await db.sql.query(`DELETE FROM "${table}" WHERE false`);
    }
  });

  it('bumps the organisation of a changed row, also through a parent, and no other organisation', async () => {
    const before = await versions();
    const contract = await db.prisma.contract.create({
      data: { organisationId: a, name: 'Drift', startDate: new Date('2026-01-01') },
    });
    const afterContract = await versions();
    expect(afterContract.a).not.toBe(before.a);
    expect(afterContract.b).toBe(before.b);
    expect(afterContract.catalogue).toBe(before.catalogue);

    // A child row reaches its organisation through the contract; direct SQL is caught too.
    await db.sql.query(
      `INSERT INTO "ContractOption" (id, "contractId", ordinal, months) VALUES (gen_random_uuid(), $1, 1, 12)`,
      [contract.id],
    );
    const afterOption = await versions();
    expect(afterOption.a).not.toBe(afterContract.a);
    expect(afterOption.b).toBe(before.b);

    // A statement that changes nothing bumps nothing.
    await db.sql.query(`UPDATE "ContractOption" SET months = 24 WHERE false`);
    expect(await versions()).toEqual(afterOption);

    await db.sql.query(`DELETE FROM "ContractOption" WHERE "contractId" = $1`, [contract.id]);
    expect((await versions()).a).not.toBe(afterOption.a);
  });

  it('bumps both organisations when a row moves between them, and the catalogue for a catalogue row', async () => {
    const contract = await db.prisma.contract.create({
      data: { organisationId: a, name: 'Flyttes', startDate: new Date('2026-01-01') },
    });
    const before = await versions();
    await db.sql.query(`UPDATE "Contract" SET "organisationId" = $1 WHERE id = $2`, [b, contract.id]);
    const moved = await versions();
    expect(moved.a).not.toBe(before.a);
    expect(moved.b).not.toBe(before.b);
    expect(moved.catalogue).toBe(before.catalogue);

    await db.prisma.supplier.create({ data: { name: 'KMD' } });
    const catalogued = await versions();
    expect(catalogued.catalogue).not.toBe(moved.catalogue);
    expect([catalogued.a, catalogued.b]).toEqual([moved.a, moved.b]);
  });

  it('gives every concurrent writer of one organisation its own version (no lost update)', async () => {
    const seen = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        db.prisma.$transaction(async (tx) => {
          await tx.unit.create({ data: { organisationId: a, name: `Enhed ${i}` } });
          const [row] = await tx.$queryRaw<{ version: string }[]>`
            SELECT version::text AS version FROM "DataVersion" WHERE scope = ${a}`;
          return row.version;
        }),
      ),
    );
    expect(new Set(seen).size).toBe(seen.length);
    // The last writer's version is the one that stays.
    expect(await version(a)).toBe([...seen].sort((x, y) => Number(BigInt(x) - BigInt(y))).at(-1));
  });
});
