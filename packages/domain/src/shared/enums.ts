import { API_TOKEN_SCOPES } from '../api-token/api-token';
import { BENEFIT_MAP_KINDS } from '../benefit/map';
import { SIGN_IN_PROVIDER_KINDS } from '../single-sign-on/sign-in-provider';
import { ROLES } from './roles';

/**
 * Every enum's values, once (ADR 0014). The web app's option lists and the shared zod schemas read
 * them from here; the database schema declares the same enums, and an API test fails when the two
 * differ, so a value added in one place cannot silently be missing in the other. Order is the
 * order a user is offered the values in.
 */
export const ORGANISATION_TYPES = ['MUNICIPALITY', 'COLLABORATION', 'SUPPLIER', 'OTHER_PUBLIC_BODY'] as const;
export const SHARE_SCOPES = [
  'SYSTEM_USAGES',
  'CONTRACTS',
  'CONTRACT_PRICES',
  'PROJECTS',
  'BENEFITS',
  'PEOPLE',
  'TENDER_PLANS',
] as const;
export const VISIBILITIES = ['LOCAL', 'SHARED'] as const;
export const LIFECYCLES = ['PLANNED', 'IN_USE', 'PHASING_OUT', 'RETIRED'] as const;
export const DATA_SOURCE_KINDS = ['BASE_REGISTER', 'COPY_REGISTER', 'INTERNAL', 'EXTERNAL'] as const;
export const CHANNELS = ['SERVICEPLATFORMEN', 'DATAFORDELEREN', 'DIRECT', 'FILE_TRANSFER', 'OTHER'] as const;
export const INFRASTRUCTURE_KINDS = [
  'SUPPORT_SYSTEM',
  'SERVICE_PLATFORM',
  'IDENTITY',
  'HOSTING',
  'NETWORK',
  'OTHER',
] as const;
export const HOSTINGS = ['ON_PREMISE', 'SUPPLIER_HOSTED', 'CLOUD', 'SAAS', 'UNKNOWN'] as const;
export const ACCESSES = ['READ', 'WRITE', 'READ_WRITE'] as const;
export const INTEGRATION_DIRECTIONS = ['ONE_WAY', 'BIDIRECTIONAL'] as const;
export const PURCHASE_FORMS = [
  'EU_TENDER',
  'MINI_TENDER',
  'DIRECT_AWARD',
  'FRAMEWORK_CALL_OFF',
  'OTHER',
] as const;
export const CRITICALITIES = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const;
export const NOTICE_RULES = ['RUNNING', 'END_OF_MONTH', 'END_OF_QUARTER', 'END_OF_YEAR'] as const;
export const ECONOMY_KINDS = ['ACQUISITION', 'YEARLY_OPERATION', 'OTHER'] as const;
export const PROJECT_STATUSES = ['PROPOSED', 'ACTIVE', 'ON_HOLD', 'CLOSED', 'REJECTED'] as const;
export const RAGS = ['GREEN', 'AMBER', 'RED'] as const;
/** The board's decisions on a running project (packages/domain/src/portfolio/project-lifecycle.ts). */
export const PROJECT_LIFECYCLE_ACTIONS = ['PAUSE', 'RESUME', 'STOP'] as const;
/** Roles on a project's team besides its owner and lead. */
export const PROJECT_TEAM_ROLES = ['CUSTODIAN', 'SUPER_USER', 'STEERING_GROUP'] as const;
/** In the order a project produces them, from the idea to the closing report. */
export const ARTEFACT_KINDS = [
  'IDEA_DESCRIPTION',
  'BUSINESS_CASE',
  'BENEFIT_MAP',
  'RISK_ASSESSMENT',
  'RESOURCE_PLAN',
  'IMPLEMENTATION_PLAN',
  'BENEFIT_REALISATION_PLAN',
  'OPERATIONS_HANDOVER',
  'CLOSING_REPORT',
] as const;
export const PROPOSAL_STATUSES = [
  'DRAFT',
  'SUBMITTED',
  'PREQUALIFIED',
  'RETURNED',
  'APPROVED',
  'REJECTED',
  'DEFERRED',
] as const;
export const DECISION_STAGES = ['COUNCIL', 'BOARD'] as const;
export const BUSINESS_CASE_KINDS = [
  'ONE_OFF_COST',
  'YEARLY_COST',
  'ONE_OFF_BENEFIT',
  'YEARLY_BENEFIT',
] as const;
export const SCORE_DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;
export const BENEFIT_TYPES = ['ECONOMIC_KR', 'ECONOMIC_FTE', 'QUALITATIVE', 'DISBENEFIT'] as const;
/** A saving usually falls, so the form offers DECREASE first. */
export const BENEFIT_DIRECTIONS = ['DECREASE', 'INCREASE'] as const;
export const VERIFICATION_KINDS = [
  'NONE',
  'USAGE_RETIRED',
  'CONTRACT_ENDED',
  'COPY_REGISTER_REPLACED',
] as const;

/** KITOS data types: Person, Virksomhed, Sag, Dokument, Organisation, Klassifikation, Ejendom, GIS, Andet. */
export const DATA_TYPES = [
  'PERSON',
  'COMPANY',
  'CASE',
  'DOCUMENT',
  'ORGANISATION',
  'CLASSIFICATION',
  'PROPERTY',
  'GIS',
  'OTHER',
] as const;
/**
 * Base-register families data can derive from: persons, companies, buildings, addresses, cadastre,
 * ownership, property valuation, income (eIndkomst), administrative geography, topography.
 */
export const REGISTER_FAMILIES = [
  'CPR',
  'CVR',
  'BBR',
  'DAR',
  'MATRIKEL',
  'EJF',
  'VUR',
  'INCOME',
  'DAGI',
  'GEODANMARK',
] as const;
/**
 * KITOS business types (Forretningstype) of a catalogue entry: the KITOS seed values a municipality
 * meets most, plus communication (SMS, Digital Post) and "other" for the rest.
 */
export const BUSINESS_TYPES = [
  'CASE_AND_DOCUMENT_MANAGEMENT',
  'CASE_HANDLING',
  'FINANCE_AND_PAYMENT',
  'PAYROLL_AND_HR',
  'BUSINESS_INTELLIGENCE',
  'MASTER_DATA',
  'GIS',
  'SELF_SERVICE',
  'IDENTITY_AND_ACCESS',
  'COMMUNICATION',
  'ADMINISTRATIVE',
  'OTHER',
] as const;
export type BusinessType = (typeof BUSINESS_TYPES)[number];
/** What an external reference can be kept on. */
export const REFERENCE_SUBJECTS = ['SYSTEM_USAGE', 'DATA_SOURCE', 'CONTRACT', 'PROJECT', 'BENEFIT'] as const;
/** All enums by their schema name, for the check against the database schema. */
/** What a one-time link is for; each has its own lifetime (`ONE_TIME_LINK_HOURS`). */
export const ONE_TIME_TOKEN_PURPOSES = ['INVITE', 'PASSWORD_RESET', 'FIRST_SIGN_IN'] as const;
export type OneTimeTokenPurpose = (typeof ONE_TIME_TOKEN_PURPOSES)[number];

export const ENUM_VALUES = {
  Role: ROLES,
  OrganisationType: ORGANISATION_TYPES,
  ShareScope: SHARE_SCOPES,
  Visibility: VISIBILITIES,
  Lifecycle: LIFECYCLES,
  DataSourceKind: DATA_SOURCE_KINDS,
  Channel: CHANNELS,
  InfrastructureKind: INFRASTRUCTURE_KINDS,
  Hosting: HOSTINGS,
  Access: ACCESSES,
  Direction: INTEGRATION_DIRECTIONS,
  PurchaseForm: PURCHASE_FORMS,
  Criticality: CRITICALITIES,
  NoticeRule: NOTICE_RULES,
  EconomyKind: ECONOMY_KINDS,
  ProjectStatus: PROJECT_STATUSES,
  Rag: RAGS,
  ArtefactKind: ARTEFACT_KINDS,
  ProposalStatus: PROPOSAL_STATUSES,
  DecisionStage: DECISION_STAGES,
  BusinessCaseKind: BUSINESS_CASE_KINDS,
  ScoreDirection: SCORE_DIRECTIONS,
  BenefitType: BENEFIT_TYPES,
  BenefitDirection: BENEFIT_DIRECTIONS,
  VerificationKind: VERIFICATION_KINDS,
  BenefitMapKind: BENEFIT_MAP_KINDS,
  DataType: DATA_TYPES,
  RegisterFamily: REGISTER_FAMILIES,
  ReferenceSubject: REFERENCE_SUBJECTS,
  OneTimeTokenPurpose: ONE_TIME_TOKEN_PURPOSES,
  BusinessType: BUSINESS_TYPES,
  ApiTokenScope: API_TOKEN_SCOPES,
  SignInProviderKind: SIGN_IN_PROVIDER_KINDS,
  ProjectLifecycleAction: PROJECT_LIFECYCLE_ACTIONS,
  ProjectTeamRole: PROJECT_TEAM_ROLES,
} as const satisfies Record<string, readonly string[]>;

export type VerificationKind = (typeof VERIFICATION_KINDS)[number];
export type Criticality = (typeof CRITICALITIES)[number];
export type EconomyKind = (typeof ECONOMY_KINDS)[number];
