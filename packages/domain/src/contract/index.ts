// Public rules of the contract area.
export type {
  ContractDates,
  ContractIssue,
  ContractOptionTerm,
  ContractParentDates,
  ContractTerms,
  ContractValidity,
  NoticeRule,
  PurchaseForm,
} from './contract.types';
export {
  lastDayOfTerm,
  latestNoticeDateFor,
  noticeEffectiveDate,
  roundUpToNoticeRule,
} from './contract-calendar';
export { computeContractDates } from './contract-dates';
export { invoiceFields, type InvoiceFields } from './invoice.schema';
export { requirementCheckFields, standardRequirementFields } from './standard-requirement.schema';
export { DEFAULT_PROCUREMENT_LEAD_MONTHS, retenderDecisionDate } from './retender-decision';
export type {
  RetenderDecision,
  RetenderDecisionPoint,
  RetenderOptions,
  RetenderReason,
} from './retender-decision';
export { contractAlertDedupeKey, evaluateContractAlerts } from './contract-alerts';
export type {
  ContractAlertInput,
  ContractAlertKind,
  ContractAlertSettings,
  ContractNotice,
} from './contract-alerts';
export { checkInvoice } from './invoice-check';
export type { ContractPrice, InvoiceCheck, InvoiceForCheck } from './invoice-check';
export { findJointTenderCandidates } from './joint-tender';
export type { JointTenderCandidate, JointTenderContract, JointTenderMatch } from './joint-tender';
export { contractMigrationMonths, contractMigrationTime } from './contract-migration';
export { contractTreeDates, scheduleContractTree } from './contract-schedule';
export type {
  ContractSchedule,
  ContractScheduleSettings,
  ContractTreeNode,
  ScheduledContractInput,
  ScheduleMigrationFacts,
} from './contract-schedule';
export type {
  ContractMigration,
  MigrationDependent,
  MigrationDependentKind,
  MigrationSource,
  MigrationSummary,
} from './contract-migration';
export { costsByUnit, rollUpDataSourceCosts, rollUpYearlyCosts } from './cost-roll-up';
export type {
  ContractCostKind,
  ContractCostLine,
  ContractCoverageLink,
  DataSourceCostEdge,
  UnitCosts,
  YearlyCostRollUp,
} from './cost-roll-up';
export { contractFields, contractRuleErrors } from './contract.schema';
export type { ContractFieldsData } from './contract.schema';
export type { ContractLink } from './contract-links';
export { contractLinkErrors, parentCandidates, successorCandidates } from './contract-links';
export { timelineLabels, type TimelineLabelContract, type TimelineLabelGrouping } from './timeline-label';
