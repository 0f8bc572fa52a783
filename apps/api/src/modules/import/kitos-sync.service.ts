import {
  contractSheet,
  countPlan,
  EMAIL,
  holdConflicts,
  interfaceSheet,
  KITOS_SYNC_KINDS,
  unitSheet,
  updatedObjectId,
  usageSheet,
  userSheet,
  type ColumnMapping,
  type KitosContractDto,
  type KitosInterfaceDto,
  type KitosSheet,
  type KitosSyncKind,
  type KitosUnitDto,
  type KitosUsageDto,
  type KitosUserDto,
  type SheetRow,
} from '@overblik/domain';
import type { Context } from '../../context';
import { requirePermission } from '../../shared/access';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertId, DomainError, invalid, notFound, UUID, type FieldError } from '../../shared/errors';
import { translate, type MessageKey } from '../../shared/messages';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import { connectToKitos, type KitosEndpoint } from './kitos-api.client';
import { planners, type ImportContext } from './kitos-import.service';
import { DELETED_TITLE, kitosSyncRepository as repo, type ConnectionRow } from './kitos-sync.repository';

const ENTITY = 'KitosConnection';
/** Each sealed value is bound to its organisation and field: copied elsewhere it does not open. */
const binding = (organisationId: string, field: 'email' | 'password') =>
  `${ENTITY}:${organisationId}:${field}`;

export interface KitosConnectionInput {
  organisationId?: string | null;
  /** The version edited; null creates the connection. */
  version: number | null;
  baseUrl: string;
  kitosOrganisationUuid: string;
  /** Left out (null) keeps the stored value. */
  email?: string | null;
  password?: string | null;
  nightly: boolean;
}

export interface KitosRunView {
  ok: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  deleted: number;
  conflicts: number;
  /** Why the run failed, in the viewer's language; null when it went through. */
  message: string | null;
  /** Rows KITOS sent that Overblik refused, each "name: reason". */
  problems: string[];
}

type StoredRun =
  | {
      ok: true;
      created: number;
      updated: number;
      unchanged: number;
      deleted: number;
      conflicts: number;
      problems: { name: string; message: MessageKey; params?: Record<string, string | number> }[];
    }
  | { ok: false; message: MessageKey; params: Record<string, string | number> };

/** A conflict's stored KITOS side: the sheet of one row that "take KITOS's" plans and applies. */
interface StoredSheet {
  mapping: ColumnMapping[];
  row: SheetRow;
}

function runView(ctx: Pick<Context, 'locale'>, stored: StoredRun): KitosRunView {
  if (!stored.ok) {
    const empty = {
      created: 0,
      updated: 0,
      unchanged: 0,
      errorCount: 0,
      deleted: 0,
      conflicts: 0,
      problems: [],
    };
    return { ok: false, ...empty, message: translate(ctx.locale, stored.message, stored.params) };
  }
  return {
    ok: true,
    created: stored.created,
    updated: stored.updated,
    unchanged: stored.unchanged,
    errorCount: stored.problems.length,
    deleted: stored.deleted,
    conflicts: stored.conflicts,
    message: null,
    problems: stored.problems.map((p) => `${p.name}: ${translate(ctx.locale, p.message, p.params)}`),
  };
}

function connectionView(ctx: Pick<Context, 'locale'>, row: ConnectionRow) {
  return {
    id: row.id,
    baseUrl: row.baseUrl,
    kitosOrganisationUuid: row.kitosOrganisationUuid,
    // Never the values: only whether they are set.
    emailSet: row.emailEncrypted !== '',
    passwordSet: row.passwordEncrypted !== '',
    nightly: row.nightly,
    lastRunAt: row.lastRunAt,
    lastRun: row.lastRunResult ? runView(ctx, row.lastRunResult as unknown as StoredRun) : null,
    version: row.version,
  };
}
export type KitosConnectionView = ReturnType<typeof connectionView>;

/** What an audit entry keeps of the settings: never the sealed credentials. */
const auditView = (row: ConnectionRow) => ({
  baseUrl: row.baseUrl,
  kitosOrganisationUuid: row.kitosOrganisationUuid,
  nightly: row.nightly,
});

function validate(input: KitosConnectionInput, creating: boolean) {
  const fields: FieldError[] = [];
  const baseUrl = input.baseUrl.trim();
  let url: URL | null = null;
  try {
    url = new URL(baseUrl);
  } catch {
    url = null;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol))
    fields.push({ field: 'baseUrl', message: 'field.invalid' });
  const orgUuid = input.kitosOrganisationUuid.trim().toLowerCase();
  if (!UUID.test(orgUuid)) fields.push({ field: 'kitosOrganisationUuid', message: 'field.invalid' });
  const email = input.email?.trim() || null;
  const password = input.password || null;
  if (email && !EMAIL.test(email)) fields.push({ field: 'email', message: 'field.invalid' });
  if (creating && !email) fields.push({ field: 'email', message: 'field.kitos.credentialsRequired' });
  if (creating && !password) fields.push({ field: 'password', message: 'field.kitos.credentialsRequired' });
  if (fields.length) throw invalid(fields);
  return { baseUrl: baseUrl.replace(/\/+$/, ''), kitosOrganisationUuid: orgUuid, email, password };
}

/** Everything the sync reads from KITOS, before any write: a failure here changes nothing. */
async function readKitos(endpoint: KitosEndpoint, since: Date | null) {
  const api = await connectToKitos(endpoint);
  const org = endpoint.organisationUuid;
  const changedSinceGtEq = since?.toISOString();
  const scoped = { organizationUuid: org, changedSinceGtEq };
  const units = await api.list<KitosUnitDto>(`/api/v2/organizations/${org}/organization-units`, {
    changedSinceGtEq,
  });
  // All users every time: role holders' e-mails are looked up among them.
  const users = await api.list<KitosUserDto>(`/api/v2/organizations/${org}/users`, {});
  const usages = await api.list<KitosUsageDto>('/api/v2/it-system-usages', scoped);
  const contracts = await api.list<KitosContractDto>('/api/v2/it-contracts', scoped);
  const interfaces = await api.list<KitosInterfaceDto>('/api/v2/it-interfaces', scoped);
  const deleted = since
    ? await api.list<{ entityUuid: string; entityType: string; occurredAtUtc?: string }>(
        '/api/v2/delta-feed/deleted-entities',
        { deletedSinceUTC: changedSinceGtEq },
      )
    : [];
  const userEmails = new Map(users.map((u) => [u.uuid, u.email]));
  const contractSuppliers = new Map(
    contracts
      .filter((c) => c.supplier?.organization?.name)
      .map((c) => [c.uuid, c.supplier!.organization!.name]),
  );
  const sheets: Record<KitosSyncKind, KitosSheet> = {
    UNIT_TEMPLATE: unitSheet(units),
    USER_TEMPLATE: userSheet(users),
    USAGE_OVERVIEW: usageSheet(usages, { userEmails, contractSuppliers }),
    CONTRACT_OVERVIEW: contractSheet(contracts, { userEmails }),
    INTERFACE_OVERVIEW: interfaceSheet(interfaces),
  };
  return { sheets, deleted };
}

/** Flags the usages and contracts KITOS deleted (ADR 0041): kept, with the date, never removed. */
async function flagDeletions(
  tx: Tx,
  ctx: ImportContext,
  organisationId: string,
  deleted: { entityUuid: string; entityType: string; occurredAtUtc?: string }[],
): Promise<number> {
  const of = (type: string) => deleted.filter((d) => d.entityType === type);
  const when = new Map(
    deleted.map((d) => [d.entityUuid, (d.occurredAtUtc ?? new Date().toISOString()).slice(0, 10)]),
  );
  const targets = await repo.deletedTargets(
    tx,
    organisationId,
    of('ItSystemUsage').map((d) => d.entityUuid),
    of('ItContract').map((d) => d.entityUuid),
  );
  let flagged = 0;
  const flag = async (
    entityType: 'SystemUsage' | 'Contract',
    target: { id: string; kitosUuid: string; kitosAttributes: Record<string, string> },
  ) => {
    if (target.kitosAttributes[DELETED_TITLE]) return;
    const after = { ...target.kitosAttributes, [DELETED_TITLE]: when.get(target.kitosUuid) ?? '' };
    if (entityType === 'SystemUsage') await repo.setUsageAttributes(tx, target.id, after);
    else await repo.setContractAttributes(tx, target.id, after);
    await writeAudit(tx, ctx, {
      organisationId,
      action: 'UPDATE',
      entityType,
      entityId: target.id,
      before: { kitosAttributes: target.kitosAttributes },
      after: { kitosAttributes: after },
    });
    flagged++;
  };
  for (const u of targets.usages) await flag('SystemUsage', u);
  for (const c of targets.contracts) await flag('Contract', c);
  return flagged;
}

/** Plans and applies every kind in one transaction; conflicts are held back and stored. */
async function applySheets(
  tx: Tx,
  ctx: ImportContext,
  organisationId: string,
  read: Awaited<ReturnType<typeof readKitos>>,
  lastSyncedAt: Date | null,
): Promise<Extract<StoredRun, { ok: true }>> {
  const run: Extract<StoredRun, { ok: true }> = {
    ok: true,
    created: 0,
    updated: 0,
    unchanged: 0,
    deleted: 0,
    conflicts: 0,
    problems: [],
  };
  for (const kind of KITOS_SYNC_KINDS) {
    const sheet = read.sheets[kind];
    if (!sheet.rows.length) continue;
    const planner = planners(sheet.mapping, sheet.rows, organisationId)[kind];
    const lines = await planner.plan(tx);
    const ids = lines.map((l) => updatedObjectId(kind, l)).filter((id): id is string => id !== null);
    const { apply, conflicts } = holdConflicts(
      kind,
      lines,
      lastSyncedAt,
      await repo.changedAt(tx, kind, ids),
    );
    await planner.apply(tx, ctx, organisationId, apply);
    for (const { line, changedAt } of conflicts) {
      const index = sheet.rows.findIndex((r) => r.row === line.row);
      const stored: StoredSheet = { mapping: sheet.mapping, row: sheet.rows[index] };
      await repo.saveConflict(tx, organisationId, {
        kind,
        kitosUuid: sheet.uuids[index],
        name: line.name,
        changes: line.changes,
        sheet: stored,
        overblikChangedAt: changedAt,
      });
    }
    const counts = countPlan(apply);
    run.created += counts.created;
    run.updated += counts.updated;
    run.unchanged += counts.unchanged;
    run.conflicts += conflicts.length;
    for (const l of apply) {
      for (const e of l.errors) run.problems.push({ name: l.name, message: e.message, params: e.params });
    }
  }
  run.deleted = await flagDeletions(tx, ctx, organisationId, read.deleted);
  return run;
}

export const kitosSyncService = {
  async connection(ctx: Context, organisationId?: string | null): Promise<KitosConnectionView | null> {
    const access = requirePermission(ctx, 'organisation.admin', organisationId);
    const row = await repo.connection(ctx.prisma, access.organisationId);
    return row ? connectionView(ctx, row) : null;
  },

  async save(ctx: Context, input: KitosConnectionInput): Promise<KitosConnectionView> {
    const { organisationId } = requirePermission(ctx, 'organisation.admin', input.organisationId);
    const creating = input.version === null;
    const v = validate(input, creating);
    const seal = (value: string | null, field: 'email' | 'password') =>
      value === null ? undefined : ctx.secretBox.seal(value, binding(organisationId, field));
    const data = {
      baseUrl: v.baseUrl,
      kitosOrganisationUuid: v.kitosOrganisationUuid,
      nightly: input.nightly,
      emailEncrypted: seal(v.email, 'email'),
      passwordEncrypted: seal(v.password, 'password'),
    };
    return inTransaction(ctx, async (tx) => {
      const before = await repo.connection(tx, organisationId);
      if (creating) {
        // A second "create" is an edit made without the version: refused as stale, nothing overwritten.
        if (before) throw new DomainError('STALE_VERSION', 'error.staleVersion', { entity: ENTITY });
        const row = await repo.create(tx, organisationId, {
          ...data,
          emailEncrypted: data.emailEncrypted!,
          passwordEncrypted: data.passwordEncrypted!,
        });
        await writeAudit(tx, ctx, {
          organisationId,
          action: 'CREATE',
          entityType: ENTITY,
          entityId: row.id,
          after: auditView(row),
        });
        return connectionView(ctx, row);
      }
      if (!before) throw notFound(ENTITY);
      assertUpdated(await repo.update(tx, organisationId, input.version!, data), ENTITY);
      const after = (await repo.connection(tx, organisationId))!;
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'UPDATE',
        entityType: ENTITY,
        entityId: after.id,
        before: auditView(before),
        after: {
          ...auditView(after),
          emailChanged: data.emailEncrypted !== undefined,
          passwordChanged: data.passwordEncrypted !== undefined,
        },
      });
      return connectionView(ctx, after);
    });
  },

  /** "Synchronise now": administrators, in their own organisation. */
  run(ctx: Context, organisationId?: string | null): Promise<KitosRunView> {
    const access = requirePermission(ctx, 'organisation.admin', organisationId);
    return kitosSyncService.syncOrganisation(ctx, access.organisationId);
  },

  /**
   * Reads KITOS (changes and deletions since the last successful sync), then plans and applies
   * everything in one transaction. A KITOS failure changes nothing but the recorded last result.
   */
  async syncOrganisation(
    ctx: ImportContext & Pick<Context, 'secretBox'>,
    organisationId: string,
  ): Promise<KitosRunView> {
    const conn = await repo.connection(ctx.prisma, organisationId);
    if (!conn) throw new DomainError('NOT_FOUND', 'error.kitos.notConfigured');
    const startedAt = new Date();
    try {
      const read = await readKitos(
        {
          baseUrl: conn.baseUrl,
          organisationUuid: conn.kitosOrganisationUuid,
          email: ctx.secretBox.open(conn.emailEncrypted, binding(organisationId, 'email')),
          password: ctx.secretBox.open(conn.passwordEncrypted, binding(organisationId, 'password')),
        },
        conn.kitosChangedSince,
      );
      const run = await inTransaction(ctx, (tx) =>
        applySheets(tx, ctx, organisationId, read, conn.lastSyncedAt),
      );
      // After the commit: whatever Overblik changes from now on is a change on its side.
      await repo.recordRun(ctx.prisma, organisationId, {
        lastRunAt: new Date(),
        lastRunResult: run,
        kitosChangedSince: startedAt,
        lastSyncedAt: new Date(),
      });
      return runView(ctx, run);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'KITOS_FAILED') {
        const failed: StoredRun = { ok: false, message: error.messageKey, params: error.params };
        await repo.recordRun(ctx.prisma, organisationId, {
          lastRunAt: new Date(),
          lastRunResult: failed,
        });
      }
      throw error;
    }
  },

  async conflicts(ctx: Context, organisationId?: string | null) {
    const access = requirePermission(ctx, 'organisation.admin', organisationId);
    return repo.conflicts(ctx.prisma, access.organisationId);
  },

  /** A person decides a conflict: keep Overblik's version, or apply KITOS's through the import. */
  async resolve(
    ctx: Context,
    id: string,
    choice: 'KEEP_OVERBLIK' | 'TAKE_KITOS',
    organisationId?: string | null,
  ) {
    const access = requirePermission(ctx, 'organisation.admin', organisationId);
    assertId(id, 'KitosSyncConflict');
    return inTransaction(ctx, async (tx) => {
      const conflict = await repo.conflict(tx, access.organisationId, id);
      if (!conflict) throw notFound('KitosSyncConflict');
      const kind = conflict.kind as KitosSyncKind;
      if (choice === 'TAKE_KITOS') {
        const sheet = conflict.sheet as unknown as StoredSheet;
        const planner = planners(sheet.mapping, [sheet.row], access.organisationId)[kind];
        await planner.apply(tx, ctx, access.organisationId, await planner.plan(tx));
      }
      await repo.deleteConflict(tx, access.organisationId, id);
      await writeAudit(tx, ctx, {
        organisationId: access.organisationId,
        action: 'DECIDE',
        entityType: 'KitosSyncConflict',
        entityId: id,
        before: { kind, kitosUuid: conflict.kitosUuid, name: conflict.name, changes: conflict.changes },
        after: { choice },
      });
      return id;
    });
  },

  /** The nightly job: every organisation with nightly sync on; one failure does not stop the others. */
  async nightly(ctx: ImportContext & Pick<Context, 'secretBox'>) {
    let synced = 0;
    let failed = 0;
    for (const organisationId of await repo.nightlyOrganisations(ctx.prisma)) {
      try {
        await kitosSyncService.syncOrganisation(ctx, organisationId);
        synced++;
      } catch {
        failed++;
      }
    }
    return synced + failed ? { synced, failed } : null;
  },
};
