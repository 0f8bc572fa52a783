import { addMonths, type IsoDate } from '@overblik/domain';
import type { Context } from '../../context';
import { memberOrganisationIds, requireAllowed, requireOrganisation } from '../../shared/access';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertId, invalid, notFound, type FieldError } from '../../shared/errors';
import { pageWindow, type PageArgs } from '../../shared/pagination';
import { isoDate, num, toDbDate } from '../../shared/scalars';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import type {
  ContractCreateInput,
  ContractFilter,
  ContractSort,
  ContractUpdateInput,
} from './contract.input';
import { contractRepository as repo, type ContractListRow } from './contract.repository';
import type { ContractDatesNode, ContractNode } from './contract.type';
import {
  canEditContract,
  contractFields,
  contractLinkErrors,
  type ContractFieldsData,
} from '@overblik/domain';
import { toDatesNode } from './contract-schedule';
import { scheduleOrganisationContracts } from './contract-schedule.service';

type Db = Context['prisma'] | Tx;

/** Sum of the yearly operation lines: the contract's running cost. */
const yearlyCost = (row: ContractListRow) =>
  Math.round(
    row.economyLines
      .filter((l) => l.kind === 'YEARLY_OPERATION')
      .reduce((sum, l) => sum + Number(l.amount), 0) * 100,
  ) / 100;

export function toContractNode(
  row: ContractListRow,
  dates: ContractDatesNode,
): ContractNode & {
  supplierName: string | null;
  economyLines: ContractListRow['economyLines'];
  options: ContractListRow['options'];
} {
  return {
    ...row,
    supplierName: row.supplier?.name ?? null,
    startDate: isoDate(row.startDate)!,
    endDate: isoDate(row.endDate),
    irrevocableUntil: isoDate(row.irrevocableUntil),
    terminatedOn: isoDate(row.terminatedOn),
    uptimePercent: num(row.uptimePercent),
    indexationPercent: num(row.indexationPercent) ?? 0,
    yearlyCost: yearlyCost(row),
    dates,
  };
}

export type ContractView = ReturnType<typeof toContractNode>;

async function viewsOf(db: Db, rows: ContractListRow[], today: IsoDate): Promise<ContractView[]> {
  const byOrg = new Map<string, ContractListRow[]>();
  for (const row of rows) byOrg.set(row.organisationId, [...(byOrg.get(row.organisationId) ?? []), row]);
  const views = new Map<string, ContractView>();
  for (const [organisationId, list] of byOrg) {
    const schedule = await scheduleOrganisationContracts(db, organisationId, list, today);
    for (const row of list) views.set(row.id, toContractNode(row, toDatesNode(schedule.get(row.id)!)));
  }
  return rows.map((r) => views.get(r.id)!);
}

const CRITICALITY_RANK = { LOW: 0, MEDIUM: 1, HIGH: 2, CRITICAL: 3 } as const;

/** Sort keys; nulls (unknown dates) always sort last whatever the direction. */
const SORT_KEY: Record<string, (c: ContractView) => string | number | null> = {
  NAME: (c) => c.name.toLocaleLowerCase('da'),
  SUPPLIER: (c) => c.supplierName?.toLocaleLowerCase('da') ?? null,
  START_DATE: (c) => c.startDate,
  CURRENT_END: (c) => c.dates.currentEnd,
  LATEST_NOTICE_DATE: (c) => c.dates.latestNoticeDate,
  RETENDER_DECISION_DATE: (c) => c.dates.retender.decisionDate,
  YEARLY_COST: (c) => c.yearlyCost,
  CRITICALITY: (c) => CRITICALITY_RANK[c.criticality],
};

function compare(a: string | number | null, b: string | number | null, dir: number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, 'da') * dir;
  return (a < b ? -1 : a > b ? 1 : 0) * dir;
}

const isRunning = (c: ContractView) => c.dates.validity === 'ACTIVE' || c.dates.validity === 'NOT_STARTED';

function withinFilters(filter: ContractFilter | null, today: IsoDate) {
  const endLimit = filter?.endingWithinMonths != null ? addMonths(today, filter.endingWithinMonths) : null;
  const retenderLimit =
    filter?.retenderWithinMonths != null ? addMonths(today, filter.retenderWithinMonths) : null;
  return (c: ContractView) => {
    if (endLimit !== null && !(isRunning(c) && c.dates.currentEnd !== null && c.dates.currentEnd <= endLimit))
      return false;
    const decision = c.dates.retender.decisionDate;
    if (retenderLimit !== null && !(isRunning(c) && decision !== null && decision <= retenderLimit))
      return false;
    return true;
  };
}

const monthsSchema = {
  endingWithinMonths: 'endingWithinMonths',
  retenderWithinMonths: 'retenderWithinMonths',
};

function checkFilter(filter: ContractFilter | null) {
  const errors: FieldError[] = [];
  for (const field of Object.values(monthsSchema) as (keyof ContractFilter)[]) {
    const v = filter?.[field] as number | null | undefined;
    if (v != null && (v < 0 || v > 600)) errors.push({ field, message: 'field.min', params: { min: 0 } });
  }
  if (filter?.supplierId) assertId(filter.supplierId, 'Supplier');
  if (filter?.unitId) assertId(filter.unitId, 'Unit');
  if (errors.length) throw invalid(errors);
}

function toData(f: ContractFieldsData) {
  return {
    name: f.name,
    reference: f.reference ?? null,
    supplierId: f.supplierId ?? null,
    parentId: f.parentId ?? null,
    successorId: f.successorId ?? null,
    contractType: f.contractType ?? '',
    template: f.template ?? '',
    purchaseForm: f.purchaseForm ?? 'OTHER',
    criticality: f.criticality ?? 'MEDIUM',
    startDate: toDbDate(f.startDate)!,
    endDate: toDbDate(f.endDate ?? null),
    durationMonths: f.durationMonths ?? null,
    ongoing: f.ongoing ?? false,
    irrevocableUntil: toDbDate(f.irrevocableUntil ?? null),
    noticePeriodMonths: f.noticePeriodMonths ?? null,
    noticeRule: f.noticeRule ?? 'RUNNING',
    terminatedOn: toDbDate(f.terminatedOn ?? null),
    retenderPlan: f.retenderPlan ?? '',
    uptimePercent: f.uptimePercent ?? null,
    availability: f.availability ?? '',
    changeHandling: f.changeHandling ?? '',
    documentationDuties: f.documentationDuties ?? '',
    ownerUserId: f.ownerUserId ?? null,
    managerUserId: f.managerUserId ?? null,
    invoiceRecipient: f.invoiceRecipient ?? '',
    indexationPercent: f.indexationPercent ?? 0,
  };
}

function childrenOf(contractId: string, f: ContractFieldsData) {
  return {
    options: f.options?.map((o) => ({
      contractId,
      ordinal: o.ordinal,
      months: o.months,
      exercisedOn: toDbDate(o.exercisedOn ?? null),
    })),
    economyLines: f.economyLines?.map((l) => ({
      contractId,
      unitId: l.unitId ?? null,
      kind: l.kind,
      amount: l.amount,
      note: l.note ?? '',
    })),
    coveredUsageIds: f.coveredUsageIds ? [...new Set(f.coveredUsageIds)] : undefined,
  };
}

/** Users, units, usages, supplier, parent and successor must belong to (or be visible to) the contract's organisation. */
async function checkReferences(tx: Tx, organisationId: string, f: ContractFieldsData, selfId: string | null) {
  const userIds = [...new Set([f.ownerUserId, f.managerUserId].filter((v): v is string => !!v))];
  const unitIds = [...new Set((f.economyLines ?? []).map((l) => l.unitId).filter((v): v is string => !!v))];
  const usageIds = [...new Set(f.coveredUsageIds ?? [])];
  const found = await repo.referenceCounts(tx, organisationId, {
    userIds,
    unitIds,
    usageIds,
    parentId: f.parentId ?? null,
    successorId: f.successorId ?? null,
  });
  const errors: FieldError[] = [];
  const unknown = (field: string, entity: string) =>
    errors.push({ field, message: 'field.unknownReference', params: { entity } });
  if (found.users < userIds.length) unknown(f.ownerUserId ? 'ownerUserId' : 'managerUserId', 'User');
  if (found.units < unitIds.length) unknown('economyLines', 'Unit');
  if (found.usages < usageIds.length) unknown('coveredUsageIds', 'SystemUsage');
  if (f.parentId && found.parent === 0) unknown('parentId', 'Contract');
  if (f.successorId && found.successor === 0) unknown('successorId', 'Contract');
  // Only a link to an existing contract can close a loop; the rule itself is shared (ADR 0014).
  const linkErrors = contractLinkErrors(selfId, {
    parentChain: f.parentId && found.parent > 0 ? await repo.parentChain(tx, organisationId, f.parentId) : [],
    successorChain:
      f.successorId && found.successor > 0
        ? await repo.successorChain(tx, organisationId, f.successorId)
        : [],
  });
  errors.push(...linkErrors);
  if (f.supplierId && (await repo.supplierVisible(tx, organisationId, f.supplierId)) === 0) {
    unknown('supplierId', 'Supplier');
  }
  if (errors.length) throw invalid(errors);
}

export const contractService = {
  async list(ctx: Context, filter: ContractFilter | null, sort: ContractSort | null, page: PageArgs) {
    const { organisationId } = requireOrganisation(ctx);
    checkFilter(filter);
    const window = pageWindow(page);
    const today = ctx.today;
    const rows = await repo.list(ctx.prisma, { organisationId, ...filter });
    const views = (await viewsOf(ctx.prisma, rows, today)).filter(withinFilters(filter, today));
    const key = SORT_KEY[sort?.field ?? 'NAME'];
    const dir = sort?.direction === 'desc' ? -1 : 1;
    views.sort((a, b) => compare(key(a), key(b), dir) || a.id.localeCompare(b.id));
    return {
      items: views.slice(window.skip, window.skip + window.take),
      totalCount: views.length,
      offset: window.skip,
      limit: window.take,
    };
  },

  async one(ctx: Context, id: string): Promise<ContractView> {
    assertId(id, 'Contract');
    const row = await repo.one(ctx.prisma, memberOrganisationIds(ctx), id);
    if (!row) throw notFound('Contract');
    return (await viewsOf(ctx.prisma, [row], ctx.today))[0];
  },

  /** Contracts by id among the viewer's organisations, with dates; unknown ids are left out. */
  async many(db: Db, organisationIds: string[], ids: string[], today: IsoDate) {
    return viewsOf(db, await repo.byIds(db, organisationIds, ids), today);
  },

  async create(ctx: Context, input: ContractCreateInput) {
    const { organisationId } = requireAllowed(ctx, canEditContract);
    const f = validate(contractFields, input);
    const created = await inTransaction(ctx, async (tx) => {
      await checkReferences(tx, organisationId, f, null);
      const { id } = await repo.create(tx, { ...toData(f), organisationId });
      await repo.replaceChildren(tx, id, childrenOf(id, f));
      const after = await repo.one(tx, [organisationId], id);
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'Contract',
        entityId: id,
        after,
      });
      return id;
    });
    return this.one(ctx, created);
  },

  async update(ctx: Context, input: ContractUpdateInput) {
    const { id, version, ...rest } = input;
    assertId(id, 'Contract');
    await inTransaction(ctx, async (tx) => {
      const before = await repo.one(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('Contract');
      requireAllowed(ctx, canEditContract, before.organisationId);
      const f = validate(contractFields, rest);
      await checkReferences(tx, before.organisationId, f, id);
      assertUpdated(await repo.update(tx, id, version, toData(f)), 'Contract');
      await repo.replaceChildren(tx, id, childrenOf(id, f));
      const after = await repo.one(tx, [before.organisationId], id);
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'UPDATE',
        entityType: 'Contract',
        entityId: id,
        before,
        after,
      });
    });
    return this.one(ctx, id);
  },

  async remove(ctx: Context, id: string, version: number) {
    assertId(id, 'Contract');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.one(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('Contract');
      requireAllowed(ctx, canEditContract, before.organisationId);
      assertUpdated(await repo.delete(tx, id, version), 'Contract');
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'DELETE',
        entityType: 'Contract',
        entityId: id,
        before,
      });
      return true;
    });
  },

  /** The contracts whose successor is `c`, with their dates. */
  async predecessors(ctx: Context, c: ContractView) {
    const ids = (await repo.predecessors(ctx.prisma, c.organisationId, c.id)).map((r) => r.id);
    if (!ids.length) return [];
    const views = await this.many(ctx.prisma, [c.organisationId], ids, ctx.today);
    return views.sort((x, y) => ids.indexOf(x.id) - ids.indexOf(y.id));
  },

  coveredUsages: (ctx: Context, contractId: string) => repo.coveredUsages(ctx.prisma, contractId),
  integrations: (ctx: Context, contractId: string) => repo.integrations(ctx.prisma, contractId),
};
