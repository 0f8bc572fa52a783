import {
  findJointTenderCandidates,
  type IsoDate,
  type JointTenderCandidate,
  type JointTenderContract,
} from '@overblik/domain';
import type { Context } from '../../context';
import { requireOrganisation } from '../../shared/access';
import type { Tx } from '../../shared/audit';
import { dataVersionRepository } from '../../shared/data-version.repository';
import { invalid } from '../../shared/errors';
import { pageWindow, type PageArgs } from '../../shared/pagination';
import type { ReadModelCache } from '../../shared/read-model-cache';
import { contractMigrationRepository } from '../contract/contract-migration.repository';
import { scheduleContracts } from '../contract/contract-schedule';
import { contractSettings } from '../contract/contract-settings';
import { visibleContracts } from './joint-tender-sharing';
import { tenderRepository as repo, type DiscoveryContractRow } from './tender.repository';
import type { JointTenderCandidateNode } from './tender.type';

type Db = Context['prisma'] | Tx;

export interface Discovery {
  found: JointTenderCandidate[];
  project: (chosen: JointTenderCandidate[]) => Promise<JointTenderCandidateNode[]>;
  collaborations: { id: string; memberIds: Set<string> }[];
}

function groupByOrganisation(rows: DiscoveryContractRow[]) {
  const groups = new Map<string, DiscoveryContractRow[]>();
  for (const row of rows) {
    const list = groups.get(row.organisationId);
    if (list) list.push(row);
    else groups.set(row.organisationId, [row]);
  }
  return groups;
}

type Scheduled = { currentEnd: IsoDate | null; decisionDate: IsoDate | null };

/** One organisation's contracts with their current ends and decision dates. */
interface PreparedContracts {
  rows: DiscoveryContractRow[];
  dates: Map<string, Scheduled>;
}

/**
 * Each organisation's contracts, scheduled, reused from the read-model cache while the
 * organisation's data version (ADR 0015) and the day are unchanged. After an edit only the editing
 * organisation's contracts are read and scheduled again, not the whole collaboration's.
 */
async function preparedContracts(
  db: Db,
  readModels: ReadModelCache,
  organisations: { id: string; settings: unknown }[],
  versions: Map<string, string>,
  today: IsoDate,
): Promise<PreparedContracts[]> {
  const version = (id: string) => `${versions.get(id)}@${today}`;
  const prepared: PreparedContracts[] = [];
  const missing: typeof organisations = [];
  for (const o of organisations) {
    const hit = readModels.peek<PreparedContracts>(`joint-tender:${o.id}`, version(o.id));
    if (hit) prepared.push(hit);
    else missing.push(o);
  }
  if (!missing.length) return prepared;

  const ids = missing.map((o) => o.id);
  const [rows, migrations] = await Promise.all([
    repo.discoveryContracts(db, ids),
    contractMigrationRepository.summaries(db, ids),
  ]);
  const byOrganisation = groupByOrganisation(rows);
  for (const o of missing) {
    const own = byOrganisation.get(o.id) ?? [];
    // An ended contract has no decision date, so it cannot join a plan. Only the current end and
    // the decision date are kept: the cache holds every organisation of a collaboration.
    const schedule = scheduleContracts(
      new Map(own.map((r) => [r.id, r])),
      contractSettings(o.settings),
      today,
      { summaries: migrations },
    );
    const dates = new Map<string, Scheduled>();
    for (const [id, s] of schedule)
      dates.set(id, { currentEnd: s.dates.currentEnd, decisionDate: s.decisionDate });
    const entry = { rows: own, dates };
    readModels.set(`joint-tender:${o.id}`, version(o.id), entry);
    prepared.push(entry);
  }
  return prepared;
}

/**
 * Joint-tender candidates for the organisation: contracts of it and of the collaborating
 * organisations that share their contracts, matched by the domain rule. Only candidates the
 * organisation itself takes part in are returned, and a price appears only where it is shared.
 */
export async function discoverJointTenders(
  ctx: Pick<Context, 'prisma' | 'readModels'>,
  organisationId: string,
  windowMonths: number,
  today: IsoDate,
): Promise<Discovery> {
  const db = ctx.prisma;
  const collaborations = await repo.collaborationsOf(db, organisationId);
  const collabs = collaborations.map((c) => ({
    id: c.id,
    memberIds: new Set(c.members.map((m) => m.organisationId)),
  }));
  const { visible, priced } = visibleContracts(organisationId, collaborations);
  if (visible.size < 2) return { found: [], project: async () => [], collaborations: collabs };

  // Versions first: data read after them is at least as new, so nothing stale is kept under them.
  const versions = await dataVersionRepository.read(db, [...visible]);
  const organisations = await repo.organisations(db, [...visible]);
  const prepared = await preparedContracts(db, ctx.readModels, organisations, versions, today);
  const orgById = new Map(organisations.map((o) => [o.id, o]));
  const rows = prepared.flatMap((p) => p.rows);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const dates = new Map<string, Scheduled>();
  for (const p of prepared) for (const [id, d] of p.dates) dates.set(id, d);

  // Only values the organisation's own contracts have can yield a candidate it takes part in, so
  // the other organisations' contracts are matched on those values alone (fewer, smaller buckets).
  const own = rows.filter((r) => r.organisationId === organisationId);
  const ownSystems = new Set(own.flatMap((r) => r.systemIds));
  const ownCapabilities = new Set(own.flatMap((r) => r.capabilities));
  const ownSuppliers = new Set(own.map((r) => r.supplierId));
  const input: JointTenderContract[] = rows.map((r) => ({
    id: r.id,
    organisationId: r.organisationId,
    catalogueSystemIds: r.systemIds.filter((v) => ownSystems.has(v)),
    capabilities: r.capabilities.filter((v) => ownCapabilities.has(v)),
    supplierId: ownSuppliers.has(r.supplierId) ? r.supplierId : null,
    decisionDate: dates.get(r.id)?.decisionDate ?? null,
  }));
  const found = findJointTenderCandidates(input, windowMonths, organisationId);

  /** Projects only the candidates asked for: a national collaboration yields thousands. */
  const project = async (chosen: JointTenderCandidate[]): Promise<JointTenderCandidateNode[]> => {
    const names = await repo.names(
      db,
      [...new Set(chosen.filter((c) => c.matchedOn === 'SYSTEM').map((c) => c.value))],
      [
        ...new Set(
          chosen
            .flatMap((c) => c.contractIds.map((id) => byId.get(id)!.supplierId))
            .filter((v): v is string => !!v),
        ),
      ],
    );

    return chosen.map((c) => ({
      key: c.key,
      matchedOn: c.matchedOn,
      value: c.value,
      label: c.matchedOn === 'CAPABILITY' ? c.value : (names.get(c.value) ?? c.value),
      windowStart: c.windowStart,
      windowEnd: c.windowEnd,
      contracts: c.contractIds.map((id) => {
        const row = byId.get(id)!;
        const showPrice = priced.has(row.organisationId);
        return {
          id,
          name: row.name,
          organisationId: row.organisationId,
          organisationName: orgById.get(row.organisationId)?.name ?? '',
          supplierName: row.supplierId ? (names.get(row.supplierId) ?? null) : null,
          currentEnd: dates.get(id)?.currentEnd ?? null,
          decisionDate: dates.get(id)?.decisionDate ?? null,
          yearlyCost: showPrice ? row.yearlyCost : null,
          priceHidden: !showPrice,
        };
      }),
    }));
  };
  return { found, project, collaborations: collabs };
}

export function checkWindow(windowMonths: number) {
  if (!Number.isInteger(windowMonths) || windowMonths < 1 || windowMonths > 120) {
    throw invalid([{ field: 'windowMonths', message: 'field.min', params: { min: 1 } }]);
  }
}

export const jointTenderService = {
  /** A page of candidates, strongest match first (system, capability, supplier), as the rule orders them. */
  async candidates(ctx: Context, windowMonths: number, page: PageArgs) {
    checkWindow(windowMonths);
    const { organisationId } = requireOrganisation(ctx);
    const window = pageWindow(page);
    const { found, project } = await discoverJointTenders(ctx, organisationId, windowMonths, ctx.today);
    return {
      items: await project(found.slice(window.skip, window.skip + window.take)),
      totalCount: found.length,
      offset: window.skip,
      limit: window.take,
    };
  },
};
