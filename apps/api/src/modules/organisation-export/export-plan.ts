/**
 * What a whole-organisation export (ADR 0035) holds, table by table. Every Prisma model is named
 * here exactly once — exported with the SQL condition that selects the organisation's rows
 * (`$1` is its id), or excluded with the reason — and a test fails for a model that is neither, so
 * a new organisation-owned table cannot silently be left out of exports.
 */

const ORG = '"organisationId" = $1';
const inOrg = (table: string, column: string) => `"${column}" IN (SELECT id FROM "${table}" WHERE ${ORG})`;
const PROJECTS = inOrg('Project', 'projectId');

/**
 * The organisation's own tables, in an order where every table comes after the tables its
 * foreign keys point to (restore inserts them in this order). Self-references (a unit's parent, a
 * contract's successor) are inserted empty and set afterwards.
 */
export const ORGANISATION_TABLES: readonly { table: string; where: string }[] = [
  { table: 'Unit', where: ORG },
  { table: 'Membership', where: ORG },
  { table: 'SupplierContact', where: ORG },
  { table: 'SupplierNote', where: ORG },
  { table: 'Capability', where: ORG },
  // Before the usages: a usage's owner may be a recorded person without an account.
  { table: 'Person', where: ORG },
  { table: 'SystemUsage', where: ORG },
  { table: 'UsageCapability', where: inOrg('SystemUsage', 'usageId') },
  { table: 'OverlapAcceptance', where: ORG },
  { table: 'UsageDataSource', where: ORG },
  { table: 'UsageInfrastructure', where: ORG },
  { table: 'Contract', where: ORG },
  { table: 'ContractOption', where: inOrg('Contract', 'contractId') },
  { table: 'ContractEconomyLine', where: inOrg('Contract', 'contractId') },
  { table: 'ContractCoverage', where: inOrg('Contract', 'contractId') },
  { table: 'Invoice', where: ORG },
  { table: 'Integration', where: ORG },
  { table: 'StandardRequirement', where: ORG },
  { table: 'Strategy', where: ORG },
  { table: 'PhaseDefinition', where: ORG },
  { table: 'Programme', where: ORG },
  { table: 'ProgrammeStrategy', where: inOrg('Programme', 'programmeId') },
  { table: 'Project', where: ORG },
  { table: 'RequirementCheck', where: PROJECTS },
  { table: 'ProjectPhaseHistory', where: PROJECTS },
  { table: 'GateDecision', where: PROJECTS },
  { table: 'Proposal', where: PROJECTS },
  {
    table: 'ProposalDecision',
    where: `"proposalId" IN (SELECT id FROM "Proposal" WHERE ${PROJECTS})`,
  },
  { table: 'BusinessCaseLine', where: PROJECTS },
  { table: 'ProjectArtefact', where: PROJECTS },
  { table: 'StatusReport', where: PROJECTS },
  { table: 'ProjectStrategy', where: PROJECTS },
  { table: 'ProjectSystem', where: PROJECTS },
  { table: 'ProjectDependency', where: PROJECTS },
  { table: 'ProjectTeamMember', where: PROJECTS },
  { table: 'ProjectLifecycleDecision', where: PROJECTS },
  { table: 'PrioritisationModel', where: ORG },
  { table: 'Criterion', where: inOrg('PrioritisationModel', 'modelId') },
  { table: 'Category', where: inOrg('PrioritisationModel', 'modelId') },
  { table: 'ProjectCategory', where: PROJECTS },
  { table: 'CriterionScore', where: PROJECTS },
  { table: 'PortfolioScenario', where: ORG },
  { table: 'ScenarioRank', where: inOrg('PortfolioScenario', 'scenarioId') },
  { table: 'Competency', where: ORG },
  { table: 'PersonCompetency', where: inOrg('Person', 'personId') },
  { table: 'Allocation', where: inOrg('Person', 'personId') },
  { table: 'ResourceDemand', where: PROJECTS },
  { table: 'Benefit', where: ORG },
  { table: 'BenefitProfilePoint', where: inOrg('Benefit', 'benefitId') },
  { table: 'BenefitMeasurement', where: inOrg('Benefit', 'benefitId') },
  { table: 'BenefitMapNode', where: PROJECTS },
  { table: 'MaturityStep', where: ORG },
  { table: 'MaturityCriterion', where: inOrg('MaturityStep', 'stepId') },
  { table: 'MaturityAssessment', where: ORG },
  { table: 'SavedView', where: ORG },
  { table: 'ExternalReference', where: ORG },
  { table: 'AuditEntry', where: ORG },
];

/**
 * Shared catalogue entries: the export holds those the organisation registered (its LOCAL ones)
 * and every entry its rows refer to, so a restore into another installation finds them.
 */
export const CATALOGUE_TABLES = [
  'Supplier',
  'ItSystem',
  'Interface',
  'DataSource',
  'InfrastructureComponent',
] as const;
export type CatalogueTable = (typeof CATALOGUE_TABLES)[number];

/** Exported in sections of their own: the organisation's row, and the people its rows name. */
export const SECTION_TABLES = { Organisation: 'organisation', User: 'users' } as const;

/** A person's columns in an export: who they are, never how they sign in. */
export const USER_COLUMNS = ['id', 'email', 'name', 'locale'] as const;

/** Columns never exported: kept by database triggers from the other columns. */
export const DERIVED_COLUMNS = ['searchDoc'] as const;

/** Keys removed from audit snapshots, should a snapshot ever have held one. */
export const SECRET_KEYS = ['passwordHash', 'secretHash', 'secretEncrypted'] as const;

/** Tables not exported, each with the reason. */
export const EXCLUDED_TABLES: Record<string, string> = {
  Session: 'sign-in state; holds session token hashes',
  OneTimeToken: 'single-use links; holds token hashes',
  ApiToken: 'holds secret hashes; integrations get new tokens after a restore',
  RateLimitCounter: 'installation-wide request counters',
  SignInProvider: 'holds the identity provider secret and is registered for one installation address',
  SignInAttempt: 'sign-ins under way',
  SamlAssertionUse: 'replay protection of sign-ins under way',
  IdempotencyKey: 'replayed answers of recent requests',
  DataVersion: 'cache counters; the database keeps them',
  ScheduledRun: 'installation-wide job schedule',
  KitosConnection:
    'holds the KITOS API user’s credentials, sealed under this installation’s key; configured again after a restore',
  KitosSyncConflict: 'KITOS sync decisions under way; the next sync after a restore finds them again',
  Notification: 'each person’s notices; the alert job derives them again from the data',
  Collaboration:
    'shared with other organisations: a restored organisation joins a collaboration again with the other members’ consent',
  CollaborationMember: 'part of a collaboration shared with other organisations (see Collaboration)',
  TenderPlan: 'belongs to a collaboration shared with other organisations (see Collaboration)',
  TenderPlanParticipant: 'belongs to a collaboration shared with other organisations (see Collaboration)',
};
