/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Access =
  | 'READ'
  | 'READ_WRITE'
  | 'WRITE';

export type AddMemberInput = {
  email: string;
  /** Required when the e-mail has no account yet (min. 12 characters). */
  initialPassword?: string | null | undefined;
  name: string;
  roles: Array<Role>;
};

export type AllocationInput = {
  competencyId?: string | number | null | undefined;
  hoursPerWeek: number;
  personId: string | number;
  projectId: string | number;
  /** YYYY-Qn */
  quarter: string;
};

export type AllocationUpdateInput = {
  competencyId?: string | number | null | undefined;
  hoursPerWeek: number;
  id: string | number;
  version: number;
};

export type ArtefactInput = {
  content?: string | null | undefined;
  kind: ArtefactKind;
  projectId: string | number;
  title: string;
  /** The version of the artefact you loaded; null when providing it for the first time. */
  version?: number | null | undefined;
};

export type ArtefactKind =
  | 'BENEFIT_MAP'
  | 'BENEFIT_REALISATION_PLAN'
  | 'BUSINESS_CASE'
  | 'CLOSING_REPORT'
  | 'IDEA_DESCRIPTION'
  | 'IMPLEMENTATION_PLAN'
  | 'OPERATIONS_HANDOVER'
  | 'RESOURCE_PLAN'
  | 'RISK_ASSESSMENT';

export type BenefitCreateInput = {
  accountableUserId?: string | number | null | undefined;
  baseline?: number | null | undefined;
  cashable?: boolean | null | undefined;
  description?: string | null | undefined;
  direction?: BenefitDirection | null | undefined;
  dueDate?: string | null | undefined;
  harvestingUnitId?: string | number | null | undefined;
  /** Replaces the whole realisation profile when given. */
  profile?: Array<BenefitProfilePointInput> | null | undefined;
  projectId?: string | number | null | undefined;
  responsibleUserId?: string | number | null | undefined;
  startDate?: string | null | undefined;
  target?: number | null | undefined;
  title?: string | null | undefined;
  type?: BenefitType | null | undefined;
  unitOfMeasure?: string | null | undefined;
  verificationContractId?: string | number | null | undefined;
  verificationEdgeId?: string | number | null | undefined;
  verificationKind?: VerificationKind | null | undefined;
  verificationUsageId?: string | number | null | undefined;
};

export type BenefitDirection =
  | 'DECREASE'
  | 'INCREASE';

export type BenefitFilter = {
  projectId?: string | number | null | undefined;
  /** Matches the title. */
  search?: string | null | undefined;
  /** A strategy served by the benefit's project. */
  strategyId?: string | number | null | undefined;
  types?: Array<BenefitType> | null | undefined;
  /** The harvesting unit. */
  unitId?: string | number | null | undefined;
};

export type BenefitGroupBy =
  | 'ORGANISATION'
  | 'PROJECT'
  | 'STRATEGY'
  | 'UNIT';

export type BenefitMapKind =
  | 'BENEFIT'
  | 'DELIVERABLE'
  | 'GOAL'
  | 'PURPOSE';

export type BenefitMapNodeInput = {
  benefitId?: string | number | null | undefined;
  kind: BenefitMapKind;
  label: string;
  projectId: string | number;
  targetId?: string | number | null | undefined;
};

/** Changes to a benefit map node; an omitted field is left as it is. */
export type BenefitMapNodeUpdateInput = {
  benefitId?: string | number | null | undefined;
  id: string | number;
  kind?: BenefitMapKind | null | undefined;
  label?: string | null | undefined;
  targetId?: string | number | null | undefined;
  /** The version you loaded; a stale version is refused. */
  version: number;
};

export type BenefitMeasurementInput = {
  benefitId: string | number;
  comment?: string | null | undefined;
  measuredOn: string;
  value: number;
};

export type BenefitProfilePointInput = {
  date: string;
  plannedValue: number;
};

export type BenefitType =
  | 'DISBENEFIT'
  | 'ECONOMIC_FTE'
  | 'ECONOMIC_KR'
  | 'QUALITATIVE';

export type BenefitUpdateInput = {
  accountableUserId?: string | number | null | undefined;
  baseline?: number | null | undefined;
  cashable?: boolean | null | undefined;
  description?: string | null | undefined;
  direction?: BenefitDirection | null | undefined;
  dueDate?: string | null | undefined;
  harvestingUnitId?: string | number | null | undefined;
  id: string | number;
  /** Replaces the whole realisation profile when given. */
  profile?: Array<BenefitProfilePointInput> | null | undefined;
  responsibleUserId?: string | number | null | undefined;
  startDate?: string | null | undefined;
  target?: number | null | undefined;
  title?: string | null | undefined;
  type?: BenefitType | null | undefined;
  unitOfMeasure?: string | null | undefined;
  verificationContractId?: string | number | null | undefined;
  verificationEdgeId?: string | number | null | undefined;
  verificationKind?: VerificationKind | null | undefined;
  verificationUsageId?: string | number | null | undefined;
  /** The version you loaded; a stale version is refused. */
  version: number;
};

export type BusinessCaseKind =
  | 'ONE_OFF_BENEFIT'
  | 'ONE_OFF_COST'
  | 'YEARLY_BENEFIT'
  | 'YEARLY_COST';

export type BusinessCaseLineInput = {
  amount: number;
  description?: string | null | undefined;
  kind: BusinessCaseKind;
  year?: number | null | undefined;
};

export type CapabilityCreateInput = {
  name: string;
  /** Null or absent: a top-level capability. */
  parentId?: string | number | null | undefined;
};

export type CapabilityMoveInput = {
  id: string | number;
  /** The new parent; null makes it top-level. */
  parentId?: string | number | null | undefined;
  /** The version you loaded; a stale version is refused. */
  version: number;
};

export type CapabilityRenameInput = {
  id: string | number;
  name: string;
  /** The version you loaded; a stale version is refused. */
  version: number;
};

export type CategoryCreateInput = {
  dimension: CategoryDimension;
  name: string;
};

/** Complexity, scope (local vs cross-cutting), focus (political vs administrative), economy. */
export type CategoryDimension =
  | 'COMPLEXITY'
  | 'ECONOMY'
  | 'FOCUS'
  | 'SCOPE';

export type CategoryUpdateInput = {
  dimension: CategoryDimension;
  id: string | number;
  name: string;
  version: number;
};

export type Channel =
  | 'DATAFORDELEREN'
  | 'DIRECT'
  | 'FILE_TRANSFER'
  | 'OTHER'
  | 'SERVICEPLATFORMEN';

export type ContractCreateInput = {
  availability?: string | null | undefined;
  changeHandling?: string | null | undefined;
  contractType?: string | null | undefined;
  /** System usages the contract covers. */
  coveredUsageIds?: Array<string | number> | null | undefined;
  criticality?: Criticality | null | undefined;
  documentationDuties?: string | null | undefined;
  durationMonths?: number | null | undefined;
  economyLines?: Array<ContractEconomyLineInput> | null | undefined;
  endDate?: string | null | undefined;
  indexationPercent?: number | null | undefined;
  invoiceRecipient?: string | null | undefined;
  irrevocableUntil?: string | null | undefined;
  managerUserId?: string | number | null | undefined;
  name: string;
  noticePeriodMonths?: number | null | undefined;
  noticeRule?: NoticeRule | null | undefined;
  ongoing?: boolean | null | undefined;
  options?: Array<ContractOptionInput> | null | undefined;
  ownerUserId?: string | number | null | undefined;
  parentId?: string | number | null | undefined;
  purchaseForm?: PurchaseForm | null | undefined;
  reference?: string | null | undefined;
  retenderPlan?: string | null | undefined;
  startDate: string;
  /** The contract that renews or replaces this one; none means it ends without renewal. */
  successorId?: string | number | null | undefined;
  supplierId?: string | number | null | undefined;
  template?: string | null | undefined;
  terminatedOn?: string | null | undefined;
  uptimePercent?: number | null | undefined;
};

export type ContractEconomyLineInput = {
  amount: number;
  kind: EconomyKind;
  note?: string | null | undefined;
  unitId?: string | number | null | undefined;
};

export type ContractFilter = {
  criticalities?: Array<Criticality> | null | undefined;
  /** Still running and ending within this many months. */
  endingWithinMonths?: number | null | undefined;
  /** Still running and the re-tender decision is due within this many months (overdue included). */
  retenderWithinMonths?: number | null | undefined;
  /** Matches name or reference. */
  search?: string | null | undefined;
  supplierId?: string | number | null | undefined;
  /** Paying unit (economy line) or unit of a covered system. */
  unitId?: string | number | null | undefined;
};

export type ContractOptionInput = {
  exercisedOn?: string | null | undefined;
  months: number;
  ordinal: number;
};

export type ContractUpdateInput = {
  availability?: string | null | undefined;
  changeHandling?: string | null | undefined;
  contractType?: string | null | undefined;
  /** System usages the contract covers. */
  coveredUsageIds?: Array<string | number> | null | undefined;
  criticality?: Criticality | null | undefined;
  documentationDuties?: string | null | undefined;
  durationMonths?: number | null | undefined;
  economyLines?: Array<ContractEconomyLineInput> | null | undefined;
  endDate?: string | null | undefined;
  id: string | number;
  indexationPercent?: number | null | undefined;
  invoiceRecipient?: string | null | undefined;
  irrevocableUntil?: string | null | undefined;
  managerUserId?: string | number | null | undefined;
  name: string;
  noticePeriodMonths?: number | null | undefined;
  noticeRule?: NoticeRule | null | undefined;
  ongoing?: boolean | null | undefined;
  options?: Array<ContractOptionInput> | null | undefined;
  ownerUserId?: string | number | null | undefined;
  parentId?: string | number | null | undefined;
  purchaseForm?: PurchaseForm | null | undefined;
  reference?: string | null | undefined;
  retenderPlan?: string | null | undefined;
  startDate: string;
  /** The contract that renews or replaces this one; none means it ends without renewal. */
  successorId?: string | number | null | undefined;
  supplierId?: string | number | null | undefined;
  template?: string | null | undefined;
  terminatedOn?: string | null | undefined;
  uptimePercent?: number | null | undefined;
  /** The version you loaded; a stale version is refused. */
  version: number;
};

export type CriterionCreateInput = {
  description?: string | null | undefined;
  direction?: ScoreDirection;
  mandatory?: boolean;
  name: string;
  scaleMax?: number;
  scaleMin?: number;
  weight: number;
};

export type CriterionScoreInput = {
  criterionId: string | number;
  projectId: string | number;
  value: number;
  /** The score version you loaded; null for a first score. */
  version?: number | null | undefined;
};

export type CriterionUpdateInput = {
  description?: string | null | undefined;
  direction?: ScoreDirection;
  id: string | number;
  mandatory?: boolean;
  name: string;
  scaleMax?: number;
  scaleMin?: number;
  version: number;
  weight: number;
};

export type Criticality =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type DataSourceCreateInput = {
  copyOfId?: string | number | null | undefined;
  costModel?: string | null | undefined;
  defaultChannel?: Channel | null | undefined;
  description?: string | null | undefined;
  endsOn?: string | null | undefined;
  kind?: DataSourceKind | null | undefined;
  lifecycle?: Lifecycle | null | undefined;
  name?: string | null | undefined;
  registerFamily?: string | null | undefined;
  supplierId?: string | number | null | undefined;
  visibility?: Visibility | null | undefined;
};

export type DataSourceKind =
  | 'BASE_REGISTER'
  | 'COPY_REGISTER'
  | 'EXTERNAL'
  | 'INTERNAL';

export type DataSourceUpdateInput = {
  copyOfId?: string | number | null | undefined;
  costModel?: string | null | undefined;
  defaultChannel?: Channel | null | undefined;
  description?: string | null | undefined;
  endsOn?: string | null | undefined;
  id: string | number;
  kind?: DataSourceKind | null | undefined;
  lifecycle?: Lifecycle | null | undefined;
  name?: string | null | undefined;
  registerFamily?: string | null | undefined;
  supplierId?: string | number | null | undefined;
  version: number;
};

export type DataType =
  | 'CASE'
  | 'CLASSIFICATION'
  | 'COMPANY'
  | 'DOCUMENT'
  | 'GIS'
  | 'ORGANISATION'
  | 'OTHER'
  | 'PERSON'
  | 'PROPERTY';

export type DecisionStage =
  | 'BOARD'
  | 'COUNCIL';

export type Direction =
  | 'BIDIRECTIONAL'
  | 'ONE_WAY';

export type EconomyKind =
  | 'ACQUISITION'
  | 'OTHER'
  | 'YEARLY_OPERATION';

export type ExitDateSource =
  | 'PLANNED'
  | 'RECOMMENDED';

export type ExitRecommendation =
  | 'NO_ALTERNATIVE'
  | 'SWITCH_AT_RETENDER'
  | 'SWITCH_NOW';

export type Hosting =
  | 'CLOUD'
  | 'ON_PREMISE'
  | 'SAAS'
  | 'SUPPLIER_HOSTED'
  | 'UNKNOWN';

/** CERTAIN: a path carries the lost data all the way; POSSIBLE: only paths with an undeclared payload do. */
export type ImpactCertainty =
  | 'CERTAIN'
  | 'POSSIBLE';

export type ImpactVia =
  | 'COPY_REGISTER'
  | 'DATA_SOURCE'
  | 'INFRASTRUCTURE'
  | 'INTEGRATION';

export type IntegrationCreateInput = {
  contractId?: string | number | null | undefined;
  data?: string | null | undefined;
  /** KITOS data types; an empty list = not declared. */
  dataTypes?: Array<DataType> | null | undefined;
  direction?: Direction | null | undefined;
  frequency?: string | null | undefined;
  /** The usage the data flows from. */
  fromUsageId: string | number;
  interfaceId?: string | number | null | undefined;
  /** 0–60 months; null uses the organisation's default. */
  migrationMonths?: number | null | undefined;
  /** Needs at least one data type. */
  registerFamilies?: Array<RegisterFamily> | null | undefined;
  /** The usage the data flows to. */
  toUsageId: string | number;
};

export type IntegrationUpdateInput = {
  contractId?: string | number | null | undefined;
  data?: string | null | undefined;
  /** KITOS data types; an empty list = not declared. */
  dataTypes?: Array<DataType> | null | undefined;
  direction?: Direction | null | undefined;
  frequency?: string | null | undefined;
  id: string | number;
  interfaceId?: string | number | null | undefined;
  /** 0–60 months; null uses the organisation's default. */
  migrationMonths?: number | null | undefined;
  /** Needs at least one data type. */
  registerFamilies?: Array<RegisterFamily> | null | undefined;
  version: number;
};

export type InterfaceCreateInput = {
  dataDescription?: string | null | undefined;
  /** KITOS data types; an empty list = not declared. */
  dataTypes?: Array<DataType> | null | undefined;
  description?: string | null | undefined;
  name?: string | null | undefined;
  protocol?: string | null | undefined;
  /** The catalogue system that provides the interface. */
  providerSystemId?: string | number | null | undefined;
  /** Needs at least one data type. */
  registerFamilies?: Array<RegisterFamily> | null | undefined;
  visibility?: Visibility | null | undefined;
};

export type InterfaceUpdateInput = {
  dataDescription?: string | null | undefined;
  /** KITOS data types; an empty list = not declared. */
  dataTypes?: Array<DataType> | null | undefined;
  description?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  protocol?: string | null | undefined;
  /** The catalogue system that provides the interface. */
  providerSystemId?: string | number | null | undefined;
  /** Needs at least one data type. */
  registerFamilies?: Array<RegisterFamily> | null | undefined;
  version: number;
};

export type InvoiceInput = {
  amount: number;
  contractId: string | number;
  invoiceDate: string;
  note?: string | null | undefined;
  number: string;
  periodEnd: string;
  periodStart: string;
};

export type ItSystemInput = {
  category?: string | null | undefined;
  description?: string | null | undefined;
  name: string;
  supplierId?: string | number | null | undefined;
  visibility?: Visibility | null | undefined;
};

export type LandscapeEdgeKind =
  | 'COPY_OF'
  | 'DATA'
  | 'INFRASTRUCTURE'
  | 'INTEGRATION';

export type LandscapeNodeKind =
  | 'DATA_SOURCE'
  | 'INFRASTRUCTURE'
  | 'USAGE';

export type Lifecycle =
  | 'IN_USE'
  | 'PHASING_OUT'
  | 'PLANNED'
  | 'RETIRED';

export type LifecycleConflictReason =
  | 'DEPENDENCY_CONTRACT_ENDS_EARLIER'
  | 'DEPENDENCY_ENDS_EARLIER'
  | 'DEPENDENCY_RETIRED';

export type MaturityAssessmentInput = {
  answers: Array<MaturitySelfAnswerInput>;
  note?: string | null | undefined;
};

export type MaturityCriterionStatus =
  | 'MEASURED'
  | 'NO_DATA'
  | 'SELF_ASSESSED';

export type MaturitySelfAnswerInput = {
  comment?: string | null | undefined;
  key: string;
  yes: boolean;
};

export type MaturityTrendDirection =
  | 'DOWN'
  | 'SAME'
  | 'UP';

/** Where a contract's migration time came from. */
export type MigrationSource =
  | 'DEFAULT'
  | 'INTEGRATION'
  | 'SYSTEM_USAGE';

export type NoticeRule =
  | 'END_OF_MONTH'
  | 'END_OF_QUARTER'
  | 'END_OF_YEAR'
  | 'RUNNING';

export type OverlapAcceptInput = {
  capabilityId: string | number;
  reason: string;
  /** Exactly the systems of the open overlap. */
  usageIds: Array<string | number>;
};

export type OverlapKind =
  | 'CAPABILITY'
  | 'SYSTEM';

export type PersonCreateInput = {
  competencyIds?: Array<string | number>;
  name: string;
  unitId?: string | number | null | undefined;
  userId?: string | number | null | undefined;
  weeklyCapacityHours?: number;
};

export type PersonUpdateInput = {
  competencyIds?: Array<string | number>;
  id: string | number;
  name: string;
  unitId?: string | number | null | undefined;
  userId?: string | number | null | undefined;
  version: number;
  weeklyCapacityHours?: number;
};

/** Replaces the project's categories: at most one per dimension. */
export type ProjectCategoriesInput = {
  categoryIds: Array<string | number>;
  projectId: string | number;
  /** The project version you loaded. */
  version: number;
};

export type ProjectStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'ON_HOLD'
  | 'PROPOSED'
  | 'REJECTED';

export type ProposalDecisionInput = {
  proposalId: string | number;
  /** Required when returning, rejecting or deferring. */
  reason?: string | null | undefined;
  version: number;
};

export type ProposalStatus =
  | 'APPROVED'
  | 'DEFERRED'
  | 'DRAFT'
  | 'PREQUALIFIED'
  | 'REJECTED'
  | 'RETURNED'
  | 'SUBMITTED';

/** A new proposal (no proposalId) or a returned/draft one resubmitted. */
export type ProposalSubmitInput = {
  asIs?: string | null | undefined;
  businessCase?: Array<BusinessCaseLineInput> | null | undefined;
  description?: string | null | undefined;
  name: string;
  problem: string;
  proposalId?: string | number | null | undefined;
  resourcesNeeded?: string | null | undefined;
  strategyIds?: Array<string | number> | null | undefined;
  toBe?: string | null | undefined;
  unitId?: string | number | null | undefined;
  /** System usages the project affects. */
  usageIds?: Array<string | number> | null | undefined;
  /** The proposal version you loaded, when resubmitting. */
  version?: number | null | undefined;
};

export type PurchaseForm =
  | 'DIRECT_AWARD'
  | 'EU_TENDER'
  | 'FRAMEWORK_CALL_OFF'
  | 'MINI_TENDER'
  | 'OTHER';

export type Rag =
  | 'AMBER'
  | 'GREEN'
  | 'RED';

export type RegisterFamily =
  | 'BBR'
  | 'CPR'
  | 'CVR'
  | 'DAGI'
  | 'DAR'
  | 'EJF'
  | 'GEODANMARK'
  | 'INCOME'
  | 'MATRIKEL'
  | 'VUR';

export type RequirementCheckUpdateInput = {
  fulfilled: boolean;
  id: string | number;
  note?: string | null | undefined;
  version: number;
};

export type ResourceDemandInput = {
  competencyId: string | number;
  /** 0 removes the demand. */
  hoursPerWeek: number;
  projectId: string | number;
  /** YYYY-Qn */
  quarter: string;
};

export type Role =
  | 'ADMINISTRATOR'
  | 'CONTRACT_MANAGER'
  | 'DIGITALISATION_COUNCIL'
  | 'EXECUTIVE_BOARD'
  | 'PORTFOLIO_STEERING_GROUP'
  | 'PROJECT_COORDINATOR'
  | 'PROJECT_LEAD'
  | 'READER'
  | 'SYSTEM_OWNER';

export type SavedViewInput = {
  /** { columnVisibility?: {[column]: boolean}, columnOrder?: [column], sorting?: [{ id, desc }], columnFilters?: [{ id, value }] }; at most 20,000 characters as JSON. */
  config: Record<string, unknown>;
  name: string;
  /** Save as the organisation's default for the table (administrators only). */
  organisationDefault?: boolean;
  tableKey: string;
};

export type SavedViewUpdateInput = {
  config?: Record<string, unknown> | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  /** The version you loaded; a stale version is refused. */
  version: number;
};

export type ScoreDirection =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

export type ShareScope =
  | 'BENEFITS'
  | 'CONTRACTS'
  | 'CONTRACT_PRICES'
  | 'PEOPLE'
  | 'PROJECTS'
  | 'SYSTEM_USAGES'
  | 'TENDER_PLANS';

export type StandardRequirementInput = {
  active?: boolean | null | undefined;
  category: string;
  description?: string | null | undefined;
  title: string;
};

export type StandardRequirementUpdateInput = {
  active?: boolean | null | undefined;
  category: string;
  description?: string | null | undefined;
  id: string | number;
  title: string;
  version: number;
};

export type StatusReportInput = {
  budget: number;
  nextSteps?: string | null | undefined;
  periodEnd: string;
  progressPercent: number;
  projectId: string | number;
  ragCost: Rag;
  ragQuality: Rag;
  ragScope: Rag;
  ragTime: Rag;
  risks?: string | null | undefined;
  spent: number;
};

export type SystemUsageCreateInput = {
  architectureFitNote?: string | null | undefined;
  asIs?: string | null | undefined;
  /** Active capabilities of the organisation's taxonomy this usage serves (replaces the list). */
  capabilityIds?: Array<string | number> | null | undefined;
  custodianUserId?: string | number | null | undefined;
  hosting?: Hosting | null | undefined;
  inUseFrom?: string | null | undefined;
  inUseUntil?: string | null | undefined;
  lifecycle?: Lifecycle | null | undefined;
  localName?: string | null | undefined;
  /** 0–60 months; null uses the organisation's default. */
  migrationMonths?: number | null | undefined;
  ownerUserId?: string | number | null | undefined;
  responsibleUnitId?: string | number | null | undefined;
  standardsMet?: Array<string> | null | undefined;
  /** One-off cost of moving off this system, kr. */
  switchingCost?: number | null | undefined;
  /** The catalogue system this organisation uses. */
  systemId: string | number;
  taskAreas?: Array<string> | null | undefined;
  toBe?: string | null | undefined;
  userCount?: number | null | undefined;
  usesServicePlatform?: boolean | null | undefined;
  usesSupportSystems?: boolean | null | undefined;
  workflows?: string | null | undefined;
};

export type SystemUsageUpdateInput = {
  architectureFitNote?: string | null | undefined;
  asIs?: string | null | undefined;
  /** Active capabilities of the organisation's taxonomy this usage serves (replaces the list). */
  capabilityIds?: Array<string | number> | null | undefined;
  custodianUserId?: string | number | null | undefined;
  hosting?: Hosting | null | undefined;
  id: string | number;
  inUseFrom?: string | null | undefined;
  inUseUntil?: string | null | undefined;
  lifecycle?: Lifecycle | null | undefined;
  localName?: string | null | undefined;
  /** 0–60 months; null uses the organisation's default. */
  migrationMonths?: number | null | undefined;
  ownerUserId?: string | number | null | undefined;
  responsibleUnitId?: string | number | null | undefined;
  standardsMet?: Array<string> | null | undefined;
  /** One-off cost of moving off this system, kr. */
  switchingCost?: number | null | undefined;
  taskAreas?: Array<string> | null | undefined;
  toBe?: string | null | undefined;
  userCount?: number | null | undefined;
  usesServicePlatform?: boolean | null | undefined;
  usesSupportSystems?: boolean | null | undefined;
  /** The version you loaded; a stale version is refused. */
  version: number;
  workflows?: string | null | undefined;
};

export type TenderPlanFromCandidateInput = {
  candidateKey: string;
  /** Defaults to a name made from the candidate. */
  name?: string | null | undefined;
  windowMonths?: number;
};

export type UnitCreateInput = {
  code?: string | null | undefined;
  name: string;
  parentId?: string | number | null | undefined;
};

export type UnitUpdateInput = {
  code?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  parentId?: string | number | null | undefined;
  /** The version you loaded; a stale version is refused. */
  version: number;
};

export type UsageDataSourceCreateInput = {
  access?: Access | null | undefined;
  authoritative?: boolean | null | undefined;
  channel?: Channel | null | undefined;
  dataSourceId: string | number;
  /** KITOS data types; an empty list = not declared. */
  dataTypes?: Array<DataType> | null | undefined;
  plannedSwitchDate?: string | null | undefined;
  plannedTargetSourceId?: string | number | null | undefined;
  purpose?: string | null | undefined;
  /** Needs at least one data type. */
  registerFamilies?: Array<RegisterFamily> | null | undefined;
  switchingCost?: number | null | undefined;
  usageId: string | number;
  volume?: string | null | undefined;
  yearlyCost?: number | null | undefined;
};

export type UsageDataSourceUpdateInput = {
  access?: Access | null | undefined;
  authoritative?: boolean | null | undefined;
  channel?: Channel | null | undefined;
  /** KITOS data types; an empty list = not declared. */
  dataTypes?: Array<DataType> | null | undefined;
  id: string | number;
  plannedSwitchDate?: string | null | undefined;
  plannedTargetSourceId?: string | number | null | undefined;
  purpose?: string | null | undefined;
  /** Needs at least one data type. */
  registerFamilies?: Array<RegisterFamily> | null | undefined;
  switchingCost?: number | null | undefined;
  version: number;
  volume?: string | null | undefined;
  yearlyCost?: number | null | undefined;
};

export type VarianceRag =
  | 'AMBER'
  | 'GREEN'
  | 'RED';

export type VerificationKind =
  | 'CONTRACT_ENDED'
  | 'COPY_REGISTER_REPLACED'
  | 'NONE'
  | 'USAGE_RETIRED';

export type VerificationReason =
  | 'CONTRACT_NOT_FOUND'
  | 'CONTRACT_RENEWED'
  | 'CONTRACT_STILL_RUNNING'
  | 'EDGE_NOT_A_COPY_PURCHASE'
  | 'EDGE_NOT_FOUND'
  | 'EDGE_NOT_YET_SWITCHED'
  | 'USAGE_NOT_FOUND'
  | 'USAGE_NOT_YET_RETIRED'
  | 'VERIFIED';

export type Visibility =
  | 'LOCAL'
  | 'SHARED';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { id: string, name: string, email: string, locale: string, memberships: Array<{ roles: Array<Role>, organisation: { id: string, name: string } }> } | null };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SetLocaleMutationVariables = Exact<{
  locale: string;
}>;


export type SetLocaleMutation = { setLocale: { id: string, locale: string } };

export type TodayQueryVariables = Exact<{ [key: string]: never; }>;


export type TodayQuery = { contractToday: string };

export type CapabilityDialog_CapabilityFragment = { id: string, version: number, name: string, parentId: string | null, archived: boolean } & { ' $fragmentName'?: 'CapabilityDialog_CapabilityFragment' };

export type MemberRolesEditor_MemberFragment = { id: string, version: number, roles: Array<Role>, user: { id: string, name: string } } & { ' $fragmentName'?: 'MemberRolesEditor_MemberFragment' };

export type UnitCreateForm_UnitFragment = { id: string, version: number, name: string, parentId: string | null } & { ' $fragmentName'?: 'UnitCreateForm_UnitFragment' };

export type UnitTable_UnitFragment = { id: string, version: number, name: string, code: string | null, parentId: string | null } & { ' $fragmentName'?: 'UnitTable_UnitFragment' };

export type AdminMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminMembersQuery = { members: Array<(
    { id: string, version: number, roles: Array<Role>, user: { id: string, name: string, email: string } }
    & { ' $fragmentRefs'?: { 'MemberRolesEditor_MemberFragment': MemberRolesEditor_MemberFragment } }
  )> };

export type AddMemberMutationVariables = Exact<{
  input: AddMemberInput;
}>;


export type AddMemberMutation = { addMember: (
    { id: string, version: number, roles: Array<Role>, user: { id: string, name: string, email: string } }
    & { ' $fragmentRefs'?: { 'MemberRolesEditor_MemberFragment': MemberRolesEditor_MemberFragment } }
  ) };

export type SetMemberRolesMutationVariables = Exact<{
  id: string | number;
  version: number;
  roles: Array<Role> | Role;
}>;


export type SetMemberRolesMutation = { setMemberRoles: (
    { id: string, version: number, roles: Array<Role> }
    & { ' $fragmentRefs'?: { 'MemberRolesEditor_MemberFragment': MemberRolesEditor_MemberFragment } }
  ) };

export type AdminUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUnitsQuery = { units: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'UnitTable_UnitFragment': UnitTable_UnitFragment;'UnitCreateForm_UnitFragment': UnitCreateForm_UnitFragment } }
  )> };

export type CreateUnitMutationVariables = Exact<{
  input: UnitCreateInput;
}>;


export type CreateUnitMutation = { createUnit: (
    { id: string, version: number, name: string }
    & { ' $fragmentRefs'?: { 'UnitTable_UnitFragment': UnitTable_UnitFragment;'UnitCreateForm_UnitFragment': UnitCreateForm_UnitFragment } }
  ) };

export type UpdateUnitMutationVariables = Exact<{
  input: UnitUpdateInput;
}>;


export type UpdateUnitMutation = { updateUnit: (
    { id: string, version: number, name: string }
    & { ' $fragmentRefs'?: { 'UnitTable_UnitFragment': UnitTable_UnitFragment;'UnitCreateForm_UnitFragment': UnitCreateForm_UnitFragment } }
  ) };

export type DeleteUnitMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteUnitMutation = { deleteUnit: boolean };

export type AdminCollaborationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCollaborationsQuery = { collaborations: Array<{ id: string, name: string, purpose: string, members: Array<{ shares: Array<ShareScope>, organisation: { id: string, name: string } }> }> };

export type AdminCapabilitiesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCapabilitiesQuery = { capabilities: Array<(
    { id: string, parentId: string | null, name: string, kitosBusinessType: string | null, archived: boolean, usageCount: number, version: number }
    & { ' $fragmentRefs'?: { 'CapabilityDialog_CapabilityFragment': CapabilityDialog_CapabilityFragment } }
  )> };

export type CreateCapabilityMutationVariables = Exact<{
  input: CapabilityCreateInput;
}>;


export type CreateCapabilityMutation = { createCapability: (
    { id: string, version: number, name: string }
    & { ' $fragmentRefs'?: { 'CapabilityDialog_CapabilityFragment': CapabilityDialog_CapabilityFragment } }
  ) };

export type RenameCapabilityMutationVariables = Exact<{
  input: CapabilityRenameInput;
}>;


export type RenameCapabilityMutation = { renameCapability: (
    { id: string, version: number }
    & { ' $fragmentRefs'?: { 'CapabilityDialog_CapabilityFragment': CapabilityDialog_CapabilityFragment } }
  ) };

export type MoveCapabilityMutationVariables = Exact<{
  input: CapabilityMoveInput;
}>;


export type MoveCapabilityMutation = { moveCapability: (
    { id: string, version: number }
    & { ' $fragmentRefs'?: { 'CapabilityDialog_CapabilityFragment': CapabilityDialog_CapabilityFragment } }
  ) };

export type SetCapabilityArchivedMutationVariables = Exact<{
  id: string | number;
  version: number;
  archived: boolean;
}>;


export type SetCapabilityArchivedMutation = { setCapabilityArchived: (
    { id: string, version: number }
    & { ' $fragmentRefs'?: { 'CapabilityDialog_CapabilityFragment': CapabilityDialog_CapabilityFragment } }
  ) };

export type BenefitFacts_BenefitFragment = { id: string, version: number, description: string, type: BenefitType, cashable: boolean, baseline: number | null, target: number | null, unitOfMeasure: string, direction: BenefitDirection, dueDate: string | null, realisationPercent: number | null, varianceRag: VarianceRag | null, realisedGainKr: number | null, responsible: { id: string, name: string } | null, accountable: { id: string, name: string } | null, harvestingUnit: { id: string, name: string } | null, project: { id: string, name: string } | null, verification: { verified: boolean, realisedOn: string | null, amount: number, reason: VerificationReason } | null } & { ' $fragmentName'?: 'BenefitFacts_BenefitFragment' };

export type MeasurementHistory_BenefitFragment = { id: string, version: number, unitOfMeasure: string, measurements: Array<{ id: string, measuredOn: string, value: number, comment: string, createdAt: string }> } & { ' $fragmentName'?: 'MeasurementHistory_BenefitFragment' };

export type BenefitActions_BenefitFragment = { id: string, version: number, title: string, project: { id: string } | null, measurements: Array<{ id: string }> } & { ' $fragmentName'?: 'BenefitActions_BenefitFragment' };

export type BenefitEditQueryVariables = Exact<{
  id: string | number;
}>;


export type BenefitEditQuery = { benefit: { id: string, projectId: string | null, title: string, description: string, type: BenefitType, cashable: boolean, responsibleUserId: string | null, accountableUserId: string | null, harvestingUnitId: string | null, baseline: number | null, target: number | null, unitOfMeasure: string, direction: BenefitDirection, startDate: string | null, dueDate: string | null, verificationKind: VerificationKind, verificationUsageId: string | null, verificationContractId: string | null, verificationEdgeId: string | null, version: number, profile: Array<{ date: string, plannedValue: number }> } };

export type BenefitProjectPeopleQueryVariables = Exact<{
  id: string | number;
}>;


export type BenefitProjectPeopleQuery = { project: { id: string, leadUserId: string | null, ownerUserId: string | null } };

export type BenefitFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type BenefitFormOptionsQuery = { units: Array<{ id: string, name: string }>, members: Array<{ id: string, user: { id: string, name: string } }> };

export type BenefitUsageTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type BenefitUsageTargetsQuery = { systemUsages: { items: Array<{ id: string, name: string }> } };

export type BenefitContractTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type BenefitContractTargetsQuery = { contracts: { items: Array<{ id: string, name: string }> } };

export type BenefitCopyEdgeTargetsQueryVariables = Exact<{ [key: string]: never; }>;


export type BenefitCopyEdgeTargetsQuery = { copyRegisterExit: { rows: Array<{ edgeId: string, usageName: string, dataSourceName: string }> } };

export type CreateBenefitMutationVariables = Exact<{
  input: BenefitCreateInput;
}>;


export type CreateBenefitMutation = { createBenefit: { id: string, title: string, version: number } };

export type UpdateBenefitMutationVariables = Exact<{
  input: BenefitUpdateInput;
}>;


export type UpdateBenefitMutation = { updateBenefit: (
    { id: string, version: number, title: string, unitOfMeasure: string, responsibleUserId: string | null, accountableUserId: string | null, realisationPercent: number | null, varianceRag: VarianceRag | null }
    & { ' $fragmentRefs'?: { 'BenefitFacts_BenefitFragment': BenefitFacts_BenefitFragment;'BenefitActions_BenefitFragment': BenefitActions_BenefitFragment;'MeasurementHistory_BenefitFragment': MeasurementHistory_BenefitFragment } }
  ) };

export type DeleteBenefitMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteBenefitMutation = { deleteBenefit: boolean };

export type ProjectBenefitsQueryVariables = Exact<{
  projectId: string | number;
}>;


export type ProjectBenefitsQuery = { benefits: { totalCount: number, items: Array<{ id: string, title: string, type: BenefitType, realisationPercent: number | null, varianceRag: VarianceRag | null }> }, project: { id: string, leadUserId: string | null, ownerUserId: string | null } };

export type BenefitMapQueryVariables = Exact<{
  projectId: string | number;
}>;


export type BenefitMapQuery = { benefitMap: Array<{ id: string, kind: BenefitMapKind, label: string, benefitId: string | null, targetId: string | null, version: number }> };

export type CreateBenefitMapNodeMutationVariables = Exact<{
  input: BenefitMapNodeInput;
}>;


export type CreateBenefitMapNodeMutation = { createBenefitMapNode: { id: string } };

export type UpdateBenefitMapNodeMutationVariables = Exact<{
  input: BenefitMapNodeUpdateInput;
}>;


export type UpdateBenefitMapNodeMutation = { updateBenefitMapNode: { id: string, kind: BenefitMapKind, label: string, benefitId: string | null, targetId: string | null, version: number } };

export type DeleteBenefitMapNodeMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteBenefitMapNodeMutation = { deleteBenefitMapNode: boolean };

export type BenefitDashboardQueryVariables = Exact<{
  groupBy: BenefitGroupBy;
}>;


export type BenefitDashboardQuery = { benefitDashboard: { asOf: string, groupBy: BenefitGroupBy, verifiedCount: number, total: { plannedKr: number, realisedKr: number, targetKr: number, realisationPercent: number | null, rag: VarianceRag | null, benefitCount: number, qualitativeCount: number, cashable: { count: number, plannedKr: number, realisedKr: number }, nonCashable: { count: number, plannedKr: number, realisedKr: number } }, rows: Array<{ key: string | null, label: string | null, benefitCount: number, plannedKr: number, realisedKr: number, targetKr: number, realisationPercent: number | null, rag: VarianceRag | null }>, series: Array<{ date: string, plannedKr: number, realisedKr: number | null }>, gaps: { projectsWithoutBenefits: Array<{ id: string, name: string }>, benefitsWithoutOwner: Array<{ id: string, title: string, projectName: string | null }>, benefitsWithoutMeasurements: Array<{ id: string, title: string, projectName: string | null }>, overdueBenefits: Array<{ id: string, title: string, projectName: string | null }> } } };

export type GroupBenefitsQueryVariables = Exact<{
  filter?: BenefitFilter | null | undefined;
}>;


export type GroupBenefitsQuery = { benefits: { totalCount: number, items: Array<{ id: string, title: string, type: BenefitType, realisationPercent: number | null, varianceRag: VarianceRag | null, realisedGainKr: number | null, project: { id: string, name: string } | null, verification: { verified: boolean } | null }> } };

export type BenefitDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type BenefitDetailQuery = { benefit: (
    { id: string, version: number, title: string, unitOfMeasure: string, responsibleUserId: string | null, accountableUserId: string | null, project: { id: string } | null }
    & { ' $fragmentRefs'?: { 'BenefitActions_BenefitFragment': BenefitActions_BenefitFragment;'BenefitFacts_BenefitFragment': BenefitFacts_BenefitFragment;'MeasurementHistory_BenefitFragment': MeasurementHistory_BenefitFragment } }
  ) };

export type RecordMeasurementMutationVariables = Exact<{
  input: BenefitMeasurementInput;
}>;


export type RecordMeasurementMutation = { recordMeasurement: (
    { id: string, version: number, realisationPercent: number | null, varianceRag: VarianceRag | null }
    & { ' $fragmentRefs'?: { 'BenefitFacts_BenefitFragment': BenefitFacts_BenefitFragment;'BenefitActions_BenefitFragment': BenefitActions_BenefitFragment;'MeasurementHistory_BenefitFragment': MeasurementHistory_BenefitFragment } }
  ) };

export type ContractCoverage_ContractFragment = { id: string, version: number, coveredUsages: Array<{ id: string, name: string }>, integrations: Array<{ id: string, data: string }> } & { ' $fragmentName'?: 'ContractCoverage_ContractFragment' };

export type ContractEditForm_ContractFragment = { id: string, version: number, name: string, reference: string | null, contractType: string, template: string, purchaseForm: PurchaseForm, criticality: Criticality, startDate: string, endDate: string | null, durationMonths: number | null, ongoing: boolean, irrevocableUntil: string | null, noticePeriodMonths: number | null, noticeRule: NoticeRule, terminatedOn: string | null, retenderPlan: string, uptimePercent: number | null, availability: string, changeHandling: string, documentationDuties: string, invoiceRecipient: string, indexationPercent: number, supplierId: string | null, parentId: string | null, successorId: string | null, ownerUserId: string | null, managerUserId: string | null, options: Array<{ ordinal: number, months: number, exercisedOn: string | null }>, economyLines: Array<{ unitId: string | null, kind: EconomyKind, amount: number, note: string }>, coveredUsages: Array<{ id: string }> } & { ' $fragmentName'?: 'ContractEditForm_ContractFragment' };

export type ContractFacts_ContractFragment = { id: string, version: number, reference: string | null, contractType: string, template: string, purchaseForm: PurchaseForm, criticality: Criticality, startDate: string, endDate: string | null, durationMonths: number | null, ongoing: boolean, irrevocableUntil: string | null, noticePeriodMonths: number | null, noticeRule: NoticeRule, terminatedOn: string | null, retenderPlan: string, uptimePercent: number | null, availability: string, changeHandling: string, documentationDuties: string, invoiceRecipient: string, indexationPercent: number, supplier: { id: string, name: string } | null, parent: { id: string, name: string } | null, successor: { id: string, name: string } | null, predecessors: Array<{ id: string, name: string }>, owner: { id: string, name: string } | null, manager: { id: string, name: string } | null, options: Array<{ ordinal: number, months: number, exercisedOn: string | null }>, economyLines: Array<{ kind: EconomyKind, amount: number, note: string }>, dates: { validity: string, currentEnd: string | null, effectiveEndWithOptions: string | null, remainingOptionMonths: number, latestNoticeDate: string | null, earliestTerminationDate: string | null, cappedByParent: boolean, issues: Array<string>, leadMonths: number, procurementLeadMonths: number, windowClosed: boolean, migration: { months: number, source: MigrationSource, dependentName: string | null }, retender: { decisionDate: string | null, daysLate: number }, retenderWithOptions: { decisionDate: string | null } } } & { ' $fragmentName'?: 'ContractFacts_ContractFragment' };

export type ContractTimeline_RowFragment = { id: string, version: number, name: string, startDate: string, supplier: { id: string, name: string } | null, economyLines: Array<{ unitId: string | null }>, dates: { currentEnd: string | null, effectiveEndWithOptions: string | null, latestNoticeDate: string | null, retender: { decisionDate: string | null }, retenderWithOptions: { decisionDate: string | null } } } & { ' $fragmentName'?: 'ContractTimeline_RowFragment' };

export type ContractsTable_RowFragment = { id: string, version: number, name: string, criticality: Criticality, purchaseForm: PurchaseForm, yearlyCost: number, supplier: { id: string, name: string } | null, owner: { id: string, name: string } | null, dates: { validity: string, currentEnd: string | null, effectiveEndWithOptions: string | null, latestNoticeDate: string | null, windowClosed: boolean, retender: { decisionDate: string | null, daysLate: number } } } & { ' $fragmentName'?: 'ContractsTable_RowFragment' };

export type DeleteContractButton_ContractFragment = { id: string, version: number, name: string } & { ' $fragmentName'?: 'DeleteContractButton_ContractFragment' };

export type InvoiceTable_InvoiceFragment = { id: string, number: string, invoiceDate: string, periodStart: string, periodEnd: string, amount: number, check: { expected: number, deviation: number, deviationPercent: number, flagged: boolean, tolerancePercent: number } } & { ' $fragmentName'?: 'InvoiceTable_InvoiceFragment' };

export type ContractsOverviewQueryVariables = Exact<{
  limit: number;
  filter?: ContractFilter | null | undefined;
}>;


export type ContractsOverviewQuery = { contractToday: string, units: Array<{ id: string, name: string }>, contracts: { totalCount: number, items: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'ContractsTable_RowFragment': ContractsTable_RowFragment;'ContractTimeline_RowFragment': ContractTimeline_RowFragment } }
    )> } };

export type ContractDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ContractDetailQuery = { contractToday: string, contract: (
    { id: string, version: number, name: string, invoices: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'InvoiceTable_InvoiceFragment': InvoiceTable_InvoiceFragment } }
    )> }
    & { ' $fragmentRefs'?: { 'ContractFacts_ContractFragment': ContractFacts_ContractFragment;'ContractCoverage_ContractFragment': ContractCoverage_ContractFragment;'ContractEditForm_ContractFragment': ContractEditForm_ContractFragment;'DeleteContractButton_ContractFragment': DeleteContractButton_ContractFragment } }
  ) };

export type CreateContractMutationVariables = Exact<{
  input: ContractCreateInput;
}>;


export type CreateContractMutation = { createContract: { id: string, version: number } };

export type DeleteContractMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteContractMutation = { deleteContract: boolean };

export type UpdateContractMutationVariables = Exact<{
  input: ContractUpdateInput;
}>;


export type UpdateContractMutation = { updateContract: (
    { id: string, version: number, name: string, parentId: string | null, successorId: string | null }
    & { ' $fragmentRefs'?: { 'ContractFacts_ContractFragment': ContractFacts_ContractFragment;'ContractCoverage_ContractFragment': ContractCoverage_ContractFragment;'ContractEditForm_ContractFragment': ContractEditForm_ContractFragment;'DeleteContractButton_ContractFragment': DeleteContractButton_ContractFragment;'ContractsTable_RowFragment': ContractsTable_RowFragment;'ContractTimeline_RowFragment': ContractTimeline_RowFragment } }
  ) };

export type RegisterInvoiceMutationVariables = Exact<{
  input: InvoiceInput;
}>;


export type RegisterInvoiceMutation = { registerInvoice: (
    { id: string, number: string, check: { flagged: boolean, deviation: number } }
    & { ' $fragmentRefs'?: { 'InvoiceTable_InvoiceFragment': InvoiceTable_InvoiceFragment } }
  ) };

export type ImportInvoicesMutationVariables = Exact<{
  contractId: string | number;
  csv: string;
}>;


export type ImportInvoicesMutation = { importInvoicesCsv: { imported: Array<{ id: string }>, errors: Array<{ line: number, field: string, message: string }> } };

export type StartRetenderProposalMutationVariables = Exact<{
  contractId: string | number;
}>;


export type StartRetenderProposalMutation = { startRetenderProposal: { id: string, projectId: string, status: ProposalStatus, problem: string, asIs: string } };

export type JointTenderCandidatesQueryVariables = Exact<{
  windowMonths: number;
  limit: number;
}>;


export type JointTenderCandidatesQuery = { jointTenderCandidates: { totalCount: number, items: Array<{ key: string, matchedOn: string, label: string, windowStart: string, windowEnd: string, contracts: Array<{ id: string, name: string, organisationId: string, organisationName: string, supplierName: string | null, decisionDate: string | null, yearlyCost: number | null, priceHidden: boolean }> }> }, tenderPlans: Array<{ id: string, name: string, windowStart: string | null, windowEnd: string | null, participants: Array<{ organisationName: string, contractId: string | null }> }> };

export type CreateTenderPlanMutationVariables = Exact<{
  input: TenderPlanFromCandidateInput;
}>;


export type CreateTenderPlanMutation = { createTenderPlan: { id: string, name: string } };

export type ContractFormChoicesQueryVariables = Exact<{
  limit: number;
}>;


export type ContractFormChoicesQuery = { systemUsages: { totalCount: number, items: Array<{ id: string, name: string }> }, contracts: { totalCount: number, items: Array<{ id: string, name: string, parentId: string | null, successorId: string | null }> }, suppliers: { items: Array<{ id: string, name: string }> }, members: Array<{ user: { id: string, name: string } }>, units: Array<{ id: string, name: string }> };

export type CostsByUnitQueryVariables = Exact<{ [key: string]: never; }>;


export type CostsByUnitQuery = { costsByUnit: Array<{ unitId: string | null, unitName: string | null, yearlyOperation: number, acquisition: number, other: number, contractCount: number }> };

export type NotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationsQuery = { unreadNotificationCount: number, notifications: Array<{ id: string, kind: string, subjectType: string, subjectId: string, title: string, body: string, dueDate: string | null, readAt: string | null }> };

export type MarkNotificationReadMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkNotificationReadMutation = { markNotificationRead: { id: string, readAt: string | null } };

export type SnoozeNotificationMutationVariables = Exact<{
  id: string | number;
  until: string;
}>;


export type SnoozeNotificationMutation = { snoozeNotification: { id: string } };

export type StandardRequirementsQueryVariables = Exact<{ [key: string]: never; }>;


export type StandardRequirementsQuery = { standardRequirements: Array<{ id: string, category: string, title: string, description: string, active: boolean, version: number }> };

export type CreateStandardRequirementMutationVariables = Exact<{
  input: StandardRequirementInput;
}>;


export type CreateStandardRequirementMutation = { createStandardRequirement: { id: string, version: number } };

export type UpdateStandardRequirementMutationVariables = Exact<{
  input: StandardRequirementUpdateInput;
}>;


export type UpdateStandardRequirementMutation = { updateStandardRequirement: { id: string, category: string, title: string, description: string, active: boolean, version: number } };

export type DeleteStandardRequirementMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteStandardRequirementMutation = { deleteStandardRequirement: boolean };

export type RequirementChecklistQueryVariables = Exact<{
  projectId: string | number;
}>;


export type RequirementChecklistQuery = { requirementChecklist: Array<{ id: string, fulfilled: boolean, note: string, version: number, requirement: { id: string, category: string, title: string, description: string } }> };

export type AddRequirementChecklistMutationVariables = Exact<{
  projectId: string | number;
}>;


export type AddRequirementChecklistMutation = { addRequirementChecklist: Array<{ id: string }> };

export type UpdateRequirementCheckMutationVariables = Exact<{
  input: RequirementCheckUpdateInput;
}>;


export type UpdateRequirementCheckMutation = { updateRequirementCheck: { id: string, fulfilled: boolean, note: string, version: number } };

export type DataSourceForm_SourceFragment = { id: string, version: number, name: string, description: string, kind: DataSourceKind, registerFamily: string | null, copyOfId: string | null, defaultChannel: Channel, lifecycle: Lifecycle, endsOn: string | null, costModel: string } & { ' $fragmentName'?: 'DataSourceForm_SourceFragment' };

export type DataSourcesTable_RowFragment = { id: string, version: number, name: string, kind: DataSourceKind, registerFamily: string | null, copyOfId: string | null, defaultChannel: Channel, lifecycle: Lifecycle, endsOn: string | null, ownerOrganisationId: string | null, yearlyCost: number, uses: Array<{ id: string, usageId: string, usageName: string, channel: Channel, access: Access, yearlyCost: number, authoritative: boolean }> } & { ' $fragmentName'?: 'DataSourcesTable_RowFragment' };

export type CreateDataSourceMutationVariables = Exact<{
  input: DataSourceCreateInput;
}>;


export type CreateDataSourceMutation = { createDataSource: { id: string } };

export type UpdateDataSourceMutationVariables = Exact<{
  input: DataSourceUpdateInput;
}>;


export type UpdateDataSourceMutation = { updateDataSource: (
    { id: string, version: number }
    & { ' $fragmentRefs'?: { 'DataSourcesTable_RowFragment': DataSourcesTable_RowFragment;'DataSourceForm_SourceFragment': DataSourceForm_SourceFragment } }
  ) };

export type DataSourcesTableQueryVariables = Exact<{
  limit: number;
}>;


export type DataSourcesTableQuery = { dataSources: { totalCount: number, items: Array<(
      { id: string, name: string, ownerOrganisationId: string | null }
      & { ' $fragmentRefs'?: { 'DataSourcesTable_RowFragment': DataSourcesTable_RowFragment;'DataSourceForm_SourceFragment': DataSourceForm_SourceFragment } }
    )> } };

export type InterfaceFacts_EntryFragment = { id: string, version: number, providerSystemName: string | null, providerUsageId: string | null, protocol: string | null, dataDescription: string, dataTypes: Array<DataType>, registerFamilies: Array<RegisterFamily>, visibility: Visibility, ownerOrganisationId: string | null } & { ' $fragmentName'?: 'InterfaceFacts_EntryFragment' };

export type InterfaceForm_EntryFragment = { id: string, version: number, name: string, description: string, protocol: string | null, dataDescription: string, providerSystemId: string | null, providerSystemName: string | null, dataTypes: Array<DataType>, registerFamilies: Array<RegisterFamily> } & { ' $fragmentName'?: 'InterfaceForm_EntryFragment' };

export type InterfaceUsedBy_EntryFragment = { id: string, version: number, usedBy: Array<{ id: string, version: number, fromUsageId: string, fromUsageName: string, toUsageId: string, toUsageName: string, data: string, direction: Direction, frequency: string }> } & { ' $fragmentName'?: 'InterfaceUsedBy_EntryFragment' };

export type InterfacesTable_RowFragment = { id: string, version: number, name: string, description: string, protocol: string | null, dataDescription: string, providerSystemName: string | null, providerUsageId: string | null, visibility: Visibility, usedBy: Array<{ id: string }> } & { ' $fragmentName'?: 'InterfacesTable_RowFragment' };

export type InterfacesTableQueryVariables = Exact<{
  limit: number;
}>;


export type InterfacesTableQuery = { interfaces: { totalCount: number, items: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'InterfacesTable_RowFragment': InterfacesTable_RowFragment } }
    )> } };

export type InterfaceDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type InterfaceDetailQuery = { interface: (
    { id: string, version: number, name: string, description: string, ownerOrganisationId: string | null }
    & { ' $fragmentRefs'?: { 'InterfaceFacts_EntryFragment': InterfaceFacts_EntryFragment;'InterfaceUsedBy_EntryFragment': InterfaceUsedBy_EntryFragment;'InterfaceForm_EntryFragment': InterfaceForm_EntryFragment } }
  ) };

export type CreateInterfaceMutationVariables = Exact<{
  input: InterfaceCreateInput;
}>;


export type CreateInterfaceMutation = { createInterface: { id: string } };

export type UpdateInterfaceMutationVariables = Exact<{
  input: InterfaceUpdateInput;
}>;


export type UpdateInterfaceMutation = { updateInterface: (
    { id: string, version: number, name: string, description: string }
    & { ' $fragmentRefs'?: { 'InterfacesTable_RowFragment': InterfacesTable_RowFragment;'InterfaceFacts_EntryFragment': InterfaceFacts_EntryFragment;'InterfaceForm_EntryFragment': InterfaceForm_EntryFragment } }
  ) };

export type DeleteInterfaceMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteInterfaceMutation = { deleteInterface: boolean };

export type ProviderCatalogueSearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type ProviderCatalogueSearchQuery = { itSystems: { items: Array<{ id: string, name: string, category: string | null }> } };

export type CapabilityOverlapCard_OverlapFragment = { capabilityId: string, capability: string, combinedYearlyCost: number, usages: Array<{ usageId: string, name: string, yearlyCost: number }>, consolidations: Array<{ survivorUsageId: string, yearlySaving: number, migrationCost: number, fullSavingFrom: string | null, horizonEnd: string, netSaving: number, retired: Array<{ usageId: string, name: string, yearlyCost: number, migrationCost: number, savingFrom: string | null, savedWithinHorizon: number }> }> } & { ' $fragmentName'?: 'CapabilityOverlapCard_OverlapFragment' };

export type OverlapHistory_AcceptanceFragment = { id: string, capabilityName: string, usageNames: Array<string>, reason: string, acceptedAt: string, reopenedAt: string | null, reopenReason: string | null, version: number } & { ' $fragmentName'?: 'OverlapHistory_AcceptanceFragment' };

export type LandscapeGraphQueryVariables = Exact<{ [key: string]: never; }>;


export type LandscapeGraphQuery = { landscapeGraph: { organisationId: string, nodes: Array<{ id: string, kind: LandscapeNodeKind, name: string, lifecycle: Lifecycle, subKind: string | null, unitId: string | null, unitName: string | null, registerFamily: string | null, endsOn: string | null, yearlyCost: number | null, hasLifecycleConflict: boolean, taskAreas: Array<string>, contractStatus: string | null }>, edges: Array<{ id: string, kind: LandscapeEdgeKind, from: string, to: string, direction: Direction, channel: Channel | null, access: Access | null, interfaceName: string | null, yearlyCost: number | null, authoritative: boolean | null, dataTypes: Array<DataType> | null, registerFamilies: Array<RegisterFamily> | null }> } };

export type ImpactAnalysisQueryVariables = Exact<{
  kind: LandscapeNodeKind;
  id: string | number;
  from?: string | null | undefined;
}>;


export type ImpactAnalysisQuery = { impactAnalysis: { targetId: string, certainCount: number, possibleCount: number, usages: Array<{ usageId: string, name: string, certainty: ImpactCertainty, depth: number, via: ImpactVia, path: Array<string>, dataTypes: Array<DataType>, registerFamilies: Array<RegisterFamily>, unknownData: boolean }>, dataSources: Array<{ dataSourceId: string, name: string, depth: number }>, units: Array<{ unitId: string | null, unitName: string | null, usageCount: number, possibleUsageCount: number }>, contracts: Array<{ contractId: string, name: string, effectiveEnd: string | null, noticeDate: string | null, usageIds: Array<string>, possibleUsageIds: Array<string> }>, projects: Array<{ projectId: string, name: string, usageIds: Array<string>, possibleUsageIds: Array<string> }> } };

export type NeighbourhoodQueryVariables = Exact<{
  rootId: string | number;
  hops: number;
  maxNodes: number;
}>;


export type NeighbourhoodQuery = { neighbourhood: { rootId: string, truncated: boolean, nodes: Array<{ id: string, kind: LandscapeNodeKind, name: string, lifecycle: Lifecycle, subKind: string | null, hops: number }>, edges: Array<{ id: string, kind: LandscapeEdgeKind, from: string, to: string, direction: Direction, channel: Channel | null, interfaceName: string | null }> } };

export type CopyRegisterExitQueryVariables = Exact<{ [key: string]: never; }>;


export type CopyRegisterExitQuery = { copyRegisterExit: { totalYearlySaving: number, totalSwitchingCost: number, rows: Array<{ edgeId: string, usageId: string, usageName: string, dataSourceName: string, channel: Channel, yearlyCost: number, switchingCost: number, savingUntilContractEnd: number | null, recommendation: ExitRecommendation, recommendedSwitchDate: string | null, plannedSwitchDate: string | null, alternative: { name: string, channel: Channel } | null, contract: { name: string, effectiveEnd: string | null, noticeDate: string | null } | null }>, timeline: Array<{ edgeId: string, usageId: string, dataSourceId: string, switchDate: string | null, dateSource: ExitDateSource, yearlySaving: number }> } };

export type OverlapsQueryVariables = Exact<{ [key: string]: never; }>;


export type OverlapsQuery = { overlaps: { horizonMonths: number, capabilities: Array<(
      { capabilityId: string }
      & { ' $fragmentRefs'?: { 'CapabilityOverlapCard_OverlapFragment': CapabilityOverlapCard_OverlapFragment } }
    )>, duplicateData: Array<{ dataSourceId: string, dataSourceName: string, sharedCapabilities: Array<string>, totalYearlyCost: number, duplicatedCost: number, buyers: Array<{ usageId: string, name: string, yearlyCost: number }> }> }, overlapAcceptances: Array<{ ' $fragmentRefs'?: { 'OverlapHistory_AcceptanceFragment': OverlapHistory_AcceptanceFragment } }> };

export type AcceptOverlapMutationVariables = Exact<{
  input: OverlapAcceptInput;
}>;


export type AcceptOverlapMutation = { acceptOverlap: { ' $fragmentRefs'?: { 'OverlapHistory_AcceptanceFragment': OverlapHistory_AcceptanceFragment } } };

export type ReopenOverlapAcceptanceMutationVariables = Exact<{
  id: string | number;
  version: number;
  reason?: string | null | undefined;
}>;


export type ReopenOverlapAcceptanceMutation = { reopenOverlapAcceptance: { ' $fragmentRefs'?: { 'OverlapHistory_AcceptanceFragment': OverlapHistory_AcceptanceFragment } } };

export type LifecycleConflictsQueryVariables = Exact<{ [key: string]: never; }>;


export type LifecycleConflictsQuery = { lifecycleConflicts: Array<{ usageId: string, usageName: string, usageEnd: string | null, dependencyId: string, dependencyKind: LandscapeNodeKind, dependencyName: string, reason: LifecycleConflictReason, dependencyEnd: string | null }> };

export type MaturityHistory_EntryFragment = { id: string, assessedAt: string, achievedStep: number, change: number | null, direction: MaturityTrendDirection | null, note: string, assessedBy: { id: string, name: string } | null } & { ' $fragmentName'?: 'MaturityHistory_EntryFragment' };

export type MaturitySteps_StepFragment = { ordinal: number, name: string, met: boolean, achieved: boolean, criteria: Array<{ key: string, name: string, metric: string | null, status: MaturityCriterionStatus, value: number, threshold: number, met: boolean, gap: number }> } & { ' $fragmentName'?: 'MaturitySteps_StepFragment' };

export type MissingForNext_MaturityFragment = { achievedStep: number, missingForNext: Array<{ key: string, name: string, status: MaturityCriterionStatus, value: number, threshold: number, gap: number }> } & { ' $fragmentName'?: 'MissingForNext_MaturityFragment' };

export type SelfAssessmentForm_MaturityFragment = { steps: Array<{ ordinal: number, criteria: Array<{ key: string, name: string }> }>, selfAssessment: Array<{ key: string, yes: boolean, comment: string }> } & { ' $fragmentName'?: 'SelfAssessmentForm_MaturityFragment' };

export type MaturityQueryVariables = Exact<{ [key: string]: never; }>;


export type MaturityQuery = { maturity: (
    { achievedStep: number, steps: Array<(
      { ordinal: number }
      & { ' $fragmentRefs'?: { 'MaturitySteps_StepFragment': MaturitySteps_StepFragment } }
    )>, history: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'MaturityHistory_EntryFragment': MaturityHistory_EntryFragment } }
    )> }
    & { ' $fragmentRefs'?: { 'MissingForNext_MaturityFragment': MissingForNext_MaturityFragment;'SelfAssessmentForm_MaturityFragment': SelfAssessmentForm_MaturityFragment } }
  ) };

export type RecordMaturityAssessmentMutationVariables = Exact<{
  input: MaturityAssessmentInput;
}>;


export type RecordMaturityAssessmentMutation = { recordMaturityAssessment: { achievedStep: number } };

export type AgendaItem_ProposalFragment = { id: string, status: ProposalStatus, version: number, problem: string, asIs: string, toBe: string, resourcesNeeded: string, submittedAt: string | null, submittedBy: { id: string, name: string } | null, project: { id: string, name: string, unit: { id: string, name: string } | null }, decisions: Array<{ id: string, stage: DecisionStage, decision: ProposalStatus, reason: string, decidedAt: string, decidedBy: { id: string, name: string } | null }> } & { ' $fragmentName'?: 'AgendaItem_ProposalFragment' };

export type BoardCategoryFilter_CategoryFragment = { id: string, dimension: CategoryDimension, name: string } & { ' $fragmentName'?: 'BoardCategoryFilter_CategoryFragment' };

export type BoardRow_EntryFragment = { score: number, mandatory: boolean, scorePosition: number, divergence: number, divergent: boolean, firstShortfall: { competencyName: string, quarter: string, shortfallHours: number } | null, timeCriticality: { level: string, reasons: Array<string> }, project: { id: string, name: string } } & { ' $fragmentName'?: 'BoardRow_EntryFragment' };

export type CategoriesEditor_CategoryFragment = { id: string, version: number, dimension: CategoryDimension, name: string } & { ' $fragmentName'?: 'CategoriesEditor_CategoryFragment' };

export type CriteriaEditor_CriterionFragment = { id: string, version: number, name: string, description: string, weight: number, scaleMin: number, scaleMax: number, direction: ScoreDirection, mandatory: boolean } & { ' $fragmentName'?: 'CriteriaEditor_CriterionFragment' };

export type ProjectPrioritisation_ProjectFragment = { id: string, version: number, scores: Array<{ id: string, criterionId: string, value: number, version: number }>, categories: Array<{ id: string, dimension: CategoryDimension, name: string }> } & { ' $fragmentName'?: 'ProjectPrioritisation_ProjectFragment' };

export type ProjectPrioritisation_CriterionFragment = { id: string, name: string, description: string, weight: number, scaleMin: number, scaleMax: number, direction: ScoreDirection, mandatory: boolean } & { ' $fragmentName'?: 'ProjectPrioritisation_CriterionFragment' };

export type ProjectPrioritisation_CategoryFragment = { id: string, dimension: CategoryDimension, name: string } & { ' $fragmentName'?: 'ProjectPrioritisation_CategoryFragment' };

export type ProjectsTable_RowFragment = { id: string, version: number, name: string, phase: string, status: ProjectStatus, unit: { id: string, name: string } | null, lead: { id: string, name: string } | null, latestStatus: { missing: boolean, ageDays: number | null, report: { id: string, overall: Rag, periodEnd: string } | null } } & { ' $fragmentName'?: 'ProjectsTable_RowFragment' };

export type ProposalForm_StrategyFragment = { id: string, name: string } & { ' $fragmentName'?: 'ProposalForm_StrategyFragment' };

export type RelatedProjects_RelatedFragment = { sharedCapabilities: Array<string>, project: { id: string, name: string, status: ProjectStatus }, sharedSystems: Array<{ usageId: string, name: string }> } & { ' $fragmentName'?: 'RelatedProjects_RelatedFragment' };

export type ScenarioBar_ScenarioFragment = { id: string, version: number, name: string, approvedAt: string | null } & { ' $fragmentName'?: 'ScenarioBar_ScenarioFragment' };

export type SynergyOverview_OverlapFragment = { key: string, name: string, projects: Array<{ id: string, name: string, status: ProjectStatus }> } & { ' $fragmentName'?: 'SynergyOverview_OverlapFragment' };

export type PortfolioProjectsQueryVariables = Exact<{
  limit: number;
}>;


export type PortfolioProjectsQuery = { projects: { totalCount: number, items: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'ProjectsTable_RowFragment': ProjectsTable_RowFragment } }
    )> }, projectPhases: Array<{ key: string, name: string }> };

export type PortfolioBoardQueryVariables = Exact<{
  scenarioId?: string | number | null | undefined;
}>;


export type PortfolioBoardQuery = { portfolioBoard: { scenarioId: string | null, capacityLineIndex: number | null, divergenceThreshold: number, entries: Array<(
      { fits: boolean, project: { id: string, name: string, categories: Array<{ id: string }> } }
      & { ' $fragmentRefs'?: { 'BoardRow_EntryFragment': BoardRow_EntryFragment } }
    )> } };

export type ReorderProjectMutationVariables = Exact<{
  projectId: string | number;
  beforeId?: string | number | null | undefined;
  afterId?: string | number | null | undefined;
}>;


export type ReorderProjectMutation = { reorderProject: { id: string, rankKey: string } };

export type PortfolioScenariosQueryVariables = Exact<{ [key: string]: never; }>;


export type PortfolioScenariosQuery = { portfolioScenarios: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'ScenarioBar_ScenarioFragment': ScenarioBar_ScenarioFragment } }
  )> };

export type CreateScenarioMutationVariables = Exact<{
  name: string;
}>;


export type CreateScenarioMutation = { createScenario: (
    { id: string }
    & { ' $fragmentRefs'?: { 'ScenarioBar_ScenarioFragment': ScenarioBar_ScenarioFragment } }
  ) };

export type ReorderInScenarioMutationVariables = Exact<{
  scenarioId: string | number;
  projectId: string | number;
  beforeId?: string | number | null | undefined;
  afterId?: string | number | null | undefined;
}>;


export type ReorderInScenarioMutation = { reorderInScenario: { id: string } };

export type ApproveScenarioMutationVariables = Exact<{
  scenarioId: string | number;
  version: number;
}>;


export type ApproveScenarioMutation = { approveScenario: (
    { id: string, version: number }
    & { ' $fragmentRefs'?: { 'ScenarioBar_ScenarioFragment': ScenarioBar_ScenarioFragment } }
  ) };

export type PrioritisationModelQueryVariables = Exact<{ [key: string]: never; }>;


export type PrioritisationModelQuery = { prioritisationModel: { id: string, name: string, criteria: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'CriteriaEditor_CriterionFragment': CriteriaEditor_CriterionFragment } }
    )>, categories: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'CategoriesEditor_CategoryFragment': CategoriesEditor_CategoryFragment;'BoardCategoryFilter_CategoryFragment': BoardCategoryFilter_CategoryFragment } }
    )> } | null };

export type CreateCriterionMutationVariables = Exact<{
  input: CriterionCreateInput;
}>;


export type CreateCriterionMutation = { createCriterion: (
    { id: string, name: string }
    & { ' $fragmentRefs'?: { 'CriteriaEditor_CriterionFragment': CriteriaEditor_CriterionFragment } }
  ) };

export type UpdateCriterionMutationVariables = Exact<{
  input: CriterionUpdateInput;
}>;


export type UpdateCriterionMutation = { updateCriterion: (
    { id: string, version: number, name: string }
    & { ' $fragmentRefs'?: { 'CriteriaEditor_CriterionFragment': CriteriaEditor_CriterionFragment;'ProjectPrioritisation_CriterionFragment': ProjectPrioritisation_CriterionFragment } }
  ) };

export type DeleteCriterionMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteCriterionMutation = { deleteCriterion: boolean };

export type CreateCategoryMutationVariables = Exact<{
  input: CategoryCreateInput;
}>;


export type CreateCategoryMutation = { createCategory: (
    { id: string, name: string }
    & { ' $fragmentRefs'?: { 'CategoriesEditor_CategoryFragment': CategoriesEditor_CategoryFragment;'BoardCategoryFilter_CategoryFragment': BoardCategoryFilter_CategoryFragment } }
  ) };

export type UpdateCategoryMutationVariables = Exact<{
  input: CategoryUpdateInput;
}>;


export type UpdateCategoryMutation = { updateCategory: (
    { id: string, version: number, name: string }
    & { ' $fragmentRefs'?: { 'CategoriesEditor_CategoryFragment': CategoriesEditor_CategoryFragment;'BoardCategoryFilter_CategoryFragment': BoardCategoryFilter_CategoryFragment;'ProjectPrioritisation_CategoryFragment': ProjectPrioritisation_CategoryFragment } }
  ) };

export type DeleteCategoryMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteCategoryMutation = { deleteCategory: boolean };

export type ProjectPrioritisationQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectPrioritisationQuery = { project: (
    { id: string }
    & { ' $fragmentRefs'?: { 'ProjectPrioritisation_ProjectFragment': ProjectPrioritisation_ProjectFragment } }
  ), prioritisationModel: { id: string, criteria: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'ProjectPrioritisation_CriterionFragment': ProjectPrioritisation_CriterionFragment } }
    )>, categories: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'ProjectPrioritisation_CategoryFragment': ProjectPrioritisation_CategoryFragment } }
    )> } | null };

export type SetCriterionScoreMutationVariables = Exact<{
  input: CriterionScoreInput;
}>;


export type SetCriterionScoreMutation = { setCriterionScore: { id: string, criterionId: string, value: number, version: number } };

export type SetProjectCategoriesMutationVariables = Exact<{
  input: ProjectCategoriesInput;
}>;


export type SetProjectCategoriesMutation = { setProjectCategories: (
    { id: string, version: number }
    & { ' $fragmentRefs'?: { 'ProjectPrioritisation_ProjectFragment': ProjectPrioritisation_ProjectFragment } }
  ) };

export type ProjectOverlapsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProjectOverlapsQuery = { projectOverlaps: Array<(
    { kind: OverlapKind, key: string }
    & { ' $fragmentRefs'?: { 'SynergyOverview_OverlapFragment': SynergyOverview_OverlapFragment } }
  )>, projectPhases: Array<{ key: string, name: string }> };

export type RelatedProjectsQueryVariables = Exact<{
  id: string | number;
}>;


export type RelatedProjectsQuery = { project: { id: string, relatedProjects: Array<{ ' $fragmentRefs'?: { 'RelatedProjects_RelatedFragment': RelatedProjects_RelatedFragment } }> } };

export type BoardAgendaQueryVariables = Exact<{ [key: string]: never; }>;


export type BoardAgendaQuery = { boardAgenda: { awaitingCouncil: Array<{ ' $fragmentRefs'?: { 'AgendaItem_ProposalFragment': AgendaItem_ProposalFragment } }>, awaitingBoard: Array<{ ' $fragmentRefs'?: { 'AgendaItem_ProposalFragment': AgendaItem_ProposalFragment } }> } };

export type SubmitProposalMutationVariables = Exact<{
  input: ProposalSubmitInput;
}>;


export type SubmitProposalMutation = { submitProposal: { id: string, status: ProposalStatus, projectId: string } };

export type PrequalifyProposalMutationVariables = Exact<{
  input: ProposalDecisionInput;
}>;


export type PrequalifyProposalMutation = { prequalifyProposal: { id: string, status: ProposalStatus, version: number } };

export type ReturnProposalMutationVariables = Exact<{
  input: ProposalDecisionInput;
}>;


export type ReturnProposalMutation = { returnProposal: { id: string, status: ProposalStatus, version: number } };

export type ApproveProposalMutationVariables = Exact<{
  input: ProposalDecisionInput;
}>;


export type ApproveProposalMutation = { approveProposal: { id: string, status: ProposalStatus, version: number } };

export type RejectProposalMutationVariables = Exact<{
  input: ProposalDecisionInput;
}>;


export type RejectProposalMutation = { rejectProposal: { id: string, status: ProposalStatus, version: number } };

export type DeferProposalMutationVariables = Exact<{
  input: ProposalDecisionInput;
}>;


export type DeferProposalMutation = { deferProposal: { id: string, status: ProposalStatus, version: number } };

export type ProposalFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalFormOptionsQuery = { strategies: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'ProposalForm_StrategyFragment': ProposalForm_StrategyFragment } }
  )> };

export type ArtefactsSection_ProjectFragment = { id: string, version: number, owner: { id: string } | null, lead: { id: string } | null, gate: { missing: Array<ArtefactKind> } } & { ' $fragmentName'?: 'ArtefactsSection_ProjectFragment' };

export type BusinessCaseEditor_ProjectFragment = { id: string, version: number, owner: { id: string } | null, lead: { id: string } | null, businessCase: Array<{ id: string, kind: BusinessCaseKind, description: string, amount: number, year: number | null }> } & { ' $fragmentName'?: 'BusinessCaseEditor_ProjectFragment' };

export type GatePanel_ProjectFragment = { id: string, version: number, phase: string, gate: { nextPhase: string | null, ok: boolean, missing: Array<ArtefactKind> } } & { ' $fragmentName'?: 'GatePanel_ProjectFragment' };

export type ProjectFacts_ProjectFragment = { id: string, version: number, phase: string, status: ProjectStatus, budget: number, benefitCount: number, owner: { id: string, name: string } | null, lead: { id: string, name: string } | null, unit: { id: string, name: string } | null, strategies: Array<{ id: string, name: string }>, systems: Array<{ usageId: string, name: string }>, latestStatus: { missing: boolean, report: { id: string, periodEnd: string, overall: Rag, progressPercent: number, spent: number, budget: number } | null } } & { ' $fragmentName'?: 'ProjectFacts_ProjectFragment' };

export type ProjectHistory_ProjectFragment = { id: string, version: number, phaseHistory: Array<{ id: string, phase: string, enteredAt: string, leftAt: string | null }>, proposals: Array<{ id: string, decisions: Array<{ id: string, stage: DecisionStage, decision: ProposalStatus, reason: string, decidedAt: string, decidedBy: { id: string, name: string } | null }> }> } & { ' $fragmentName'?: 'ProjectHistory_ProjectFragment' };

export type StatusReportsSection_ProjectFragment = { id: string, version: number, budget: number, owner: { id: string } | null, lead: { id: string } | null } & { ' $fragmentName'?: 'StatusReportsSection_ProjectFragment' };

export type ProjectRecordsQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectRecordsQuery = { project: { id: string, statusReports: Array<{ id: string, periodEnd: string, overall: Rag, ragTime: Rag, ragCost: Rag, ragQuality: Rag, ragScope: Rag, progressPercent: number, spent: number, budget: number, risks: string, nextSteps: string, reportedBy: { id: string, name: string } | null }>, artefacts: Array<{ id: string, kind: ArtefactKind, title: string, content: string, version: number, providedAt: string }> } };

export type FileStatusReportMutationVariables = Exact<{
  input: StatusReportInput;
}>;


export type FileStatusReportMutation = { fileStatusReport: { id: string, overall: Rag } };

export type SaveBusinessCaseMutationVariables = Exact<{
  projectId: string | number;
  version: number;
  lines: Array<BusinessCaseLineInput> | BusinessCaseLineInput;
}>;


export type SaveBusinessCaseMutation = { saveBusinessCase: Array<{ id: string, kind: BusinessCaseKind, description: string, amount: number, year: number | null }> };

export type SaveProjectArtefactMutationVariables = Exact<{
  input: ArtefactInput;
}>;


export type SaveProjectArtefactMutation = { saveProjectArtefact: { id: string, kind: ArtefactKind, title: string, content: string, version: number, providedAt: string } };

export type ProjectDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectDetailQuery = { project: (
    { id: string, version: number, name: string, description: string }
    & { ' $fragmentRefs'?: { 'GatePanel_ProjectFragment': GatePanel_ProjectFragment;'ArtefactsSection_ProjectFragment': ArtefactsSection_ProjectFragment;'ProjectFacts_ProjectFragment': ProjectFacts_ProjectFragment;'StatusReportsSection_ProjectFragment': StatusReportsSection_ProjectFragment;'BusinessCaseEditor_ProjectFragment': BusinessCaseEditor_ProjectFragment;'ProjectHistory_ProjectFragment': ProjectHistory_ProjectFragment } }
  ), projectPhases: Array<{ key: string, name: string, requiredArtefacts: Array<ArtefactKind> }> };

export type PassGateMutationVariables = Exact<{
  projectId: string | number;
  toPhase: string;
  version: number;
}>;


export type PassGateMutation = { passGate: (
    { id: string, version: number }
    & { ' $fragmentRefs'?: { 'GatePanel_ProjectFragment': GatePanel_ProjectFragment;'ArtefactsSection_ProjectFragment': ArtefactsSection_ProjectFragment;'ProjectFacts_ProjectFragment': ProjectFacts_ProjectFragment;'ProjectHistory_ProjectFragment': ProjectHistory_ProjectFragment } }
  ) };

export type AllocationsPanel_AllocationFragment = { id: string, version: number, personId: string, projectId: string, competencyId: string | null, quarter: string, hoursPerWeek: number } & { ' $fragmentName'?: 'AllocationsPanel_AllocationFragment' };

export type AllocationsPanel_PersonFragment = { id: string, name: string, competencies: Array<{ id: string, name: string }> } & { ' $fragmentName'?: 'AllocationsPanel_PersonFragment' };

export type AllocationsPanel_CompetencyFragment = { id: string, name: string } & { ' $fragmentName'?: 'AllocationsPanel_CompetencyFragment' };

export type CompetenciesPanel_CompetencyFragment = { id: string, version: number, name: string } & { ' $fragmentName'?: 'CompetenciesPanel_CompetencyFragment' };

export type DemandPanel_CompetencyFragment = { id: string, name: string } & { ' $fragmentName'?: 'DemandPanel_CompetencyFragment' };

export type DemandPanel_DemandFragment = { id: string, competencyId: string, quarter: string, hoursPerWeek: number } & { ' $fragmentName'?: 'DemandPanel_DemandFragment' };

export type PeoplePanel_PersonFragment = { id: string, version: number, name: string, unitId: string | null, userId: string | null, weeklyCapacityHours: number, competencies: Array<{ id: string, name: string }> } & { ' $fragmentName'?: 'PeoplePanel_PersonFragment' };

export type PeoplePanel_CompetencyFragment = { id: string, name: string } & { ' $fragmentName'?: 'PeoplePanel_CompetencyFragment' };

export type PeoplePanel_UnitFragment = { id: string, name: string } & { ' $fragmentName'?: 'PeoplePanel_UnitFragment' };

export type ResourceHeatmap_CellFragment = { groupId: string, groupName: string, quarter: string, allocatedHours: number, availableHours: number, ratio: number | null, status: string } & { ' $fragmentName'?: 'ResourceHeatmap_CellFragment' };

export type ResourcesQueryVariables = Exact<{ [key: string]: never; }>;


export type ResourcesQuery = { contractToday: string, people: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'PeoplePanel_PersonFragment': PeoplePanel_PersonFragment;'AllocationsPanel_PersonFragment': AllocationsPanel_PersonFragment } }
  )>, competencies: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'CompetenciesPanel_CompetencyFragment': CompetenciesPanel_CompetencyFragment;'PeoplePanel_CompetencyFragment': PeoplePanel_CompetencyFragment;'AllocationsPanel_CompetencyFragment': AllocationsPanel_CompetencyFragment;'DemandPanel_CompetencyFragment': DemandPanel_CompetencyFragment } }
  )>, units: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'PeoplePanel_UnitFragment': PeoplePanel_UnitFragment } }
  )> };

export type ResourceAllocationsQueryVariables = Exact<{
  quarters?: Array<string> | string | null | undefined;
}>;


export type ResourceAllocationsQuery = { allocations: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'AllocationsPanel_AllocationFragment': AllocationsPanel_AllocationFragment } }
  )>, projects: { items: Array<{ id: string, name: string }> } };

export type ProjectDemandsQueryVariables = Exact<{
  id: string | number;
}>;


export type ProjectDemandsQuery = { project: { id: string, demands: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'DemandPanel_DemandFragment': DemandPanel_DemandFragment } }
    )> } };

export type CreateCompetencyMutationVariables = Exact<{
  name: string;
}>;


export type CreateCompetencyMutation = { createCompetency: (
    { id: string }
    & { ' $fragmentRefs'?: { 'CompetenciesPanel_CompetencyFragment': CompetenciesPanel_CompetencyFragment } }
  ) };

export type UpdateCompetencyMutationVariables = Exact<{
  id: string | number;
  version: number;
  name: string;
}>;


export type UpdateCompetencyMutation = { updateCompetency: (
    { id: string, version: number }
    & { ' $fragmentRefs'?: { 'CompetenciesPanel_CompetencyFragment': CompetenciesPanel_CompetencyFragment;'PeoplePanel_CompetencyFragment': PeoplePanel_CompetencyFragment;'AllocationsPanel_CompetencyFragment': AllocationsPanel_CompetencyFragment;'DemandPanel_CompetencyFragment': DemandPanel_CompetencyFragment } }
  ) };

export type CreatePersonMutationVariables = Exact<{
  input: PersonCreateInput;
}>;


export type CreatePersonMutation = { createPerson: (
    { id: string }
    & { ' $fragmentRefs'?: { 'PeoplePanel_PersonFragment': PeoplePanel_PersonFragment;'AllocationsPanel_PersonFragment': AllocationsPanel_PersonFragment } }
  ) };

export type UpdatePersonMutationVariables = Exact<{
  input: PersonUpdateInput;
}>;


export type UpdatePersonMutation = { updatePerson: (
    { id: string, version: number }
    & { ' $fragmentRefs'?: { 'PeoplePanel_PersonFragment': PeoplePanel_PersonFragment;'AllocationsPanel_PersonFragment': AllocationsPanel_PersonFragment } }
  ) };

export type DeletePersonMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeletePersonMutation = { deletePerson: boolean };

export type CreateAllocationMutationVariables = Exact<{
  input: AllocationInput;
}>;


export type CreateAllocationMutation = { createAllocation: (
    { id: string }
    & { ' $fragmentRefs'?: { 'AllocationsPanel_AllocationFragment': AllocationsPanel_AllocationFragment } }
  ) };

export type UpdateAllocationMutationVariables = Exact<{
  input: AllocationUpdateInput;
}>;


export type UpdateAllocationMutation = { updateAllocation: (
    { id: string, version: number }
    & { ' $fragmentRefs'?: { 'AllocationsPanel_AllocationFragment': AllocationsPanel_AllocationFragment } }
  ) };

export type DeleteAllocationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteAllocationMutation = { deleteAllocation: boolean };

export type SetResourceDemandMutationVariables = Exact<{
  input: ResourceDemandInput;
}>;


export type SetResourceDemandMutation = { setResourceDemand: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'DemandPanel_DemandFragment': DemandPanel_DemandFragment } }
  )> };

export type AllocationHeatmapQueryVariables = Exact<{ [key: string]: never; }>;


export type AllocationHeatmapQuery = { allocationHeatmap: { quarters: Array<string>, byCompetency: Array<{ ' $fragmentRefs'?: { 'ResourceHeatmap_CellFragment': ResourceHeatmap_CellFragment } }>, byUnit: Array<{ ' $fragmentRefs'?: { 'ResourceHeatmap_CellFragment': ResourceHeatmap_CellFragment } }> } };

export type EditDataSourceEdgeForm_EdgeFragment = { id: string, version: number, dataSourceId: string, dataSourceName: string, purpose: string, channel: Channel, yearlyCost: number, authoritative: boolean, plannedTargetSourceId: string | null, plannedSwitchDate: string | null, dataTypes: Array<DataType>, registerFamilies: Array<RegisterFamily> } & { ' $fragmentName'?: 'EditDataSourceEdgeForm_EdgeFragment' };

export type EditIntegrationForm_IntegrationFragment = { id: string, version: number, interfaceId: string | null, data: string, direction: Direction, frequency: string, migrationMonths: number | null, dataTypes: Array<DataType>, registerFamilies: Array<RegisterFamily>, interfaceDataTypes: Array<DataType>, interfaceRegisterFamilies: Array<RegisterFamily> } & { ' $fragmentName'?: 'EditIntegrationForm_IntegrationFragment' };

export type SystemEdgeEditor_UsageFragment = { id: string, version: number, dataSources: Array<(
    { id: string, version: number, dataSourceName: string }
    & { ' $fragmentRefs'?: { 'EditDataSourceEdgeForm_EdgeFragment': EditDataSourceEdgeForm_EdgeFragment } }
  )>, integrationsOut: Array<(
    { id: string, version: number, toUsageName: string }
    & { ' $fragmentRefs'?: { 'EditIntegrationForm_IntegrationFragment': EditIntegrationForm_IntegrationFragment } }
  )>, integrationsIn: Array<(
    { id: string, version: number, fromUsageName: string }
    & { ' $fragmentRefs'?: { 'EditIntegrationForm_IntegrationFragment': EditIntegrationForm_IntegrationFragment } }
  )> } & { ' $fragmentName'?: 'SystemEdgeEditor_UsageFragment' };

export type SystemEditForm_UsageFragment = { id: string, version: number, localName: string | null, lifecycle: Lifecycle, inUseFrom: string | null, inUseUntil: string | null, userCount: number | null, migrationMonths: number | null, capabilityIds: Array<string>, switchingCost: number, architectureFitNote: string, asIs: string, toBe: string, workflows: string, owner: { id: string } | null, custodian: { id: string } | null, responsibleUnit: { id: string } | null } & { ' $fragmentName'?: 'SystemEditForm_UsageFragment' };

export type SystemFacts_UsageFragment = { id: string, version: number, lifecycle: Lifecycle, inUseFrom: string | null, inUseUntil: string | null, hosting: Hosting, userCount: number | null, capabilities: Array<string>, taskAreas: Array<string>, usesServicePlatform: boolean, usesSupportSystems: boolean, standardsMet: Array<string>, architectureFitNote: string, asIs: string, toBe: string, yearlyCost: number, dataYearlyCost: number, system: { id: string, name: string }, owner: { id: string, name: string } | null, custodian: { id: string, name: string } | null, responsibleUnit: { id: string, name: string } | null } & { ' $fragmentName'?: 'SystemFacts_UsageFragment' };

export type SystemRelations_DataSourceFragment = { id: string, version: number, dataSourceName: string, dataSourceKind: DataSourceKind, channel: Channel, access: Access, yearlyCost: number, authoritative: boolean } & { ' $fragmentName'?: 'SystemRelations_DataSourceFragment' };

export type SystemRelations_IntegrationFragment = { id: string, version: number, fromUsageId: string, fromUsageName: string, toUsageId: string, toUsageName: string, interfaceId: string | null, interfaceName: string | null, data: string, direction: Direction } & { ' $fragmentName'?: 'SystemRelations_IntegrationFragment' };

export type SystemRelations_UsageFragment = { id: string, version: number, dataSources: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'SystemRelations_DataSourceFragment': SystemRelations_DataSourceFragment } }
  )>, integrationsOut: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'SystemRelations_IntegrationFragment': SystemRelations_IntegrationFragment } }
  )>, integrationsIn: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'SystemRelations_IntegrationFragment': SystemRelations_IntegrationFragment } }
  )>, coveringContracts: Array<{ id: string, name: string, validity: string, effectiveEnd: string | null, noticeDate: string | null }>, projects: Array<{ id: string, name: string }>, lifecycleConflicts: Array<{ dependencyId: string, dependencyName: string, dependencyKind: LandscapeNodeKind, reason: LifecycleConflictReason, dependencyEnd: string | null }> } & { ' $fragmentName'?: 'SystemRelations_UsageFragment' };

export type SystemWorkflows_UsageFragment = { id: string, version: number, workflows: string } & { ' $fragmentName'?: 'SystemWorkflows_UsageFragment' };

export type SystemsTable_RowFragment = { id: string, version: number, name: string, lifecycle: Lifecycle, hosting: Hosting, userCount: number | null, capabilities: Array<string>, taskAreas: Array<string>, inUseUntil: string | null, yearlyCost: number, dataYearlyCost: number, responsibleUnit: { id: string, name: string } | null, owner: { id: string, name: string } | null, coveringContracts: Array<{ id: string, effectiveEnd: string | null }>, lifecycleConflicts: Array<{ dependencyId: string }> } & { ' $fragmentName'?: 'SystemsTable_RowFragment' };

export type CatalogueSearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type CatalogueSearchQuery = { itSystems: { items: Array<{ id: string, name: string, category: string | null }> } };

export type CreateItSystemMutationVariables = Exact<{
  input: ItSystemInput;
}>;


export type CreateItSystemMutation = { createItSystem: { id: string, name: string } };

export type CreateSystemUsageMutationVariables = Exact<{
  input: SystemUsageCreateInput;
}>;


export type CreateSystemUsageMutation = { createSystemUsage: { id: string } };

export type UpdateUsageDataSourceMutationVariables = Exact<{
  input: UsageDataSourceUpdateInput;
}>;


export type UpdateUsageDataSourceMutation = { updateUsageDataSource: (
    { id: string, version: number }
    & { ' $fragmentRefs'?: { 'SystemRelations_DataSourceFragment': SystemRelations_DataSourceFragment;'EditDataSourceEdgeForm_EdgeFragment': EditDataSourceEdgeForm_EdgeFragment } }
  ) };

export type UpdateIntegrationMutationVariables = Exact<{
  input: IntegrationUpdateInput;
}>;


export type UpdateIntegrationMutation = { updateIntegration: (
    { id: string, version: number }
    & { ' $fragmentRefs'?: { 'SystemRelations_IntegrationFragment': SystemRelations_IntegrationFragment;'EditIntegrationForm_IntegrationFragment': EditIntegrationForm_IntegrationFragment } }
  ) };

export type SystemsTableQueryVariables = Exact<{
  offset: number;
  limit: number;
}>;


export type SystemsTableQuery = { systemUsages: { totalCount: number, items: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'SystemsTable_RowFragment': SystemsTable_RowFragment } }
    )> } };

export type SystemDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type SystemDetailQuery = { systemUsage: (
    { id: string, version: number, name: string, system: { id: string, description: string } }
    & { ' $fragmentRefs'?: { 'SystemFacts_UsageFragment': SystemFacts_UsageFragment;'SystemRelations_UsageFragment': SystemRelations_UsageFragment;'SystemEdgeEditor_UsageFragment': SystemEdgeEditor_UsageFragment;'SystemWorkflows_UsageFragment': SystemWorkflows_UsageFragment;'SystemEditForm_UsageFragment': SystemEditForm_UsageFragment } }
  ) };

export type SystemEditOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemEditOptionsQuery = { units: Array<{ id: string, name: string }>, capabilities: Array<{ id: string, parentId: string | null, name: string, archived: boolean }>, members: Array<{ id: string, user: { id: string, name: string } }> };

export type UpdateSystemUsageMutationVariables = Exact<{
  input: SystemUsageUpdateInput;
}>;


export type UpdateSystemUsageMutation = { updateSystemUsage: (
    { id: string, version: number, name: string }
    & { ' $fragmentRefs'?: { 'SystemsTable_RowFragment': SystemsTable_RowFragment;'SystemFacts_UsageFragment': SystemFacts_UsageFragment;'SystemRelations_UsageFragment': SystemRelations_UsageFragment;'SystemWorkflows_UsageFragment': SystemWorkflows_UsageFragment;'SystemEditForm_UsageFragment': SystemEditForm_UsageFragment } }
  ) };

export type EdgeOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EdgeOptionsQuery = { dataSources: { items: Array<{ id: string, name: string }> }, systemUsages: { items: Array<{ id: string, name: string }> }, interfaces: { items: Array<{ id: string, name: string }> } };

export type CreateUsageDataSourceMutationVariables = Exact<{
  input: UsageDataSourceCreateInput;
}>;


export type CreateUsageDataSourceMutation = { createUsageDataSource: { id: string } };

export type DeleteUsageDataSourceMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteUsageDataSourceMutation = { deleteUsageDataSource: boolean };

export type CreateIntegrationMutationVariables = Exact<{
  input: IntegrationCreateInput;
}>;


export type CreateIntegrationMutation = { createIntegration: { id: string } };

export type DeleteIntegrationMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteIntegrationMutation = { deleteIntegration: boolean };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { id: string } };

export type SavedViewsControl_ViewFragment = { id: string, version: number, name: string, config: Record<string, unknown>, organisationDefault: boolean, editable: boolean } & { ' $fragmentName'?: 'SavedViewsControl_ViewFragment' };

export type SavedViewsQueryVariables = Exact<{
  tableKey: string;
}>;


export type SavedViewsQuery = { savedViews: Array<(
    { id: string }
    & { ' $fragmentRefs'?: { 'SavedViewsControl_ViewFragment': SavedViewsControl_ViewFragment } }
  )> };

export type SaveViewMutationVariables = Exact<{
  input: SavedViewInput;
}>;


export type SaveViewMutation = { saveView: { id: string } };

export type UpdateSavedViewMutationVariables = Exact<{
  input: SavedViewUpdateInput;
}>;


export type UpdateSavedViewMutation = { updateSavedView: (
    { id: string, version: number }
    & { ' $fragmentRefs'?: { 'SavedViewsControl_ViewFragment': SavedViewsControl_ViewFragment } }
  ) };

export type DeleteSavedViewMutationVariables = Exact<{
  id: string | number;
  version: number;
}>;


export type DeleteSavedViewMutation = { deleteSavedView: boolean };

export const CapabilityDialog_CapabilityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityDialog_capability"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]} as unknown as DocumentNode<CapabilityDialog_CapabilityFragment, unknown>;
export const MemberRolesEditor_MemberFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRolesEditor_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MemberRolesEditor_MemberFragment, unknown>;
export const UnitCreateForm_UnitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitCreateForm_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]} as unknown as DocumentNode<UnitCreateForm_UnitFragment, unknown>;
export const UnitTable_UnitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTable_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]} as unknown as DocumentNode<UnitTable_UnitFragment, unknown>;
export const BenefitFacts_BenefitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenefitFacts_benefit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"cashable"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"harvestingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realisationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"varianceRag"}},{"kind":"Field","name":{"kind":"Name","value":"realisedGainKr"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"realisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<BenefitFacts_BenefitFragment, unknown>;
export const MeasurementHistory_BenefitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurementHistory_benefit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<MeasurementHistory_BenefitFragment, unknown>;
export const BenefitActions_BenefitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenefitActions_benefit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BenefitActions_BenefitFragment, unknown>;
export const ContractCoverage_ContractFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractCoverage_contract"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coveredUsages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<ContractCoverage_ContractFragment, unknown>;
export const ContractEditForm_ContractFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractEditForm_contract"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseForm"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"irrevocableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"noticeRule"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"retenderPlan"}},{"kind":"Field","name":{"kind":"Name","value":"uptimePercent"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"changeHandling"}},{"kind":"Field","name":{"kind":"Name","value":"documentationDuties"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceRecipient"}},{"kind":"Field","name":{"kind":"Name","value":"indexationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"managerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"exercisedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"economyLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveredUsages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ContractEditForm_ContractFragment, unknown>;
export const ContractFacts_ContractFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractFacts_contract"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseForm"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"irrevocableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"noticeRule"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"retenderPlan"}},{"kind":"Field","name":{"kind":"Name","value":"uptimePercent"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"changeHandling"}},{"kind":"Field","name":{"kind":"Name","value":"documentationDuties"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceRecipient"}},{"kind":"Field","name":{"kind":"Name","value":"indexationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"exercisedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"economyLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"currentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEndWithOptions"}},{"kind":"Field","name":{"kind":"Name","value":"remainingOptionMonths"}},{"kind":"Field","name":{"kind":"Name","value":"latestNoticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"earliestTerminationDate"}},{"kind":"Field","name":{"kind":"Name","value":"cappedByParent"}},{"kind":"Field","name":{"kind":"Name","value":"issues"}},{"kind":"Field","name":{"kind":"Name","value":"leadMonths"}},{"kind":"Field","name":{"kind":"Name","value":"procurementLeadMonths"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dependentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windowClosed"}},{"kind":"Field","name":{"kind":"Name","value":"retender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retenderWithOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}}]}}]}}]}}]} as unknown as DocumentNode<ContractFacts_ContractFragment, unknown>;
export const ContractTimeline_RowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTimeline_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"economyLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEndWithOptions"}},{"kind":"Field","name":{"kind":"Name","value":"latestNoticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"retender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retenderWithOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}}]}}]}}]}}]} as unknown as DocumentNode<ContractTimeline_RowFragment, unknown>;
export const ContractsTable_RowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractsTable_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseForm"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"currentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEndWithOptions"}},{"kind":"Field","name":{"kind":"Name","value":"latestNoticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"windowClosed"}},{"kind":"Field","name":{"kind":"Name","value":"retender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}}]}}]}}]}}]} as unknown as DocumentNode<ContractsTable_RowFragment, unknown>;
export const DeleteContractButton_ContractFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeleteContractButton_contract"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<DeleteContractButton_ContractFragment, unknown>;
export const InvoiceTable_InvoiceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceTable_invoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDate"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"deviation"}},{"kind":"Field","name":{"kind":"Name","value":"deviationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"tolerancePercent"}}]}}]}}]} as unknown as DocumentNode<InvoiceTable_InvoiceFragment, unknown>;
export const DataSourceForm_SourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataSourceForm_source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamily"}},{"kind":"Field","name":{"kind":"Name","value":"copyOfId"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannel"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"costModel"}}]}}]} as unknown as DocumentNode<DataSourceForm_SourceFragment, unknown>;
export const DataSourcesTable_RowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataSourcesTable_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamily"}},{"kind":"Field","name":{"kind":"Name","value":"copyOfId"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannel"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"uses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"usageName"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"authoritative"}}]}}]}}]} as unknown as DocumentNode<DataSourcesTable_RowFragment, unknown>;
export const InterfaceFacts_EntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterfaceFacts_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"providerSystemName"}},{"kind":"Field","name":{"kind":"Name","value":"providerUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"dataDescription"}},{"kind":"Field","name":{"kind":"Name","value":"dataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}}]}}]} as unknown as DocumentNode<InterfaceFacts_EntryFragment, unknown>;
export const InterfaceForm_EntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterfaceForm_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"dataDescription"}},{"kind":"Field","name":{"kind":"Name","value":"providerSystemId"}},{"kind":"Field","name":{"kind":"Name","value":"providerSystemName"}},{"kind":"Field","name":{"kind":"Name","value":"dataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamilies"}}]}}]} as unknown as DocumentNode<InterfaceForm_EntryFragment, unknown>;
export const InterfaceUsedBy_EntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterfaceUsedBy_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"usedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"fromUsageName"}},{"kind":"Field","name":{"kind":"Name","value":"toUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"toUsageName"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}}]}}]} as unknown as DocumentNode<InterfaceUsedBy_EntryFragment, unknown>;
export const InterfacesTable_RowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterfacesTable_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"dataDescription"}},{"kind":"Field","name":{"kind":"Name","value":"providerSystemName"}},{"kind":"Field","name":{"kind":"Name","value":"providerUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"usedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InterfacesTable_RowFragment, unknown>;
export const CapabilityOverlapCard_OverlapFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityOverlapCard_overlap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapabilityOverlapView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilityId"}},{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"combinedYearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"usages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consolidations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survivorUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"yearlySaving"}},{"kind":"Field","name":{"kind":"Name","value":"migrationCost"}},{"kind":"Field","name":{"kind":"Name","value":"fullSavingFrom"}},{"kind":"Field","name":{"kind":"Name","value":"horizonEnd"}},{"kind":"Field","name":{"kind":"Name","value":"netSaving"}},{"kind":"Field","name":{"kind":"Name","value":"retired"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"migrationCost"}},{"kind":"Field","name":{"kind":"Name","value":"savingFrom"}},{"kind":"Field","name":{"kind":"Name","value":"savedWithinHorizon"}}]}}]}}]}}]} as unknown as DocumentNode<CapabilityOverlapCard_OverlapFragment, unknown>;
export const OverlapHistory_AcceptanceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapHistory_acceptance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapAcceptance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityName"}},{"kind":"Field","name":{"kind":"Name","value":"usageNames"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OverlapHistory_AcceptanceFragment, unknown>;
export const MaturityHistory_EntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaturityHistory_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaturityHistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"achievedStep"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MaturityHistory_EntryFragment, unknown>;
export const MaturitySteps_StepFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaturitySteps_step"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaturityStepResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]} as unknown as DocumentNode<MaturitySteps_StepFragment, unknown>;
export const MissingForNext_MaturityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissingForNext_maturity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Maturity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"achievedStep"}},{"kind":"Field","name":{"kind":"Name","value":"missingForNext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]} as unknown as DocumentNode<MissingForNext_MaturityFragment, unknown>;
export const SelfAssessmentForm_MaturityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfAssessmentForm_maturity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Maturity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<SelfAssessmentForm_MaturityFragment, unknown>;
export const AgendaItem_ProposalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItem_proposal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"asIs"}},{"kind":"Field","name":{"kind":"Name","value":"toBe"}},{"kind":"Field","name":{"kind":"Name","value":"resourcesNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AgendaItem_ProposalFragment, unknown>;
export const BoardCategoryFilter_CategoryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCategoryFilter_category"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<BoardCategoryFilter_CategoryFragment, unknown>;
export const BoardRow_EntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardRow_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioBoardEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"scorePosition"}},{"kind":"Field","name":{"kind":"Name","value":"divergence"}},{"kind":"Field","name":{"kind":"Name","value":"divergent"}},{"kind":"Field","name":{"kind":"Name","value":"firstShortfall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyName"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"shortfallHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeCriticality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BoardRow_EntryFragment, unknown>;
export const CategoriesEditor_CategoryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CategoriesEditor_category"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<CategoriesEditor_CategoryFragment, unknown>;
export const CriteriaEditor_CriterionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaEditor_criterion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}}]}}]} as unknown as DocumentNode<CriteriaEditor_CriterionFragment, unknown>;
export const ProjectPrioritisation_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectPrioritisation_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ProjectPrioritisation_ProjectFragment, unknown>;
export const ProjectPrioritisation_CriterionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectPrioritisation_criterion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}}]}}]} as unknown as DocumentNode<ProjectPrioritisation_CriterionFragment, unknown>;
export const ProjectPrioritisation_CategoryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectPrioritisation_category"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ProjectPrioritisation_CategoryFragment, unknown>;
export const ProjectsTable_RowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectsTable_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsTable_RowFragment, unknown>;
export const ProposalForm_StrategyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalForm_strategy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Strategy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ProposalForm_StrategyFragment, unknown>;
export const RelatedProjects_RelatedFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedProjects_related"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RelatedProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedSystems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedCapabilities"}}]}}]} as unknown as DocumentNode<RelatedProjects_RelatedFragment, unknown>;
export const ScenarioBar_ScenarioFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioBar_scenario"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioScenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}}]} as unknown as DocumentNode<ScenarioBar_ScenarioFragment, unknown>;
export const SynergyOverview_OverlapFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SynergyOverview_overlap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectOverlap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SynergyOverview_OverlapFragment, unknown>;
export const ArtefactsSection_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArtefactsSection_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]} as unknown as DocumentNode<ArtefactsSection_ProjectFragment, unknown>;
export const BusinessCaseEditor_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessCaseEditor_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<BusinessCaseEditor_ProjectFragment, unknown>;
export const GatePanel_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GatePanel_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"gate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextPhase"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]} as unknown as DocumentNode<GatePanel_ProjectFragment, unknown>;
export const ProjectFacts_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectFacts_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectFacts_ProjectFragment, unknown>;
export const ProjectHistory_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectHistory_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectHistory_ProjectFragment, unknown>;
export const StatusReportsSection_ProjectFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusReportsSection_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}}]} as unknown as DocumentNode<StatusReportsSection_ProjectFragment, unknown>;
export const AllocationsPanel_AllocationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationsPanel_allocation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"competencyId"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}}]} as unknown as DocumentNode<AllocationsPanel_AllocationFragment, unknown>;
export const AllocationsPanel_PersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationsPanel_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AllocationsPanel_PersonFragment, unknown>;
export const AllocationsPanel_CompetencyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationsPanel_competency"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<AllocationsPanel_CompetencyFragment, unknown>;
export const CompetenciesPanel_CompetencyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetenciesPanel_competency"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<CompetenciesPanel_CompetencyFragment, unknown>;
export const DemandPanel_CompetencyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandPanel_competency"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<DemandPanel_CompetencyFragment, unknown>;
export const DemandPanel_DemandFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandPanel_demand"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceDemand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"competencyId"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}}]} as unknown as DocumentNode<DemandPanel_DemandFragment, unknown>;
export const PeoplePanel_PersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeoplePanel_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyCapacityHours"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PeoplePanel_PersonFragment, unknown>;
export const PeoplePanel_CompetencyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeoplePanel_competency"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<PeoplePanel_CompetencyFragment, unknown>;
export const PeoplePanel_UnitFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeoplePanel_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<PeoplePanel_UnitFragment, unknown>;
export const ResourceHeatmap_CellFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceHeatmap_cell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeatmapCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedHours"}},{"kind":"Field","name":{"kind":"Name","value":"availableHours"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ResourceHeatmap_CellFragment, unknown>;
export const EditDataSourceEdgeForm_EdgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditDataSourceEdgeForm_edge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageDataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"authoritative"}},{"kind":"Field","name":{"kind":"Name","value":"plannedTargetSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSwitchDate"}},{"kind":"Field","name":{"kind":"Name","value":"dataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamilies"}}]}}]} as unknown as DocumentNode<EditDataSourceEdgeForm_EdgeFragment, unknown>;
export const EditIntegrationForm_IntegrationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditIntegrationForm_integration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"migrationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"dataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceDataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceRegisterFamilies"}}]}}]} as unknown as DocumentNode<EditIntegrationForm_IntegrationFragment, unknown>;
export const SystemEdgeEditor_UsageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemEdgeEditor_usage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditDataSourceEdgeForm_edge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationsOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"toUsageName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditIntegrationForm_integration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationsIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromUsageName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditIntegrationForm_integration"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditDataSourceEdgeForm_edge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageDataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"authoritative"}},{"kind":"Field","name":{"kind":"Name","value":"plannedTargetSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSwitchDate"}},{"kind":"Field","name":{"kind":"Name","value":"dataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamilies"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditIntegrationForm_integration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"migrationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"dataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceDataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceRegisterFamilies"}}]}}]} as unknown as DocumentNode<SystemEdgeEditor_UsageFragment, unknown>;
export const SystemEditForm_UsageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemEditForm_usage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"localName"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"custodian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inUseFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inUseUntil"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"Field","name":{"kind":"Name","value":"migrationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityIds"}},{"kind":"Field","name":{"kind":"Name","value":"switchingCost"}},{"kind":"Field","name":{"kind":"Name","value":"architectureFitNote"}},{"kind":"Field","name":{"kind":"Name","value":"asIs"}},{"kind":"Field","name":{"kind":"Name","value":"toBe"}},{"kind":"Field","name":{"kind":"Name","value":"workflows"}}]}}]} as unknown as DocumentNode<SystemEditForm_UsageFragment, unknown>;
export const SystemFacts_UsageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemFacts_usage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"custodian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inUseFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inUseUntil"}},{"kind":"Field","name":{"kind":"Name","value":"hosting"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"taskAreas"}},{"kind":"Field","name":{"kind":"Name","value":"usesServicePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"usesSupportSystems"}},{"kind":"Field","name":{"kind":"Name","value":"standardsMet"}},{"kind":"Field","name":{"kind":"Name","value":"architectureFitNote"}},{"kind":"Field","name":{"kind":"Name","value":"asIs"}},{"kind":"Field","name":{"kind":"Name","value":"toBe"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"dataYearlyCost"}}]}}]} as unknown as DocumentNode<SystemFacts_UsageFragment, unknown>;
export const SystemRelations_DataSourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemRelations_dataSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageDataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceName"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"authoritative"}}]}}]} as unknown as DocumentNode<SystemRelations_DataSourceFragment, unknown>;
export const SystemRelations_IntegrationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemRelations_integration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"fromUsageName"}},{"kind":"Field","name":{"kind":"Name","value":"toUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"toUsageName"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceId"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceName"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]} as unknown as DocumentNode<SystemRelations_IntegrationFragment, unknown>;
export const SystemRelations_UsageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemRelations_usage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemRelations_dataSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationsOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemRelations_integration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationsIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemRelations_integration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveringContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEnd"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleConflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependencyId"}},{"kind":"Field","name":{"kind":"Name","value":"dependencyName"}},{"kind":"Field","name":{"kind":"Name","value":"dependencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dependencyEnd"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemRelations_dataSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageDataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceName"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"authoritative"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemRelations_integration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"fromUsageName"}},{"kind":"Field","name":{"kind":"Name","value":"toUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"toUsageName"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceId"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceName"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}}]} as unknown as DocumentNode<SystemRelations_UsageFragment, unknown>;
export const SystemWorkflows_UsageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemWorkflows_usage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"workflows"}}]}}]} as unknown as DocumentNode<SystemWorkflows_UsageFragment, unknown>;
export const SystemsTable_RowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemsTable_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"hosting"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"taskAreas"}},{"kind":"Field","name":{"kind":"Name","value":"inUseUntil"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"dataYearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveringContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleConflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependencyId"}}]}}]}}]} as unknown as DocumentNode<SystemsTable_RowFragment, unknown>;
export const SavedViewsControl_ViewFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedViewsControl_view"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"config"}},{"kind":"Field","name":{"kind":"Name","value":"organisationDefault"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]} as unknown as DocumentNode<SavedViewsControl_ViewFragment, unknown>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const SetLocaleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLocale"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLocale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<SetLocaleMutation, SetLocaleMutationVariables>;
export const TodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Today"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractToday"}}]}}]} as unknown as DocumentNode<TodayQuery, TodayQueryVariables>;
export const AdminMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberRolesEditor_member"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRolesEditor_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminMembersQuery, AdminMembersQueryVariables>;
export const AddMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberRolesEditor_member"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRolesEditor_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AddMemberMutation, AddMemberMutationVariables>;
export const SetMemberRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMemberRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMemberRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberRolesEditor_member"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberRolesEditor_member"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetMemberRolesMutation, SetMemberRolesMutationVariables>;
export const AdminUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitTable_unit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitCreateForm_unit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTable_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitCreateForm_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]} as unknown as DocumentNode<AdminUnitsQuery, AdminUnitsQueryVariables>;
export const CreateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitTable_unit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitCreateForm_unit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTable_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitCreateForm_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]} as unknown as DocumentNode<CreateUnitMutation, CreateUnitMutationVariables>;
export const UpdateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnitUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitTable_unit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UnitCreateForm_unit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitTable_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UnitCreateForm_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]} as unknown as DocumentNode<UpdateUnitMutation, UpdateUnitMutationVariables>;
export const DeleteUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteUnitMutation, DeleteUnitMutationVariables>;
export const AdminCollaborationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCollaborations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shares"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminCollaborationsQuery, AdminCollaborationsQueryVariables>;
export const AdminCapabilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminCapabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kitosBusinessType"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"usageCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilityDialog_capability"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityDialog_capability"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]} as unknown as DocumentNode<AdminCapabilitiesQuery, AdminCapabilitiesQueryVariables>;
export const CreateCapabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCapability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CapabilityCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCapability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilityDialog_capability"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityDialog_capability"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]} as unknown as DocumentNode<CreateCapabilityMutation, CreateCapabilityMutationVariables>;
export const RenameCapabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameCapability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CapabilityRenameInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameCapability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilityDialog_capability"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityDialog_capability"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]} as unknown as DocumentNode<RenameCapabilityMutation, RenameCapabilityMutationVariables>;
export const MoveCapabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveCapability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CapabilityMoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveCapability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilityDialog_capability"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityDialog_capability"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]} as unknown as DocumentNode<MoveCapabilityMutation, MoveCapabilityMutationVariables>;
export const SetCapabilityArchivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCapabilityArchived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"archived"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCapabilityArchived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"archived"},"value":{"kind":"Variable","name":{"kind":"Name","value":"archived"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilityDialog_capability"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityDialog_capability"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Capability"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}}]} as unknown as DocumentNode<SetCapabilityArchivedMutation, SetCapabilityArchivedMutationVariables>;
export const BenefitEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenefitEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"cashable"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}},{"kind":"Field","name":{"kind":"Name","value":"accountableUserId"}},{"kind":"Field","name":{"kind":"Name","value":"harvestingUnitId"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"verificationKind"}},{"kind":"Field","name":{"kind":"Name","value":"verificationUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"verificationContractId"}},{"kind":"Field","name":{"kind":"Name","value":"verificationEdgeId"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"plannedValue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<BenefitEditQuery, BenefitEditQueryVariables>;
export const BenefitProjectPeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenefitProjectPeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadUserId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}}]}}]}}]} as unknown as DocumentNode<BenefitProjectPeopleQuery, BenefitProjectPeopleQueryVariables>;
export const BenefitFormOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenefitFormOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BenefitFormOptionsQuery, BenefitFormOptionsQueryVariables>;
export const BenefitUsageTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenefitUsageTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemUsages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BenefitUsageTargetsQuery, BenefitUsageTargetsQueryVariables>;
export const BenefitContractTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenefitContractTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BenefitContractTargetsQuery, BenefitContractTargetsQueryVariables>;
export const BenefitCopyEdgeTargetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenefitCopyEdgeTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyRegisterExit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edgeId"}},{"kind":"Field","name":{"kind":"Name","value":"usageName"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceName"}}]}}]}}]}}]} as unknown as DocumentNode<BenefitCopyEdgeTargetsQuery, BenefitCopyEdgeTargetsQueryVariables>;
export const CreateBenefitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBenefit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBenefit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateBenefitMutation, CreateBenefitMutationVariables>;
export const UpdateBenefitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBenefit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBenefit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}},{"kind":"Field","name":{"kind":"Name","value":"accountableUserId"}},{"kind":"Field","name":{"kind":"Name","value":"realisationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"varianceRag"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenefitFacts_benefit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenefitActions_benefit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasurementHistory_benefit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenefitFacts_benefit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"cashable"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"harvestingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realisationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"varianceRag"}},{"kind":"Field","name":{"kind":"Name","value":"realisedGainKr"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"realisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenefitActions_benefit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurementHistory_benefit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<UpdateBenefitMutation, UpdateBenefitMutationVariables>;
export const DeleteBenefitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBenefit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBenefit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteBenefitMutation, DeleteBenefitMutationVariables>;
export const ProjectBenefitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectBenefits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"TITLE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"realisationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"varianceRag"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadUserId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}}]}}]}}]} as unknown as DocumentNode<ProjectBenefitsQuery, ProjectBenefitsQueryVariables>;
export const BenefitMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenefitMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"benefitId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<BenefitMapQuery, BenefitMapQueryVariables>;
export const CreateBenefitMapNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBenefitMapNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitMapNodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBenefitMapNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateBenefitMapNodeMutation, CreateBenefitMapNodeMutationVariables>;
export const UpdateBenefitMapNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBenefitMapNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitMapNodeUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBenefitMapNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"benefitId"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateBenefitMapNodeMutation, UpdateBenefitMapNodeMutationVariables>;
export const DeleteBenefitMapNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteBenefitMapNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBenefitMapNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteBenefitMapNodeMutation, DeleteBenefitMapNodeMutationVariables>;
export const BenefitDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenefitDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitGroupBy"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefitDashboard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedCount"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plannedKr"}},{"kind":"Field","name":{"kind":"Name","value":"realisedKr"}},{"kind":"Field","name":{"kind":"Name","value":"targetKr"}},{"kind":"Field","name":{"kind":"Name","value":"realisationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCount"}},{"kind":"Field","name":{"kind":"Name","value":"qualitativeCount"}},{"kind":"Field","name":{"kind":"Name","value":"cashable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"plannedKr"}},{"kind":"Field","name":{"kind":"Name","value":"realisedKr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nonCashable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"plannedKr"}},{"kind":"Field","name":{"kind":"Name","value":"realisedKr"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCount"}},{"kind":"Field","name":{"kind":"Name","value":"plannedKr"}},{"kind":"Field","name":{"kind":"Name","value":"realisedKr"}},{"kind":"Field","name":{"kind":"Name","value":"targetKr"}},{"kind":"Field","name":{"kind":"Name","value":"realisationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"rag"}}]}},{"kind":"Field","name":{"kind":"Name","value":"series"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"plannedKr"}},{"kind":"Field","name":{"kind":"Name","value":"realisedKr"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectsWithoutBenefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefitsWithoutOwner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"benefitsWithoutMeasurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueBenefits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"projectName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BenefitDashboardQuery, BenefitDashboardQueryVariables>;
export const GroupBenefitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GroupBenefits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"TITLE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"realisationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"varianceRag"}},{"kind":"Field","name":{"kind":"Name","value":"realisedGainKr"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GroupBenefitsQuery, GroupBenefitsQueryVariables>;
export const BenefitDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BenefitDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"benefit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}},{"kind":"Field","name":{"kind":"Name","value":"accountableUserId"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenefitActions_benefit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenefitFacts_benefit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasurementHistory_benefit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenefitActions_benefit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenefitFacts_benefit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"cashable"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"harvestingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realisationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"varianceRag"}},{"kind":"Field","name":{"kind":"Name","value":"realisedGainKr"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"realisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurementHistory_benefit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<BenefitDetailQuery, BenefitDetailQueryVariables>;
export const RecordMeasurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeasurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BenefitMeasurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"realisationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"varianceRag"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenefitFacts_benefit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BenefitActions_benefit"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeasurementHistory_benefit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenefitFacts_benefit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"cashable"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"accountable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"harvestingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"realisationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"varianceRag"}},{"kind":"Field","name":{"kind":"Name","value":"realisedGainKr"}},{"kind":"Field","name":{"kind":"Name","value":"verification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"realisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BenefitActions_benefit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeasurementHistory_benefit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Benefit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unitOfMeasure"}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"measuredOn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<RecordMeasurementMutation, RecordMeasurementMutationVariables>;
export const ContractsOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractsOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractToday"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"RETENDER_DECISION_DATE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractsTable_row"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractTimeline_row"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractsTable_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseForm"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"currentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEndWithOptions"}},{"kind":"Field","name":{"kind":"Name","value":"latestNoticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"windowClosed"}},{"kind":"Field","name":{"kind":"Name","value":"retender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTimeline_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"economyLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEndWithOptions"}},{"kind":"Field","name":{"kind":"Name","value":"latestNoticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"retender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retenderWithOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}}]}}]}}]}}]} as unknown as DocumentNode<ContractsOverviewQuery, ContractsOverviewQueryVariables>;
export const ContractDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractToday"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractFacts_contract"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractCoverage_contract"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractEditForm_contract"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeleteContractButton_contract"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceTable_invoice"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractFacts_contract"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseForm"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"irrevocableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"noticeRule"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"retenderPlan"}},{"kind":"Field","name":{"kind":"Name","value":"uptimePercent"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"changeHandling"}},{"kind":"Field","name":{"kind":"Name","value":"documentationDuties"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceRecipient"}},{"kind":"Field","name":{"kind":"Name","value":"indexationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"exercisedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"economyLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"currentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEndWithOptions"}},{"kind":"Field","name":{"kind":"Name","value":"remainingOptionMonths"}},{"kind":"Field","name":{"kind":"Name","value":"latestNoticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"earliestTerminationDate"}},{"kind":"Field","name":{"kind":"Name","value":"cappedByParent"}},{"kind":"Field","name":{"kind":"Name","value":"issues"}},{"kind":"Field","name":{"kind":"Name","value":"leadMonths"}},{"kind":"Field","name":{"kind":"Name","value":"procurementLeadMonths"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dependentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windowClosed"}},{"kind":"Field","name":{"kind":"Name","value":"retender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retenderWithOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractCoverage_contract"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coveredUsages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractEditForm_contract"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseForm"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"irrevocableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"noticeRule"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"retenderPlan"}},{"kind":"Field","name":{"kind":"Name","value":"uptimePercent"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"changeHandling"}},{"kind":"Field","name":{"kind":"Name","value":"documentationDuties"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceRecipient"}},{"kind":"Field","name":{"kind":"Name","value":"indexationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"managerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"exercisedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"economyLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveredUsages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeleteContractButton_contract"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceTable_invoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDate"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"deviation"}},{"kind":"Field","name":{"kind":"Name","value":"deviationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"tolerancePercent"}}]}}]}}]} as unknown as DocumentNode<ContractDetailQuery, ContractDetailQueryVariables>;
export const CreateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateContractMutation, CreateContractMutationVariables>;
export const DeleteContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteContractMutation, DeleteContractMutationVariables>;
export const UpdateContractDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractFacts_contract"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractCoverage_contract"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractEditForm_contract"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeleteContractButton_contract"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractsTable_row"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ContractTimeline_row"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractFacts_contract"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseForm"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"irrevocableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"noticeRule"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"retenderPlan"}},{"kind":"Field","name":{"kind":"Name","value":"uptimePercent"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"changeHandling"}},{"kind":"Field","name":{"kind":"Name","value":"documentationDuties"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceRecipient"}},{"kind":"Field","name":{"kind":"Name","value":"indexationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"predecessors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"manager"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"exercisedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"economyLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"currentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEndWithOptions"}},{"kind":"Field","name":{"kind":"Name","value":"remainingOptionMonths"}},{"kind":"Field","name":{"kind":"Name","value":"latestNoticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"earliestTerminationDate"}},{"kind":"Field","name":{"kind":"Name","value":"cappedByParent"}},{"kind":"Field","name":{"kind":"Name","value":"issues"}},{"kind":"Field","name":{"kind":"Name","value":"leadMonths"}},{"kind":"Field","name":{"kind":"Name","value":"procurementLeadMonths"}},{"kind":"Field","name":{"kind":"Name","value":"migration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dependentName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"windowClosed"}},{"kind":"Field","name":{"kind":"Name","value":"retender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retenderWithOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractCoverage_contract"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"coveredUsages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractEditForm_contract"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"contractType"}},{"kind":"Field","name":{"kind":"Name","value":"template"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseForm"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"ongoing"}},{"kind":"Field","name":{"kind":"Name","value":"irrevocableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"noticePeriodMonths"}},{"kind":"Field","name":{"kind":"Name","value":"noticeRule"}},{"kind":"Field","name":{"kind":"Name","value":"terminatedOn"}},{"kind":"Field","name":{"kind":"Name","value":"retenderPlan"}},{"kind":"Field","name":{"kind":"Name","value":"uptimePercent"}},{"kind":"Field","name":{"kind":"Name","value":"availability"}},{"kind":"Field","name":{"kind":"Name","value":"changeHandling"}},{"kind":"Field","name":{"kind":"Name","value":"documentationDuties"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceRecipient"}},{"kind":"Field","name":{"kind":"Name","value":"indexationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"supplierId"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}},{"kind":"Field","name":{"kind":"Name","value":"ownerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"managerUserId"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"exercisedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"economyLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveredUsages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeleteContractButton_contract"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractsTable_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"purchaseForm"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"currentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEndWithOptions"}},{"kind":"Field","name":{"kind":"Name","value":"latestNoticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"windowClosed"}},{"kind":"Field","name":{"kind":"Name","value":"retender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"daysLate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ContractTimeline_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"supplier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"economyLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currentEnd"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEndWithOptions"}},{"kind":"Field","name":{"kind":"Name","value":"latestNoticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"retender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"retenderWithOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateContractMutation, UpdateContractMutationVariables>;
export const RegisterInvoiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"deviation"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InvoiceTable_invoice"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InvoiceTable_invoice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Invoice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceDate"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"check"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"deviation"}},{"kind":"Field","name":{"kind":"Name","value":"deviationPercent"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"}},{"kind":"Field","name":{"kind":"Name","value":"tolerancePercent"}}]}}]}}]} as unknown as DocumentNode<RegisterInvoiceMutation, RegisterInvoiceMutationVariables>;
export const ImportInvoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importInvoicesCsv"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportInvoicesMutation, ImportInvoicesMutationVariables>;
export const StartRetenderProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartRetenderProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startRetenderProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contractId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"asIs"}}]}}]}}]} as unknown as DocumentNode<StartRetenderProposalMutation, StartRetenderProposalMutationVariables>;
export const JointTenderCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JointTenderCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"windowMonths"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointTenderCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"windowMonths"},"value":{"kind":"Variable","name":{"kind":"Name","value":"windowMonths"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"matchedOn"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDate"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"priceHidden"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tenderPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"windowStart"}},{"kind":"Field","name":{"kind":"Name","value":"windowEnd"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"contractId"}}]}}]}}]}}]} as unknown as DocumentNode<JointTenderCandidatesQuery, JointTenderCandidatesQueryVariables>;
export const CreateTenderPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTenderPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TenderPlanFromCandidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTenderPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateTenderPlanMutation, CreateTenderPlanMutationVariables>;
export const ContractFormChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractFormChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemUsages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"successorId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppliers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ContractFormChoicesQuery, ContractFormChoicesQueryVariables>;
export const CostsByUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CostsByUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"costsByUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyOperation"}},{"kind":"Field","name":{"kind":"Name","value":"acquisition"}},{"kind":"Field","name":{"kind":"Name","value":"other"}},{"kind":"Field","name":{"kind":"Name","value":"contractCount"}}]}}]}}]} as unknown as DocumentNode<CostsByUnitQuery, CostsByUnitQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const SnoozeNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SnoozeNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"snoozeNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SnoozeNotificationMutation, SnoozeNotificationMutationVariables>;
export const StandardRequirementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StandardRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"standardRequirements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StandardRequirementsQuery, StandardRequirementsQueryVariables>;
export const CreateStandardRequirementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateStandardRequirement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StandardRequirementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStandardRequirement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateStandardRequirementMutation, CreateStandardRequirementMutationVariables>;
export const UpdateStandardRequirementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateStandardRequirement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StandardRequirementUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateStandardRequirement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateStandardRequirementMutation, UpdateStandardRequirementMutationVariables>;
export const DeleteStandardRequirementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteStandardRequirement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteStandardRequirement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteStandardRequirementMutation, DeleteStandardRequirementMutationVariables>;
export const RequirementChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequirementChecklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requirementChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilled"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"requirement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<RequirementChecklistQuery, RequirementChecklistQueryVariables>;
export const AddRequirementChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRequirementChecklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRequirementChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddRequirementChecklistMutation, AddRequirementChecklistMutationVariables>;
export const UpdateRequirementCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRequirementCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequirementCheckUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRequirementCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilled"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateRequirementCheckMutation, UpdateRequirementCheckMutationVariables>;
export const CreateDataSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDataSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DataSourceCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateDataSourceMutation, CreateDataSourceMutationVariables>;
export const UpdateDataSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDataSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DataSourceUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataSourcesTable_row"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataSourceForm_source"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataSourcesTable_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamily"}},{"kind":"Field","name":{"kind":"Name","value":"copyOfId"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannel"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"uses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"usageName"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"authoritative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataSourceForm_source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamily"}},{"kind":"Field","name":{"kind":"Name","value":"copyOfId"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannel"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"costModel"}}]}}]} as unknown as DocumentNode<UpdateDataSourceMutation, UpdateDataSourceMutationVariables>;
export const DataSourcesTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DataSourcesTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataSourcesTable_row"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DataSourceForm_source"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataSourcesTable_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamily"}},{"kind":"Field","name":{"kind":"Name","value":"copyOfId"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannel"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"uses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"usageName"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"authoritative"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DataSourceForm_source"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamily"}},{"kind":"Field","name":{"kind":"Name","value":"copyOfId"}},{"kind":"Field","name":{"kind":"Name","value":"defaultChannel"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"costModel"}}]}}]} as unknown as DocumentNode<DataSourcesTableQuery, DataSourcesTableQueryVariables>;
export const InterfacesTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterfacesTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interfaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterfacesTable_row"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterfacesTable_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"dataDescription"}},{"kind":"Field","name":{"kind":"Name","value":"providerSystemName"}},{"kind":"Field","name":{"kind":"Name","value":"providerUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"usedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<InterfacesTableQuery, InterfacesTableQueryVariables>;
export const InterfaceDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InterfaceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"interface"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterfaceFacts_entry"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterfaceUsedBy_entry"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterfaceForm_entry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterfaceFacts_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"providerSystemName"}},{"kind":"Field","name":{"kind":"Name","value":"providerUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"dataDescription"}},{"kind":"Field","name":{"kind":"Name","value":"dataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterfaceUsedBy_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"usedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"fromUsageName"}},{"kind":"Field","name":{"kind":"Name","value":"toUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"toUsageName"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterfaceForm_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"dataDescription"}},{"kind":"Field","name":{"kind":"Name","value":"providerSystemId"}},{"kind":"Field","name":{"kind":"Name","value":"providerSystemName"}},{"kind":"Field","name":{"kind":"Name","value":"dataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamilies"}}]}}]} as unknown as DocumentNode<InterfaceDetailQuery, InterfaceDetailQueryVariables>;
export const CreateInterfaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInterface"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InterfaceCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInterface"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateInterfaceMutation, CreateInterfaceMutationVariables>;
export const UpdateInterfaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInterface"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InterfaceUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInterface"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterfacesTable_row"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterfaceFacts_entry"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"InterfaceForm_entry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterfacesTable_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"dataDescription"}},{"kind":"Field","name":{"kind":"Name","value":"providerSystemName"}},{"kind":"Field","name":{"kind":"Name","value":"providerUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"usedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterfaceFacts_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"providerSystemName"}},{"kind":"Field","name":{"kind":"Name","value":"providerUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"dataDescription"}},{"kind":"Field","name":{"kind":"Name","value":"dataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"visibility"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganisationId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InterfaceForm_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Interface"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"dataDescription"}},{"kind":"Field","name":{"kind":"Name","value":"providerSystemId"}},{"kind":"Field","name":{"kind":"Name","value":"providerSystemName"}},{"kind":"Field","name":{"kind":"Name","value":"dataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamilies"}}]}}]} as unknown as DocumentNode<UpdateInterfaceMutation, UpdateInterfaceMutationVariables>;
export const DeleteInterfaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteInterface"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteInterface"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteInterfaceMutation, DeleteInterfaceMutationVariables>;
export const ProviderCatalogueSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProviderCatalogueSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itSystems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]} as unknown as DocumentNode<ProviderCatalogueSearchQuery, ProviderCatalogueSearchQueryVariables>;
export const LandscapeGraphDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LandscapeGraph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"landscapeGraph"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"subKind"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamily"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"hasLifecycleConflict"}},{"kind":"Field","name":{"kind":"Name","value":"taskAreas"}},{"kind":"Field","name":{"kind":"Name","value":"contractStatus"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceName"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"authoritative"}},{"kind":"Field","name":{"kind":"Name","value":"dataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamilies"}}]}}]}}]}}]} as unknown as DocumentNode<LandscapeGraphQuery, LandscapeGraphQueryVariables>;
export const ImpactAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpactAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LandscapeNodeKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impactAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"certainCount"}},{"kind":"Field","name":{"kind":"Name","value":"possibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"usages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"certainty"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"via"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"dataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"unknownData"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"usageCount"}},{"kind":"Field","name":{"kind":"Name","value":"possibleUsageCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEnd"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDate"}},{"kind":"Field","name":{"kind":"Name","value":"usageIds"}},{"kind":"Field","name":{"kind":"Name","value":"possibleUsageIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"usageIds"}},{"kind":"Field","name":{"kind":"Name","value":"possibleUsageIds"}}]}}]}}]}}]} as unknown as DocumentNode<ImpactAnalysisQuery, ImpactAnalysisQueryVariables>;
export const NeighbourhoodDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rootId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"hops"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxNodes"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"rootId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rootId"}}},{"kind":"Argument","name":{"kind":"Name","value":"hops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"hops"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxNodes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxNodes"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rootId"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"subKind"}},{"kind":"Field","name":{"kind":"Name","value":"hops"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceName"}}]}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const CopyRegisterExitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CopyRegisterExit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"copyRegisterExit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalYearlySaving"}},{"kind":"Field","name":{"kind":"Name","value":"totalSwitchingCost"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edgeId"}},{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"usageName"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceName"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"switchingCost"}},{"kind":"Field","name":{"kind":"Name","value":"alternative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEnd"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"savingUntilContractEnd"}},{"kind":"Field","name":{"kind":"Name","value":"recommendation"}},{"kind":"Field","name":{"kind":"Name","value":"recommendedSwitchDate"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSwitchDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edgeId"}},{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"switchDate"}},{"kind":"Field","name":{"kind":"Name","value":"dateSource"}},{"kind":"Field","name":{"kind":"Name","value":"yearlySaving"}}]}}]}}]}}]} as unknown as DocumentNode<CopyRegisterExitQuery, CopyRegisterExitQueryVariables>;
export const OverlapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Overlaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overlaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"horizonMonths"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilityId"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CapabilityOverlapCard_overlap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceName"}},{"kind":"Field","name":{"kind":"Name","value":"sharedCapabilities"}},{"kind":"Field","name":{"kind":"Name","value":"totalYearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"duplicatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"buyers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlapAcceptances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverlapHistory_acceptance"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CapabilityOverlapCard_overlap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CapabilityOverlapView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilityId"}},{"kind":"Field","name":{"kind":"Name","value":"capability"}},{"kind":"Field","name":{"kind":"Name","value":"combinedYearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"usages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consolidations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survivorUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"yearlySaving"}},{"kind":"Field","name":{"kind":"Name","value":"migrationCost"}},{"kind":"Field","name":{"kind":"Name","value":"fullSavingFrom"}},{"kind":"Field","name":{"kind":"Name","value":"horizonEnd"}},{"kind":"Field","name":{"kind":"Name","value":"netSaving"}},{"kind":"Field","name":{"kind":"Name","value":"retired"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"migrationCost"}},{"kind":"Field","name":{"kind":"Name","value":"savingFrom"}},{"kind":"Field","name":{"kind":"Name","value":"savedWithinHorizon"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapHistory_acceptance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapAcceptance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityName"}},{"kind":"Field","name":{"kind":"Name","value":"usageNames"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<OverlapsQuery, OverlapsQueryVariables>;
export const AcceptOverlapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptOverlap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapAcceptInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptOverlap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverlapHistory_acceptance"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapHistory_acceptance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapAcceptance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityName"}},{"kind":"Field","name":{"kind":"Name","value":"usageNames"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<AcceptOverlapMutation, AcceptOverlapMutationVariables>;
export const ReopenOverlapAcceptanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenOverlapAcceptance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenOverlapAcceptance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OverlapHistory_acceptance"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OverlapHistory_acceptance"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapAcceptance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityName"}},{"kind":"Field","name":{"kind":"Name","value":"usageNames"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"acceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reopenReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<ReopenOverlapAcceptanceMutation, ReopenOverlapAcceptanceMutationVariables>;
export const LifecycleConflictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LifecycleConflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycleConflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"usageName"}},{"kind":"Field","name":{"kind":"Name","value":"usageEnd"}},{"kind":"Field","name":{"kind":"Name","value":"dependencyId"}},{"kind":"Field","name":{"kind":"Name","value":"dependencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"dependencyName"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dependencyEnd"}}]}}]}}]} as unknown as DocumentNode<LifecycleConflictsQuery, LifecycleConflictsQueryVariables>;
export const MaturityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Maturity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maturity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"achievedStep"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaturitySteps_step"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MaturityHistory_entry"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MissingForNext_maturity"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SelfAssessmentForm_maturity"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaturitySteps_step"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaturityStepResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"achieved"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MaturityHistory_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MaturityHistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedAt"}},{"kind":"Field","name":{"kind":"Name","value":"achievedStep"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"assessedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MissingForNext_maturity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Maturity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"achievedStep"}},{"kind":"Field","name":{"kind":"Name","value":"missingForNext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SelfAssessmentForm_maturity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Maturity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"selfAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"yes"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<MaturityQuery, MaturityQueryVariables>;
export const RecordMaturityAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMaturityAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MaturityAssessmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMaturityAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"achievedStep"}}]}}]}}]} as unknown as DocumentNode<RecordMaturityAssessmentMutation, RecordMaturityAssessmentMutationVariables>;
export const PortfolioProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectsTable_row"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectPhases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectsTable_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"ageDays"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}}]}}]}}]} as unknown as DocumentNode<PortfolioProjectsQuery, PortfolioProjectsQueryVariables>;
export const PortfolioBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolioBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scenarioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarioId"}},{"kind":"Field","name":{"kind":"Name","value":"capacityLineIndex"}},{"kind":"Field","name":{"kind":"Name","value":"divergenceThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fits"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardRow_entry"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardRow_entry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioBoardEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}},{"kind":"Field","name":{"kind":"Name","value":"scorePosition"}},{"kind":"Field","name":{"kind":"Name","value":"divergence"}},{"kind":"Field","name":{"kind":"Name","value":"divergent"}},{"kind":"Field","name":{"kind":"Name","value":"firstShortfall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"competencyName"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"shortfallHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeCriticality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PortfolioBoardQuery, PortfolioBoardQueryVariables>;
export const ReorderProjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beforeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"beforeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beforeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rankKey"}}]}}]}}]} as unknown as DocumentNode<ReorderProjectMutation, ReorderProjectMutationVariables>;
export const PortfolioScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortfolioScenarios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"portfolioScenarios"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioBar_scenario"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioBar_scenario"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioScenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}}]} as unknown as DocumentNode<PortfolioScenariosQuery, PortfolioScenariosQueryVariables>;
export const CreateScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioBar_scenario"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioBar_scenario"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioScenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}}]} as unknown as DocumentNode<CreateScenarioMutation, CreateScenarioMutationVariables>;
export const ReorderInScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderInScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beforeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"afterId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderInScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scenarioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}}},{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"beforeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beforeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"afterId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"afterId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReorderInScenarioMutation, ReorderInScenarioMutationVariables>;
export const ApproveScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scenarioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioBar_scenario"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioBar_scenario"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PortfolioScenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}}]} as unknown as DocumentNode<ApproveScenarioMutation, ApproveScenarioMutationVariables>;
export const PrioritisationModelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrioritisationModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prioritisationModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaEditor_criterion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoriesEditor_category"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardCategoryFilter_category"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaEditor_criterion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CategoriesEditor_category"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCategoryFilter_category"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<PrioritisationModelQuery, PrioritisationModelQueryVariables>;
export const CreateCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CriterionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaEditor_criterion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaEditor_criterion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}}]}}]} as unknown as DocumentNode<CreateCriterionMutation, CreateCriterionMutationVariables>;
export const UpdateCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CriterionUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CriteriaEditor_criterion"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectPrioritisation_criterion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CriteriaEditor_criterion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectPrioritisation_criterion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}}]}}]} as unknown as DocumentNode<UpdateCriterionMutation, UpdateCriterionMutationVariables>;
export const DeleteCriterionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCriterion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCriterion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteCriterionMutation, DeleteCriterionMutationVariables>;
export const CreateCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoriesEditor_category"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardCategoryFilter_category"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CategoriesEditor_category"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCategoryFilter_category"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<CreateCategoryMutation, CreateCategoryMutationVariables>;
export const UpdateCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CategoryUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CategoriesEditor_category"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardCategoryFilter_category"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectPrioritisation_category"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CategoriesEditor_category"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardCategoryFilter_category"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectPrioritisation_category"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<UpdateCategoryMutation, UpdateCategoryMutationVariables>;
export const DeleteCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteCategoryMutation, DeleteCategoryMutationVariables>;
export const ProjectPrioritisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectPrioritisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectPrioritisation_project"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prioritisationModel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectPrioritisation_criterion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectPrioritisation_category"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectPrioritisation_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectPrioritisation_criterion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Criterion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"mandatory"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectPrioritisation_category"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Category"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ProjectPrioritisationQuery, ProjectPrioritisationQueryVariables>;
export const SetCriterionScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCriterionScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CriterionScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCriterionScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetCriterionScoreMutation, SetCriterionScoreMutationVariables>;
export const SetProjectCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetProjectCategories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectCategoriesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setProjectCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectPrioritisation_project"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectPrioritisation_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetProjectCategoriesMutation, SetProjectCategoriesMutationVariables>;
export const ProjectOverlapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectOverlaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"projectOverlaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SynergyOverview_overlap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectPhases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SynergyOverview_overlap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectOverlap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProjectOverlapsQuery, ProjectOverlapsQueryVariables>;
export const RelatedProjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelatedProjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relatedProjects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelatedProjects_related"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelatedProjects_related"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RelatedProject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedSystems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedCapabilities"}}]}}]} as unknown as DocumentNode<RelatedProjectsQuery, RelatedProjectsQueryVariables>;
export const BoardAgendaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardAgenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boardAgenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awaitingCouncil"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItem_proposal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AgendaItem_proposal"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AgendaItem_proposal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Proposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"asIs"}},{"kind":"Field","name":{"kind":"Name","value":"toBe"}},{"kind":"Field","name":{"kind":"Name","value":"resourcesNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BoardAgendaQuery, BoardAgendaQueryVariables>;
export const SubmitProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}}]}}]}}]} as unknown as DocumentNode<SubmitProposalMutation, SubmitProposalMutationVariables>;
export const PrequalifyProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PrequalifyProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"prequalifyProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PrequalifyProposalMutation, PrequalifyProposalMutationVariables>;
export const ReturnProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReturnProposalMutation, ReturnProposalMutationVariables>;
export const ApproveProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ApproveProposalMutation, ApproveProposalMutationVariables>;
export const RejectProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RejectProposalMutation, RejectProposalMutationVariables>;
export const DeferProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeferProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deferProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DeferProposalMutation, DeferProposalMutationVariables>;
export const ProposalFormOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalFormOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProposalForm_strategy"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProposalForm_strategy"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Strategy"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ProposalFormOptionsQuery, ProposalFormOptionsQueryVariables>;
export const ProjectRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"statusReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"ragTime"}},{"kind":"Field","name":{"kind":"Name","value":"ragCost"}},{"kind":"Field","name":{"kind":"Name","value":"ragQuality"}},{"kind":"Field","name":{"kind":"Name","value":"ragScope"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"risks"}},{"kind":"Field","name":{"kind":"Name","value":"nextSteps"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"artefacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"providedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ProjectRecordsQuery, ProjectRecordsQueryVariables>;
export const FileStatusReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileStatusReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatusReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileStatusReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}}]}}]}}]} as unknown as DocumentNode<FileStatusReportMutation, FileStatusReportMutationVariables>;
export const SaveBusinessCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveBusinessCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lines"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BusinessCaseLineInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveBusinessCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lines"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<SaveBusinessCaseMutation, SaveBusinessCaseMutationVariables>;
export const SaveProjectArtefactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveProjectArtefact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArtefactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveProjectArtefact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"providedAt"}}]}}]}}]} as unknown as DocumentNode<SaveProjectArtefactMutation, SaveProjectArtefactMutationVariables>;
export const ProjectDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GatePanel_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArtefactsSection_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectFacts_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StatusReportsSection_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"BusinessCaseEditor_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectHistory_project"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projectPhases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requiredArtefacts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GatePanel_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"gate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextPhase"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArtefactsSection_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectFacts_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StatusReportsSection_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BusinessCaseEditor_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"businessCase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectHistory_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectDetailQuery, ProjectDetailQueryVariables>;
export const PassGateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PassGate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toPhase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passGate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toPhase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toPhase"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GatePanel_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ArtefactsSection_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectFacts_project"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProjectHistory_project"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GatePanel_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"gate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nextPhase"}},{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ArtefactsSection_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectFacts_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"benefitCount"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"systems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"usageId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latestStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"overall"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProjectHistory_project"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"phaseHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"enteredAt"}},{"kind":"Field","name":{"kind":"Name","value":"leftAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PassGateMutation, PassGateMutationVariables>;
export const ResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contractToday"}},{"kind":"Field","name":{"kind":"Name","value":"people"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeoplePanel_person"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationsPanel_person"}}]}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetenciesPanel_competency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeoplePanel_competency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationsPanel_competency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandPanel_competency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeoplePanel_unit"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeoplePanel_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyCapacityHours"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationsPanel_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetenciesPanel_competency"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeoplePanel_competency"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationsPanel_competency"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandPanel_competency"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeoplePanel_unit"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Unit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<ResourcesQuery, ResourcesQueryVariables>;
export const ResourceAllocationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ResourceAllocations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quarters"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"quarters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quarters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationsPanel_allocation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROPOSED"},{"kind":"EnumValue","value":"ACTIVE"},{"kind":"EnumValue","value":"ON_HOLD"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationsPanel_allocation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"competencyId"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}}]} as unknown as DocumentNode<ResourceAllocationsQuery, ResourceAllocationsQueryVariables>;
export const ProjectDemandsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDemands"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"project"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"demands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandPanel_demand"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandPanel_demand"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceDemand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"competencyId"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}}]} as unknown as DocumentNode<ProjectDemandsQuery, ProjectDemandsQueryVariables>;
export const CreateCompetencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCompetency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCompetency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetenciesPanel_competency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetenciesPanel_competency"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<CreateCompetencyMutation, CreateCompetencyMutationVariables>;
export const UpdateCompetencyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCompetency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCompetency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CompetenciesPanel_competency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeoplePanel_competency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationsPanel_competency"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandPanel_competency"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CompetenciesPanel_competency"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeoplePanel_competency"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationsPanel_competency"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandPanel_competency"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Competency"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]} as unknown as DocumentNode<UpdateCompetencyMutation, UpdateCompetencyMutationVariables>;
export const CreatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeoplePanel_person"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationsPanel_person"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeoplePanel_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyCapacityHours"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationsPanel_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreatePersonMutation, CreatePersonMutationVariables>;
export const UpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"PeoplePanel_person"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationsPanel_person"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PeoplePanel_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"userId"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyCapacityHours"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationsPanel_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"competencies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const DeletePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeletePersonMutation, DeletePersonMutationVariables>;
export const CreateAllocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationsPanel_allocation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationsPanel_allocation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"competencyId"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}}]} as unknown as DocumentNode<CreateAllocationMutation, CreateAllocationMutationVariables>;
export const UpdateAllocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocationUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationsPanel_allocation"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationsPanel_allocation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Allocation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"personId"}},{"kind":"Field","name":{"kind":"Name","value":"projectId"}},{"kind":"Field","name":{"kind":"Name","value":"competencyId"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}}]} as unknown as DocumentNode<UpdateAllocationMutation, UpdateAllocationMutationVariables>;
export const DeleteAllocationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteAllocationMutation, DeleteAllocationMutationVariables>;
export const SetResourceDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetResourceDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceDemandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setResourceDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DemandPanel_demand"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DemandPanel_demand"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceDemand"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"competencyId"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"hoursPerWeek"}}]}}]} as unknown as DocumentNode<SetResourceDemandMutation, SetResourceDemandMutationVariables>;
export const AllocationHeatmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllocationHeatmap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocationHeatmap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quarters"}},{"kind":"Field","name":{"kind":"Name","value":"byCompetency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceHeatmap_cell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceHeatmap_cell"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceHeatmap_cell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HeatmapCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"quarter"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedHours"}},{"kind":"Field","name":{"kind":"Name","value":"availableHours"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<AllocationHeatmapQuery, AllocationHeatmapQueryVariables>;
export const CatalogueSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogueSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itSystems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogueSearchQuery, CatalogueSearchQueryVariables>;
export const CreateItSystemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateItSystem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ItSystemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createItSystem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateItSystemMutation, CreateItSystemMutationVariables>;
export const CreateSystemUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSystemUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUsageCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSystemUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateSystemUsageMutation, CreateSystemUsageMutationVariables>;
export const UpdateUsageDataSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUsageDataSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageDataSourceUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUsageDataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemRelations_dataSource"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditDataSourceEdgeForm_edge"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemRelations_dataSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageDataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceName"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"authoritative"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditDataSourceEdgeForm_edge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageDataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"authoritative"}},{"kind":"Field","name":{"kind":"Name","value":"plannedTargetSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSwitchDate"}},{"kind":"Field","name":{"kind":"Name","value":"dataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamilies"}}]}}]} as unknown as DocumentNode<UpdateUsageDataSourceMutation, UpdateUsageDataSourceMutationVariables>;
export const UpdateIntegrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateIntegration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegrationUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemRelations_integration"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditIntegrationForm_integration"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemRelations_integration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"fromUsageName"}},{"kind":"Field","name":{"kind":"Name","value":"toUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"toUsageName"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceId"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceName"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditIntegrationForm_integration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"migrationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"dataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceDataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceRegisterFamilies"}}]}}]} as unknown as DocumentNode<UpdateIntegrationMutation, UpdateIntegrationMutationVariables>;
export const SystemsTableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemsTable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemUsages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemsTable_row"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemsTable_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"hosting"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"taskAreas"}},{"kind":"Field","name":{"kind":"Name","value":"inUseUntil"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"dataYearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveringContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleConflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependencyId"}}]}}]}}]} as unknown as DocumentNode<SystemsTableQuery, SystemsTableQueryVariables>;
export const SystemDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"systemUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemFacts_usage"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemRelations_usage"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemEdgeEditor_usage"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemWorkflows_usage"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemEditForm_usage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemRelations_dataSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageDataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceName"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"authoritative"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemRelations_integration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"fromUsageName"}},{"kind":"Field","name":{"kind":"Name","value":"toUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"toUsageName"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceId"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceName"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditDataSourceEdgeForm_edge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageDataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceName"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"authoritative"}},{"kind":"Field","name":{"kind":"Name","value":"plannedTargetSourceId"}},{"kind":"Field","name":{"kind":"Name","value":"plannedSwitchDate"}},{"kind":"Field","name":{"kind":"Name","value":"dataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamilies"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EditIntegrationForm_integration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"frequency"}},{"kind":"Field","name":{"kind":"Name","value":"migrationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"dataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"registerFamilies"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceDataTypes"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceRegisterFamilies"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemFacts_usage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"custodian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inUseFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inUseUntil"}},{"kind":"Field","name":{"kind":"Name","value":"hosting"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"taskAreas"}},{"kind":"Field","name":{"kind":"Name","value":"usesServicePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"usesSupportSystems"}},{"kind":"Field","name":{"kind":"Name","value":"standardsMet"}},{"kind":"Field","name":{"kind":"Name","value":"architectureFitNote"}},{"kind":"Field","name":{"kind":"Name","value":"asIs"}},{"kind":"Field","name":{"kind":"Name","value":"toBe"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"dataYearlyCost"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemRelations_usage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemRelations_dataSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationsOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemRelations_integration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationsIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemRelations_integration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveringContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEnd"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleConflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependencyId"}},{"kind":"Field","name":{"kind":"Name","value":"dependencyName"}},{"kind":"Field","name":{"kind":"Name","value":"dependencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dependencyEnd"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemEdgeEditor_usage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditDataSourceEdgeForm_edge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationsOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"toUsageName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditIntegrationForm_integration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationsIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromUsageName"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EditIntegrationForm_integration"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemWorkflows_usage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"workflows"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemEditForm_usage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"localName"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"custodian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inUseFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inUseUntil"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"Field","name":{"kind":"Name","value":"migrationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityIds"}},{"kind":"Field","name":{"kind":"Name","value":"switchingCost"}},{"kind":"Field","name":{"kind":"Name","value":"architectureFitNote"}},{"kind":"Field","name":{"kind":"Name","value":"asIs"}},{"kind":"Field","name":{"kind":"Name","value":"toBe"}},{"kind":"Field","name":{"kind":"Name","value":"workflows"}}]}}]} as unknown as DocumentNode<SystemDetailQuery, SystemDetailQueryVariables>;
export const SystemEditOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SystemEditOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SystemEditOptionsQuery, SystemEditOptionsQueryVariables>;
export const UpdateSystemUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSystemUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUsageUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSystemUsage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemsTable_row"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemFacts_usage"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemRelations_usage"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemWorkflows_usage"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemEditForm_usage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemRelations_dataSource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UsageDataSource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceName"}},{"kind":"Field","name":{"kind":"Name","value":"dataSourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"access"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"authoritative"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemRelations_integration"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Integration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"fromUsageName"}},{"kind":"Field","name":{"kind":"Name","value":"toUsageId"}},{"kind":"Field","name":{"kind":"Name","value":"toUsageName"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceId"}},{"kind":"Field","name":{"kind":"Name","value":"interfaceName"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemsTable_row"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"hosting"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"taskAreas"}},{"kind":"Field","name":{"kind":"Name","value":"inUseUntil"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"dataYearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveringContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEnd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleConflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependencyId"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemFacts_usage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"system"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"custodian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inUseFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inUseUntil"}},{"kind":"Field","name":{"kind":"Name","value":"hosting"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"taskAreas"}},{"kind":"Field","name":{"kind":"Name","value":"usesServicePlatform"}},{"kind":"Field","name":{"kind":"Name","value":"usesSupportSystems"}},{"kind":"Field","name":{"kind":"Name","value":"standardsMet"}},{"kind":"Field","name":{"kind":"Name","value":"architectureFitNote"}},{"kind":"Field","name":{"kind":"Name","value":"asIs"}},{"kind":"Field","name":{"kind":"Name","value":"toBe"}},{"kind":"Field","name":{"kind":"Name","value":"yearlyCost"}},{"kind":"Field","name":{"kind":"Name","value":"dataYearlyCost"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemRelations_usage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemRelations_dataSource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationsOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemRelations_integration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"integrationsIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SystemRelations_integration"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coveringContracts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validity"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveEnd"}},{"kind":"Field","name":{"kind":"Name","value":"noticeDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifecycleConflicts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dependencyId"}},{"kind":"Field","name":{"kind":"Name","value":"dependencyName"}},{"kind":"Field","name":{"kind":"Name","value":"dependencyKind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"dependencyEnd"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemWorkflows_usage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"workflows"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SystemEditForm_usage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SystemUsage"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"localName"}},{"kind":"Field","name":{"kind":"Name","value":"lifecycle"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"custodian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inUseFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inUseUntil"}},{"kind":"Field","name":{"kind":"Name","value":"userCount"}},{"kind":"Field","name":{"kind":"Name","value":"migrationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"capabilityIds"}},{"kind":"Field","name":{"kind":"Name","value":"switchingCost"}},{"kind":"Field","name":{"kind":"Name","value":"architectureFitNote"}},{"kind":"Field","name":{"kind":"Name","value":"asIs"}},{"kind":"Field","name":{"kind":"Name","value":"toBe"}},{"kind":"Field","name":{"kind":"Name","value":"workflows"}}]}}]} as unknown as DocumentNode<UpdateSystemUsageMutation, UpdateSystemUsageMutationVariables>;
export const EdgeOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EdgeOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"systemUsages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interfaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EdgeOptionsQuery, EdgeOptionsQueryVariables>;
export const CreateUsageDataSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUsageDataSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UsageDataSourceCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUsageDataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateUsageDataSourceMutation, CreateUsageDataSourceMutationVariables>;
export const DeleteUsageDataSourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteUsageDataSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUsageDataSource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteUsageDataSourceMutation, DeleteUsageDataSourceMutationVariables>;
export const CreateIntegrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateIntegration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegrationCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateIntegrationMutation, CreateIntegrationMutationVariables>;
export const DeleteIntegrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteIntegration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteIntegration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteIntegrationMutation, DeleteIntegrationMutationVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SavedViewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedViews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tableKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"savedViews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tableKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tableKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedViewsControl_view"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedViewsControl_view"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"config"}},{"kind":"Field","name":{"kind":"Name","value":"organisationDefault"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]} as unknown as DocumentNode<SavedViewsQuery, SavedViewsQueryVariables>;
export const SaveViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavedViewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveViewMutation, SaveViewMutationVariables>;
export const UpdateSavedViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSavedView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SavedViewUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSavedView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedViewsControl_view"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedViewsControl_view"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"config"}},{"kind":"Field","name":{"kind":"Name","value":"organisationDefault"}},{"kind":"Field","name":{"kind":"Name","value":"editable"}}]}}]} as unknown as DocumentNode<UpdateSavedViewMutation, UpdateSavedViewMutationVariables>;
export const DeleteSavedViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteSavedView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSavedView"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}]}]}}]} as unknown as DocumentNode<DeleteSavedViewMutation, DeleteSavedViewMutationVariables>;