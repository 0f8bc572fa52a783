import { randomUUID } from 'node:crypto';
import { organisationSlug } from '@overblik/domain';
import type { Context } from '../../context';
import type { Db, Tx } from '../../db/handles';
import { writeAudit } from '../../shared/audit';
import { DomainError } from '../../shared/errors';
import { columnCatalogue, type ColumnCatalogue } from './export-columns';
import type { ExportDocument } from './export-document';
import { CATALOGUE_TABLES, ORGANISATION_TABLES, USER_COLUMNS } from './export-plan';
import { validateExportDocument } from './export-validation';
import { organisationExportRepository as repo, type Row } from './organisation-export.repository';
import { remapRow, UnknownReference } from './remap-ids';

export interface RestoreResult {
  organisation: { id: string; slug: string; name: string };
  /** Every id of the document and the id it has now (tests compare documents through it). */
  ids: Map<string, string>;
}

const hasUuidId = (meta: ColumnCatalogue, table: string) =>
  (meta.columns.get(table) ?? []).some((c) => c.column === 'id' && c.dataType === 'uuid');

/** Inserts rows with their ids replaced; self-references are set once every row of the table exists. */
async function insertTable(
  tx: Tx,
  meta: ColumnCatalogue,
  selfRefs: { table: string; column: string }[],
  table: string,
  rows: Row[],
  ids: Map<string, string>,
) {
  if (!rows.length) return;
  const columns = meta.columns.get(table) ?? [];
  const deferred = selfRefs.filter((r) => r.table === table).map((r) => r.column);
  const remapped = rows.map((row) => remapRow(table, row, columns, ids));
  const insertable = columns.filter((c) => !c.serial).map((c) => c.column);
  await repo.insert(
    tx,
    table,
    insertable,
    remapped.map((row) => ({ ...row, ...Object.fromEntries(deferred.map((c) => [c, null])) })),
  );
  for (const column of deferred) {
    const pairs = remapped
      .filter((row) => row[column] !== null)
      .map((row) => ({ id: row.id as string, value: row[column] as string }));
    await repo.setReferences(tx, table, column, pairs);
  }
}

/** People are matched by e-mail; those the installation lacks are created without a password. */
async function restoreUsers(tx: Tx, users: Row[], ids: Map<string, string>) {
  const existing = await repo.usersByEmail(
    tx,
    users.map((u) => String(u.email).toLowerCase()),
  );
  const byEmail = new Map(existing.map((u) => [u.email, u.id]));
  const created: Row[] = [];
  for (const user of users) {
    const found = byEmail.get(String(user.email).toLowerCase());
    const id = found ?? randomUUID();
    ids.set(user.id as string, id);
    if (!found) {
      created.push({ ...user, id });
      byEmail.set(String(user.email).toLowerCase(), id);
    }
  }
  await repo.insert(tx, 'User', [...USER_COLUMNS], created, { updatedAt: 'now()' });
}

/**
 * A catalogue entry the installation already shares (same id, else same name) is reused; every
 * other entry, and always the organisation's own LOCAL ones, is created anew.
 */
async function restoreCatalogue(
  tx: Tx,
  meta: ColumnCatalogue,
  selfRefs: { table: string; column: string }[],
  document: ExportDocument,
  ids: Map<string, string>,
) {
  const fresh: Partial<Record<string, Row[]>> = {};
  for (const table of CATALOGUE_TABLES) {
    const rows = document.catalogue[table];
    const shared = rows.filter((r) => r.visibility === 'SHARED');
    const sameId = await repo.existingIds(
      tx,
      table,
      shared.map((r) => r.id as string),
    );
    const sameName = await repo.sharedByName(
      tx,
      table,
      shared.filter((r) => !sameId.has(r.id as string)).map((r) => String(r.name).toLowerCase()),
    );
    fresh[table] = [];
    for (const row of rows) {
      const reuse =
        row.visibility === 'SHARED'
          ? sameId.has(row.id as string)
            ? (row.id as string)
            : sameName.get(String(row.name).toLowerCase())
          : undefined;
      ids.set(row.id as string, reuse ?? randomUUID());
      if (!reuse) fresh[table].push(row);
    }
  }
  for (const table of CATALOGUE_TABLES) await insertTable(tx, meta, selfRefs, table, fresh[table]!, ids);
}

async function restoreInto(
  tx: Tx,
  meta: ColumnCatalogue,
  document: ExportDocument,
  target: { slug: string; name: string },
  actor: Pick<Context, 'viewer'>,
): Promise<RestoreResult> {
  if (await repo.organisationBySlug(tx, target.slug))
    throw new DomainError('CONFLICT', 'error.restore.slugTaken', { slug: target.slug });
  const selfRefs = await repo.selfReferences(tx);
  const ids = new Map<string, string>();
  const organisationId = randomUUID();
  ids.set(document.organisation.id as string, organisationId);
  for (const { table } of ORGANISATION_TABLES)
    if (hasUuidId(meta, table))
      for (const row of document.tables[table]) {
        if (ids.has(row.id as string))
          throw new DomainError('VALIDATION_FAILED', 'error.restore.duplicateId', { id: String(row.id) });
        ids.set(row.id as string, randomUUID());
      }
  await restoreUsers(tx, document.users, ids);
  // Single sign-on is not part of an export, so password sign-in stays on: no one is locked out.
  await insertTable(
    tx,
    meta,
    selfRefs,
    'Organisation',
    [{ ...document.organisation, slug: target.slug, name: target.name, passwordSignIn: true }],
    ids,
  );
  await repo.clearSeededCapabilities(tx, organisationId);
  await restoreCatalogue(tx, meta, selfRefs, document, ids);
  for (const { table } of ORGANISATION_TABLES)
    await insertTable(tx, meta, selfRefs, table, document.tables[table], ids);
  await writeAudit(tx, actor, {
    organisationId,
    action: 'CREATE',
    entityType: 'Organisation',
    entityId: organisationId,
    after: { restoredFrom: document.organisation.slug, exportedAt: document.exportedAt, slug: target.slug },
  });
  return { organisation: { id: organisationId, ...target }, ids };
}

export const organisationRestoreService = {
  /**
   * Creates a new organisation from an export (ADR 0035) in one transaction: a document of
   * another format version, one that fails the schema, one with an unknown reference, or a slug
   * already in use changes nothing.
   */
  async restore(
    db: Db,
    input: { document: unknown; slug: string; name?: string | null },
    actor: Pick<Context, 'viewer'>,
  ): Promise<RestoreResult> {
    const slug = input.slug.trim();
    if (!slug || organisationSlug(slug) !== slug)
      throw new DomainError('VALIDATION_FAILED', 'error.restore.slugInvalid', { slug });
    const [columns, primaryKeys, enums] = await Promise.all([
      repo.columns(db),
      repo.primaryKeys(db),
      repo.enums(db),
    ]);
    const meta = columnCatalogue(columns, primaryKeys);
    const document = validateExportDocument(input.document, columns, enums);
    const name = input.name?.trim() || String(document.organisation.name);
    try {
      return await db.$transaction((tx) => restoreInto(tx, meta, document, { slug, name }, actor), {
        timeout: 600_000,
        maxWait: 10_000,
      });
    } catch (error) {
      if (error instanceof UnknownReference)
        throw new DomainError('VALIDATION_FAILED', 'error.restore.unknownReference', {
          table: error.table,
          column: error.column,
          id: error.value,
        });
      throw error;
    }
  },
};
