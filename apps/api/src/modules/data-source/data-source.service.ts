import { dataSourceConsistency, dataSourceFields, type DataSourceFieldsData } from '@overblik/domain';
import type { Context } from '../../context';
import {
  memberOrganisationIds,
  requireCatalogueEditor,
  requireOrganisation,
  requirePermission,
} from '../../shared/access';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertId, invalid, notFound, type FieldError } from '../../shared/errors';
import { pageWindow, type PageArgs } from '../../shared/pagination';
import { isoDate, toDbDate } from '../../shared/scalars';
import { validate, validateWhole } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import { integrationRepository, toEdgeNode } from '../integration/integration.repository';
import type { DataSourceCreateInput, DataSourceFilter, DataSourceUpdateInput } from './data-source.input';
import { dataSourceRepository as repo } from './data-source.repository';

type Fields = DataSourceFieldsData;

interface DataSourceRow {
  id: string;
  endsOn: Date | null;
}

const toNode = <T extends DataSourceRow>(row: T) => ({ ...row, endsOn: isoDate(row.endsOn) });

/** Attaches the chosen organisation's uses of each listed source, in one query for the whole list. */
async function withUses<T extends DataSourceRow>(ctx: Context, organisationId: string, rows: T[]) {
  const edges = rows.length
    ? await integrationRepository.edgesWhere(ctx.prisma, {
        organisationId,
        dataSourceId: { in: rows.map((r) => r.id) },
      })
    : [];
  return rows.map((row) => ({
    ...toNode(row),
    uses: edges.filter((e) => e.dataSourceId === row.id).map(toEdgeNode),
  }));
}

async function checkReferences(tx: Tx, ctx: Context, data: Partial<Fields>) {
  const orgs = memberOrganisationIds(ctx);
  const errors: FieldError[] = [];
  // A copy register must point at a source the viewer can see.
  if (data.copyOfId && (await repo.visibleCount(tx, orgs, data.copyOfId)) === 0) {
    errors.push({ field: 'copyOfId', message: 'field.unknownReference', params: { entity: 'DataSource' } });
  }
  if (data.supplierId && (await repo.supplierVisible(tx, orgs, data.supplierId)) === 0) {
    errors.push({ field: 'supplierId', message: 'field.unknownReference', params: { entity: 'Supplier' } });
  }
  if (errors.length) throw invalid(errors);
}

const dbData = (data: Partial<Fields>) => {
  const { endsOn, ...rest } = data;
  return { ...rest, endsOn: toDbDate(endsOn) };
};

export const dataSourceService = {
  async list(ctx: Context, filter: DataSourceFilter | null, page: PageArgs) {
    const { organisationId } = requireOrganisation(ctx);
    const window = pageWindow(page);
    const result = await repo.list(ctx.prisma, memberOrganisationIds(ctx), filter ?? {}, window);
    return {
      ...result,
      items: await withUses(ctx, organisationId, result.items),
      offset: window.skip,
      limit: window.take,
    };
  },

  async get(ctx: Context, id: string) {
    const { organisationId } = requireOrganisation(ctx);
    assertId(id, 'DataSource');
    const row = await repo.get(ctx.prisma, memberOrganisationIds(ctx), id);
    if (!row) throw notFound('DataSource');
    return (await withUses(ctx, organisationId, [row]))[0];
  },

  async create(ctx: Context, input: DataSourceCreateInput) {
    const { organisationId } = requirePermission(ctx, 'landscape.edit');
    const { visibility, ...rest } = input;
    const data = validateWhole(dataSourceFields, dataSourceConsistency, rest);
    return inTransaction(ctx, async (tx) => {
      await checkReferences(tx, ctx, data);
      const row = await repo.create(tx, {
        ...data,
        endsOn: toDbDate(data.endsOn) ?? null,
        visibility: visibility ?? 'SHARED',
        ownerOrganisationId: organisationId,
      });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'DataSource',
        entityId: row.id,
        after: row,
      });
      return { ...toNode(row), uses: [] };
    });
  },

  /** Only the organisation that registered a source may change it; national entries are read-only. */
  async update(ctx: Context, input: DataSourceUpdateInput) {
    const { id, version, ...rest } = input;
    assertId(id, 'DataSource');
    const result = await inTransaction(ctx, async (tx) => {
      const before = await repo.get(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('DataSource');
      const { organisationId: owner } = requireCatalogueEditor(ctx, before);
      const data = validate(dataSourceFields.partial(), rest);
      // The rules across fields hold for the source as it will be stored.
      validate(dataSourceConsistency, {
        id,
        copyOfId: data.copyOfId !== undefined ? data.copyOfId : before.copyOfId,
      });
      await checkReferences(tx, ctx, data);
      assertUpdated(await repo.update(tx, id, version, dbData(data)), 'DataSource');
      const after = (await repo.get(tx, [owner], id))!;
      await writeAudit(tx, ctx, {
        organisationId: owner,
        action: 'UPDATE',
        entityType: 'DataSource',
        entityId: id,
        before,
        after,
      });
      return after;
    });
    // The uses shown are the chosen organisation's when the viewer is a member of it, else the owner's.
    const requested = ctx.requestedOrganisationId;
    const usesOf =
      requested && memberOrganisationIds(ctx).includes(requested) ? requested : result.ownerOrganisationId!;
    return (await withUses(ctx, usesOf, [result]))[0];
  },
};
