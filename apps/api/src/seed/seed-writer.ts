import type { Prisma, PrismaClient } from '@prisma/client';
import { randomUUID } from 'node:crypto';
import { createRandom, sequentialIds, type Random } from './prng';
import { releaseQueryPlans } from '../db/prisma-plan-history';

/** The seeders write through either the client or an interactive transaction's client. */
export type SeedClient = PrismaClient | Prisma.TransactionClient;

/**
 * Seeders build plain rows with their own ids in memory first and write them afterwards, table by
 * table: that keeps generation free of database round trips (fast, and testable without a
 * database) and lets the writer batch every table with createMany. Keys are Prisma delegate names.
 */
export interface SeedRows {
  organisation: Prisma.OrganisationCreateManyInput[];
  unit: Prisma.UnitCreateManyInput[];
  user: Prisma.UserCreateManyInput[];
  membership: Prisma.MembershipCreateManyInput[];
  collaboration: Prisma.CollaborationCreateManyInput[];
  collaborationMember: Prisma.CollaborationMemberCreateManyInput[];
  supplier: Prisma.SupplierCreateManyInput[];
  itSystem: Prisma.ItSystemCreateManyInput[];
  interface: Prisma.InterfaceCreateManyInput[];
  dataSource: Prisma.DataSourceCreateManyInput[];
  infrastructureComponent: Prisma.InfrastructureComponentCreateManyInput[];
  systemUsage: Prisma.SystemUsageCreateManyInput[];
  usageDataSource: Prisma.UsageDataSourceCreateManyInput[];
  usageInfrastructure: Prisma.UsageInfrastructureCreateManyInput[];
  contract: Prisma.ContractCreateManyInput[];
  contractOption: Prisma.ContractOptionCreateManyInput[];
  contractEconomyLine: Prisma.ContractEconomyLineCreateManyInput[];
  contractCoverage: Prisma.ContractCoverageCreateManyInput[];
  invoice: Prisma.InvoiceCreateManyInput[];
  integration: Prisma.IntegrationCreateManyInput[];
  tenderPlan: Prisma.TenderPlanCreateManyInput[];
  tenderPlanParticipant: Prisma.TenderPlanParticipantCreateManyInput[];
  standardRequirement: Prisma.StandardRequirementCreateManyInput[];
  strategy: Prisma.StrategyCreateManyInput[];
  phaseDefinition: Prisma.PhaseDefinitionCreateManyInput[];
  prioritisationModel: Prisma.PrioritisationModelCreateManyInput[];
  criterion: Prisma.CriterionCreateManyInput[];
  category: Prisma.CategoryCreateManyInput[];
  competency: Prisma.CompetencyCreateManyInput[];
  person: Prisma.PersonCreateManyInput[];
  personCompetency: Prisma.PersonCompetencyCreateManyInput[];
  project: Prisma.ProjectCreateManyInput[];
  projectPhaseHistory: Prisma.ProjectPhaseHistoryCreateManyInput[];
  gateDecision: Prisma.GateDecisionCreateManyInput[];
  proposal: Prisma.ProposalCreateManyInput[];
  proposalDecision: Prisma.ProposalDecisionCreateManyInput[];
  businessCaseLine: Prisma.BusinessCaseLineCreateManyInput[];
  projectArtefact: Prisma.ProjectArtefactCreateManyInput[];
  statusReport: Prisma.StatusReportCreateManyInput[];
  projectStrategy: Prisma.ProjectStrategyCreateManyInput[];
  projectSystem: Prisma.ProjectSystemCreateManyInput[];
  projectDependency: Prisma.ProjectDependencyCreateManyInput[];
  projectCategory: Prisma.ProjectCategoryCreateManyInput[];
  criterionScore: Prisma.CriterionScoreCreateManyInput[];
  allocation: Prisma.AllocationCreateManyInput[];
  resourceDemand: Prisma.ResourceDemandCreateManyInput[];
  requirementCheck: Prisma.RequirementCheckCreateManyInput[];
  benefit: Prisma.BenefitCreateManyInput[];
  benefitProfilePoint: Prisma.BenefitProfilePointCreateManyInput[];
  benefitMeasurement: Prisma.BenefitMeasurementCreateManyInput[];
  benefitMapNode: Prisma.BenefitMapNodeCreateManyInput[];
  maturityStep: Prisma.MaturityStepCreateManyInput[];
  maturityCriterion: Prisma.MaturityCriterionCreateManyInput[];
  maturityAssessment: Prisma.MaturityAssessmentCreateManyInput[];
}

export type SeedTable = keyof SeedRows;
export type SeedCounts = Partial<Record<SeedTable, number>>;

/**
 * Foreign-key order: a table comes after every table it references (contracts before
 * integrations, which may name a covering contract). Self-references (unit tree, copy registers,
 * sub-contracts) are satisfied by the seeders listing parents before children.
 */
export const WRITE_ORDER: readonly SeedTable[] = [
  'organisation',
  'unit',
  'user',
  'membership',
  'collaboration',
  'collaborationMember',
  'supplier',
  'itSystem',
  'interface',
  'dataSource',
  'infrastructureComponent',
  'systemUsage',
  'usageDataSource',
  'usageInfrastructure',
  'contract',
  'contractOption',
  'contractEconomyLine',
  'contractCoverage',
  'invoice',
  'integration',
  'tenderPlan',
  'tenderPlanParticipant',
  'standardRequirement',
  'strategy',
  'phaseDefinition',
  'prioritisationModel',
  'criterion',
  'category',
  'competency',
  'person',
  'personCompetency',
  'project',
  'projectPhaseHistory',
  'gateDecision',
  'proposal',
  'proposalDecision',
  'businessCaseLine',
  'projectArtefact',
  'statusReport',
  'projectStrategy',
  'projectSystem',
  'projectDependency',
  'projectCategory',
  'criterionScore',
  'allocation',
  'resourceDemand',
  'requirementCheck',
  'benefit',
  'benefitProfilePoint',
  'benefitMeasurement',
  'benefitMapNode',
  'maturityStep',
  'maturityCriterion',
  'maturityAssessment',
];

export function emptyRows(): SeedRows {
  return Object.fromEntries(WRITE_ORDER.map((t) => [t, []])) as unknown as SeedRows;
}

/** At most this many rows per INSERT: ~30 columns × 1,000 rows stays far below PostgreSQL's 65,535 parameters. */
export const CHUNK_SIZE = 1000;

interface CreateManyDelegate {
  createMany(args: { data: unknown[] }): Promise<{ count: number }>;
}

/** Writes every non-empty table in WRITE_ORDER with createMany in chunks; returns rows written per table. */
export async function writeRows(client: SeedClient, rows: SeedRows): Promise<SeedCounts> {
  const counts: SeedCounts = {};
  for (const table of WRITE_ORDER) {
    const data = rows[table] as unknown[];
    if (!data.length) continue;
    // Every SeedTable is a delegate name; the union of delegates has no callable common type.
    const delegate = (client as unknown as Record<SeedTable, CreateManyDelegate>)[table];
    for (let i = 0; i < data.length; i += CHUNK_SIZE) {
      await delegate.createMany({ data: data.slice(i, i + CHUNK_SIZE) });
      releaseQueryPlans();
    }
    // Seeded usages name their capabilities; the database links them to the taxonomy (ADR 0013).
    if (table === 'systemUsage') await client.$executeRaw`SELECT overblik_adopt_capability_tags()`;
    counts[table] = data.length;
  }
  return counts;
}

/** Adds `more` into `total` (per-table counts across several write batches). */
export function addCounts(total: SeedCounts, more: SeedCounts): SeedCounts {
  for (const [table, n] of Object.entries(more) as [SeedTable, number][]) {
    total[table] = (total[table] ?? 0) + n;
  }
  return total;
}

/** What every seeder works with: the rows being built, a seeded random stream and an id source. */
export interface SeedContext {
  rows: SeedRows;
  rng: Random;
  id(): string;
}

/**
 * The demo takes fresh random UUIDs (ids mean nothing across installations) but still draws its
 * choices from a seeded stream, so its content is the same on every start; synthetic profiles use
 * sequential ids per numbered stream, so one profile always yields identical data.
 */
export function createContext(seed: number, ids: 'random' | { stream: number }): SeedContext {
  return {
    rows: emptyRows(),
    rng: createRandom(seed),
    id: ids === 'random' ? () => randomUUID() : sequentialIds(ids.stream),
  };
}
