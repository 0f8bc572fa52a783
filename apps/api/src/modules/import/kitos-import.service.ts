import {
  countPlan,
  detectImportKind,
  importKindFields,
  mapImportColumns,
  missingImportFields,
  planContractImport,
  planBenefitImport,
  planGenericContractImport,
  planProjectImport,
  planDataSourceImport,
  planEdgeImport,
  planIntegrationImport,
  planSystemImport,
  planInterfaceImport,
  planUnitImport,
  planUsageImport,
  planUserImport,
  type ColumnMapping,
  type ColumnTarget,
  type ImportKind,
  type PlanLine,
  type PlanProblem,
  type SheetRow,
} from '@overblik/domain';
import type { Context } from '../../context';
import type { Db, Tx } from '../../db/handles';
import { requirePermission } from '../../shared/access';
import { translate } from '../../shared/messages';
import { kitosImportRepository as repo } from './kitos-import.repository';
import { applyContractLines } from './kitos-contract-import.apply';
import { applyUnitLines, applyUsageLines } from './kitos-import.apply';
import { applyInterfaceLines } from './kitos-interface-import.apply';
import { applyUserLines } from './kitos-user-import.apply';
import { applyBenefitLines } from './generic-benefit-import.apply';
import { applyDataSourceLines } from './generic-data-source-import.apply';
import { applyProjectLines } from './generic-project-import.apply';
import { genericImportRepository } from './generic-import.repository';
import { applyEdgeLines, applyIntegrationLines, applySystemLines } from './generic-landscape-import.apply';
import { genericLandscapeRepository as landscape } from './generic-landscape.repository';
import { readImportFile } from './import-file';
import { fileError, MAX_FILE_BYTES } from './kitos-workbook';

/**
 * A large workbook (1,500 usages, 6,000 relations) is planned and applied in one transaction that
 * takes seconds, more on a busy machine: the mutations' 20 s limit would abort it half-way.
 */
const IMPORT_TRANSACTION = { timeout: 120_000, maxWait: 10_000 };

export type ImportMode = 'STOP_ON_ERROR' | 'SKIP_BAD_ROWS';

/** What an import needs of its caller: the database, who acts (for the audit log; null on the command line) and the language. */
export type ImportContext = Pick<Context, 'prisma' | 'viewer' | 'locale'>;

export interface KitosImportRequest {
  organisationId?: string | null;
  /** The workbook, base64-encoded (GraphQL carries text). */
  file: string;
  overrides: { title: string; target: ColumnTarget }[];
  /** The kind the caller expects (the command line's --kind); another kind is refused. */
  kind?: ImportKind;
  dryRun: boolean;
  mode: ImportMode;
}

export interface ImportProblemView {
  column: string;
  message: string;
}

export interface KitosImportReport {
  kind: ImportKind;
  applied: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  columns: ColumnMapping[];
  fields: string[];
  lines: {
    row: number;
    name: string;
    status: string;
    changes: string[];
    errors: ImportProblemView[];
    warnings: ImportProblemView[];
  }[];
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function decode(file: string): Buffer {
  // Checked before decoding: base64 is 4/3 of the bytes.
  if (file.length > Math.ceil(MAX_FILE_BYTES / 3) * 4) {
    throw fileError('import.file.tooLarge', { maxMb: MAX_FILE_BYTES / 1024 / 1024 });
  }
  if (file.length % 4 !== 0 || !BASE64.test(file)) throw fileError('import.file.base64');
  return Buffer.from(file, 'base64');
}

type Planned = PlanLine<unknown>[];
export interface Planner {
  plan(db: Db | Tx): Promise<Planned>;
  apply(tx: Tx, ctx: ImportContext, organisationId: string, lines: Planned): Promise<void>;
}

/**
 * Each kind's plan (against what the organisation holds) and apply; the two contract kinds share
 * theirs. The KITOS API connector plans its sheets through the same planners (ADR 0041).
 */
export function planners(
  columns: ColumnMapping[],
  rows: readonly SheetRow[],
  organisationId: string,
): Record<ImportKind, Planner> {
  const contracts: Planner = {
    plan: async (db) => planContractImport(columns, rows, await repo.contractSnapshot(db, organisationId)),
    apply: (tx, ctx, org, lines) =>
      applyContractLines(tx, ctx, org, lines as ReturnType<typeof planContractImport>),
  };
  return {
    USAGE_OVERVIEW: {
      plan: async (db) => planUsageImport(columns, rows, await repo.usageSnapshot(db, organisationId)),
      apply: (tx, ctx, org, lines) =>
        applyUsageLines(tx, ctx, org, lines as ReturnType<typeof planUsageImport>),
    },
    CONTRACT_OVERVIEW: contracts,
    CONTRACT_TEMPLATE: contracts,
    INTERFACE_OVERVIEW: {
      plan: async (db) =>
        planInterfaceImport(columns, rows, await repo.interfaceSnapshot(db, organisationId)),
      apply: (tx, ctx, org, lines) =>
        applyInterfaceLines(tx, ctx, org, lines as ReturnType<typeof planInterfaceImport>),
    },
    UNIT_TEMPLATE: {
      plan: async (db) => planUnitImport(columns, rows, await repo.unitSnapshot(db, organisationId)),
      apply: (tx, ctx, org, lines) =>
        applyUnitLines(tx, ctx, org, lines as ReturnType<typeof planUnitImport>),
    },
    USER_TEMPLATE: {
      plan: async (db) => planUserImport(columns, rows, await repo.userSnapshot(db, organisationId)),
      apply: (tx, ctx, org, lines) =>
        applyUserLines(tx, ctx, org, lines as ReturnType<typeof planUserImport>),
    },
    DATA_SOURCES: {
      plan: async (db) =>
        planDataSourceImport(
          columns,
          rows,
          await genericImportRepository.dataSourceSnapshot(db, organisationId),
        ),
      apply: (tx, ctx, org, lines) =>
        applyDataSourceLines(tx, ctx, org, lines as ReturnType<typeof planDataSourceImport>),
    },
    BENEFITS: {
      plan: async (db) =>
        planBenefitImport(columns, rows, await genericImportRepository.benefitSnapshot(db, organisationId)),
      apply: (tx, ctx, org, lines) =>
        applyBenefitLines(tx, ctx, org, lines as ReturnType<typeof planBenefitImport>),
    },
    SYSTEMS: {
      plan: async (db) => planSystemImport(columns, rows, await landscape.systemSnapshot(db, organisationId)),
      apply: (tx, ctx, org, lines) =>
        applySystemLines(tx, ctx, org, lines as ReturnType<typeof planSystemImport>),
    },
    DATA_SOURCE_EDGES: {
      plan: async (db) => planEdgeImport(columns, rows, await landscape.edgeSnapshot(db, organisationId)),
      apply: (tx, ctx, org, lines) =>
        applyEdgeLines(tx, ctx, org, lines as ReturnType<typeof planEdgeImport>),
    },
    INTEGRATIONS: {
      plan: async (db) =>
        planIntegrationImport(columns, rows, await landscape.integrationSnapshot(db, organisationId)),
      apply: (tx, ctx, org, lines) =>
        applyIntegrationLines(tx, ctx, org, lines as ReturnType<typeof planIntegrationImport>),
    },
    CONTRACTS: {
      plan: async (db) =>
        planGenericContractImport(columns, rows, await repo.contractSnapshot(db, organisationId)),
      apply: (tx, ctx, org, lines) =>
        applyContractLines(tx, ctx, org, lines as ReturnType<typeof planGenericContractImport>, ''),
    },
    PROJECTS: {
      plan: async (db) =>
        planProjectImport(columns, rows, await genericImportRepository.projectSnapshot(db, organisationId)),
      apply: (tx, ctx, org, lines) =>
        applyProjectLines(tx, ctx, org, lines as ReturnType<typeof planProjectImport>),
    },
  };
}

export const kitosImportService = {
  /** The GraphQL entry: organisation administrators only, in an organisation they belong to. */
  run(ctx: Context, request: KitosImportRequest): Promise<KitosImportReport> {
    const { organisationId } = requirePermission(ctx, 'organisation.admin', request.organisationId);
    return kitosImportService.importInto(ctx, organisationId, decode(request.file), request);
  },

  /**
   * Reads the workbook, plans it against the organisation's data and, unless it is a dry run,
   * applies it in one transaction: with STOP_ON_ERROR nothing lands when any row is refused; with
   * SKIP_BAD_ROWS the good rows land and the bad ones are reported. Unchanged rows write nothing.
   * The caller has checked who may import into the organisation.
   */
  async importInto(
    ctx: ImportContext,
    organisationId: string,
    file: Buffer,
    request: Omit<KitosImportRequest, 'file' | 'organisationId'>,
  ): Promise<KitosImportReport> {
    const book = await readImportFile(file);
    const kind = detectImportKind(book.headers);
    if (!kind) throw fileError('import.file.unknownKind');
    if (request.kind && request.kind !== kind) {
      throw fileError('import.file.otherKind', { expected: request.kind, found: kind });
    }
    const overrides = Object.fromEntries(request.overrides.map((o) => [o.title, o.target]));
    const columns = mapImportColumns(kind, book.headers, overrides);
    const missing = missingImportFields(kind, columns);
    if (missing.length) throw fileError('import.file.missingColumns', { fields: missing.join(', ') });

    const kinds = planners(columns, book.rows, organisationId);
    const plan = (db: Db | Tx) => kinds[kind].plan(db);
    const report = (lines: PlanLine<unknown>[], applied: boolean): KitosImportReport => {
      const counts = countPlan(lines);
      const landed = request.dryRun || applied;
      const view = (p: PlanProblem) => ({
        column: p.column,
        message: translate(ctx.locale, p.message, p.params),
      });
      return {
        kind,
        applied,
        created: landed ? counts.created : 0,
        updated: landed ? counts.updated : 0,
        unchanged: landed ? counts.unchanged : 0,
        errorCount: counts.errors,
        columns,
        fields: importKindFields(kind),
        lines: [...lines]
          .sort((a, b) => a.row - b.row)
          .map((l) => ({
            row: l.row,
            name: l.name,
            status: l.status,
            changes: l.changes,
            errors: l.errors.map(view),
            warnings: l.warnings.map(view),
          })),
      };
    };

    if (request.dryRun) return report(await plan(ctx.prisma), false);
    return ctx.prisma.$transaction(async (tx) => {
      // Planned again inside the transaction, so what lands matches what is read now.
      const lines = await plan(tx);
      if (request.mode === 'STOP_ON_ERROR' && lines.some((l) => l.status === 'ERROR')) {
        return report(lines, false);
      }
      await kinds[kind].apply(tx, ctx, organisationId, lines);
      return report(lines, true);
    }, IMPORT_TRANSACTION);
  },
};
