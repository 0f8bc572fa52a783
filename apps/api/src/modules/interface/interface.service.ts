import { interfaceConsistency, interfaceFields, type InterfaceFieldsData } from '@overblik/domain';
import type { Context } from '../../context';
import {
  memberOrganisationIds,
  requireCatalogueEditor,
  requireOrganisation,
  requirePermission,
} from '../../shared/access';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertId, conflict, invalid, notFound } from '../../shared/errors';
import { pageWindow, type PageArgs } from '../../shared/pagination';
import { checkedPayload } from '../../shared/payload';
import { validate, validateWhole } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import { integrationRepository, toIntegrationNode } from '../integration/integration.repository';
import type { InterfaceCreateInput, InterfaceFilter, InterfaceUpdateInput } from './interface.input';
import { interfaceRepository as repo, type InterfaceRow } from './interface.repository';

type Fields = InterfaceFieldsData;

/** Empty protocol text means "not stated". */
const dbData = <T extends Partial<Fields>>(data: T): T =>
  data.protocol === undefined ? data : { ...data, protocol: data.protocol || null };

/**
 * The API projection: the provider's name, the organisation's own usage of the provider (for a
 * link), and the organisation's integrations over each interface — one query each for a whole list.
 */
async function withUse(ctx: Context, organisationId: string, rows: InterfaceRow[]) {
  const ids = rows.map((r) => r.id);
  const providerIds = [...new Set(rows.flatMap((r) => (r.providerSystemId ? [r.providerSystemId] : [])))];
  const [integrations, usages] = rows.length
    ? await Promise.all([
        integrationRepository.integrationsWhere(ctx.prisma, { organisationId, interfaceId: { in: ids } }),
        providerIds.length ? repo.usagesOfSystems(ctx.prisma, organisationId, providerIds) : [],
      ])
    : [[], []];
  return rows.map(({ providerSystem, ...row }) => ({
    ...row,
    providerSystemName: providerSystem?.name ?? null,
    providerUsageId: usages.find((u) => u.systemId === row.providerSystemId)?.id ?? null,
    usedBy: integrations.filter((i) => i.interfaceId === row.id).map(toIntegrationNode),
  }));
}

async function checkReferences(tx: Tx, ctx: Context, data: Partial<Fields>) {
  if (
    data.providerSystemId &&
    (await repo.systemVisible(tx, memberOrganisationIds(ctx), data.providerSystemId)) === 0
  ) {
    throw invalid([
      { field: 'providerSystemId', message: 'field.unknownReference', params: { entity: 'ItSystem' } },
    ]);
  }
}

/**
 * The entry as seen for a change: visible to the viewer (else NOT_FOUND, so a guessed id of another
 * organisation's local entry reads nothing), registered by an organisation (national entries are
 * read-only), and the viewer may edit the landscape in that organisation.
 */
async function editable(tx: Tx, ctx: Context, id: string) {
  const before = await repo.get(tx, memberOrganisationIds(ctx), id);
  if (!before) throw notFound('Interface');
  requireCatalogueEditor(ctx, before);
  return before as InterfaceRow & { ownerOrganisationId: string };
}

/** Whose integrations to show after a change: the chosen organisation when the viewer is in it. */
function usesOf(ctx: Context, owner: string) {
  const requested = ctx.requestedOrganisationId;
  return requested && memberOrganisationIds(ctx).includes(requested) ? requested : owner;
}

export const interfaceService = {
  async list(ctx: Context, filter: InterfaceFilter | null, page: PageArgs) {
    const { organisationId } = requireOrganisation(ctx);
    const window = pageWindow(page);
    if (filter?.providerSystemId) assertId(filter.providerSystemId, 'ItSystem');
    const result = await repo.list(ctx.prisma, memberOrganisationIds(ctx), filter ?? {}, window);
    return {
      totalCount: result.totalCount,
      items: await withUse(ctx, organisationId, result.items),
      offset: window.skip,
      limit: window.take,
    };
  },

  async get(ctx: Context, id: string) {
    const { organisationId } = requireOrganisation(ctx);
    assertId(id, 'Interface');
    const row = await repo.get(ctx.prisma, memberOrganisationIds(ctx), id);
    if (!row) throw notFound('Interface');
    return (await withUse(ctx, organisationId, [row]))[0];
  },

  async create(ctx: Context, input: InterfaceCreateInput) {
    const { organisationId } = requirePermission(ctx, 'landscape.edit');
    const { visibility, ...rest } = input;
    const data = validateWhole(interfaceFields, interfaceConsistency, rest);
    const row = await inTransaction(ctx, async (tx) => {
      await checkReferences(tx, ctx, data);
      const created = await repo.create(tx, {
        ...dbData(data),
        ...checkedPayload(data),
        visibility: visibility ?? 'SHARED',
        ownerOrganisationId: organisationId,
      });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'Interface',
        entityId: created.id,
        after: created,
      });
      return created;
    });
    return (await withUse(ctx, organisationId, [row]))[0];
  },

  /** Only the organisation that registered an interface may change it. */
  async update(ctx: Context, input: InterfaceUpdateInput) {
    const { id, version, ...rest } = input;
    assertId(id, 'Interface');
    const after = await inTransaction(ctx, async (tx) => {
      const before = await editable(tx, ctx, id);
      const data = validate(interfaceFields.partial(), rest);
      await checkReferences(tx, ctx, data);
      const payload = checkedPayload(data, before);
      assertUpdated(await repo.update(tx, id, version, { ...dbData(data), ...payload }), 'Interface');
      const changed = (await repo.get(tx, [before.ownerOrganisationId], id))!;
      await writeAudit(tx, ctx, {
        organisationId: before.ownerOrganisationId,
        action: 'UPDATE',
        entityType: 'Interface',
        entityId: id,
        before,
        after: changed,
      });
      return changed;
    });
    return (await withUse(ctx, usesOf(ctx, after.ownerOrganisationId!), [after]))[0];
  },

  /**
   * Deletes an interface nobody integrates over. While any integration uses it — in any organisation,
   * since a shared entry may serve others — it is refused rather than silently cleared on them.
   */
  async delete(ctx: Context, id: string, version: number) {
    assertId(id, 'Interface');
    return inTransaction(ctx, async (tx) => {
      const before = await editable(tx, ctx, id);
      if ((await repo.integrationCount(tx, id)) > 0) {
        throw conflict('error.conflict.interfaceInUse', { entity: 'Interface' });
      }
      assertUpdated(await repo.delete(tx, id, version), 'Interface');
      await writeAudit(tx, ctx, {
        organisationId: before.ownerOrganisationId,
        action: 'DELETE',
        entityType: 'Interface',
        entityId: id,
        before,
      });
      return true;
    });
  },
};
