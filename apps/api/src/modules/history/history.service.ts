import {
  auditLogFilterSchema,
  canAdministerOrganisation,
  changeValueText,
  fieldChanges,
} from '@overblik/domain';
import type { Context } from '../../context';
import { requireAllowed, requireOrganisation } from '../../shared/access';
import { pageWindow, type PageArgs } from '../../shared/pagination';
import { validate } from '../../shared/validation';
import { assertId } from '../../shared/errors';
import { translate } from '../../shared/messages';
import { historyRepository as repo, type AuditRow } from './history.repository';
import type { HistoryEntity, HistoryEntryNode } from './history.type';

/** How each record is audited: its entity type, and the key its child rows point to it with. */
/**
 * `childTypes` limits the rows found under the parent key: a contract or system names its supplier
 * too, but its edits are its own history, not the supplier's.
 */
const AUDITED: Record<HistoryEntity, { entityType: string; parentKey: string; childTypes?: string[] }> = {
  SYSTEM_USAGE: { entityType: 'SystemUsage', parentKey: 'usageId' },
  DATA_SOURCE: { entityType: 'DataSource', parentKey: 'dataSourceId' },
  CONTRACT: { entityType: 'Contract', parentKey: 'contractId' },
  PROJECT: { entityType: 'Project', parentKey: 'projectId' },
  BENEFIT: { entityType: 'Benefit', parentKey: 'benefitId' },
  SUPPLIER: {
    entityType: 'Supplier',
    parentKey: 'supplierId',
    childTypes: ['SupplierContact', 'SupplierNote'],
  },
};

/** The newest changes shown; older ones are in the organisation's audit log. */
const LIMIT = 100;

/** Audit rows as history entries: the author's name and the changes field by field. */
export async function toHistoryEntries(ctx: Context, rows: AuditRow[]): Promise<HistoryEntryNode[]> {
  const [names, tokens] = await Promise.all([
    repo.userNames(ctx.prisma, [...new Set(rows.flatMap((r) => (r.userId ? [r.userId] : [])))]),
    repo.apiTokenNames(ctx.prisma, [...new Set(rows.flatMap((r) => (r.apiTokenId ? [r.apiTokenId] : [])))]),
  ]);
  // A change made with an API token is shown under the token's name, not a person's.
  const author = (r: AuditRow) => {
    if (r.apiTokenId) {
      const name = tokens.get(r.apiTokenId);
      return name ? translate(ctx.locale, 'history.apiTokenAuthor', { name }) : null;
    }
    return r.userId ? (names.get(r.userId) ?? null) : null;
  };
  return rows.map((r) => ({
    id: String(r.id),
    at: r.at,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    authorName: author(r),
    changes: fieldChanges(r.before, r.after).map((c) => ({
      field: c.field,
      kind: c.kind,
      before: changeValueText(c.before),
      after: changeValueText(c.after),
    })),
  }));
}

export const historyService = {
  /**
   * A record's history in the chosen organisation, newest first. Only the organisation's own audit
   * entries are read, so an id of another organisation's record (or a shared catalogue entry that
   * others edit) shows nothing of theirs.
   */
  async history(ctx: Context, entity: HistoryEntity, id: string): Promise<HistoryEntryNode[]> {
    const { organisationId } = requireOrganisation(ctx);
    const audited = AUDITED[entity];
    assertId(id, audited.entityType);
    const rows = await repo.entriesOf(
      ctx.prisma,
      organisationId,
      audited.entityType,
      id,
      audited.parentKey,
      audited.childTypes ?? null,
      LIMIT,
    );
    return toHistoryEntries(ctx, rows);
  },

  /** The chosen organisation's whole audit log, filtered and paged; administrators only. */
  async log(ctx: Context, filter: unknown, page: PageArgs) {
    const { organisationId } = requireAllowed(ctx, canAdministerOrganisation);
    const window = pageWindow(page);
    const parsed = validate(auditLogFilterSchema, filter ?? {});
    const { rows, totalCount } = await repo.log(ctx.prisma, organisationId, parsed, window);
    return { items: await toHistoryEntries(ctx, rows), totalCount, offset: window.skip, limit: window.take };
  },

  async entityTypes(ctx: Context) {
    const { organisationId } = requireAllowed(ctx, canAdministerOrganisation);
    return repo.entityTypes(ctx.prisma, organisationId);
  },
};
