// Builders for the contract area: sensible defaults, override only what a test is about.
import type {
  ContractAlertInput,
  ContractDates,
  ContractOptionTerm,
  ContractPrice,
  ContractTerms,
  InvoiceForCheck,
  JointTenderContract,
} from '../contract';

/** A three-year fixed-term EU tender, 2025–2027, 3 months' running notice, no options. */
export function aContractTerms(overrides: Partial<ContractTerms> = {}): ContractTerms {
  return {
    startDate: '2025-01-01',
    endDate: '2027-12-31',
    durationMonths: null,
    ongoing: false,
    options: [],
    irrevocableUntil: null,
    noticePeriodMonths: 3,
    noticeRule: 'RUNNING',
    terminatedOn: null,
    purchaseForm: 'EU_TENDER',
    ...overrides,
  };
}

export function aContractOption(overrides: Partial<ContractOptionTerm> = {}): ContractOptionTerm {
  return { ordinal: 1, months: 12, exercisedOn: null, ...overrides };
}

/** Dates of an active contract ending 2027-12-31 without options. */
export function aContractDates(overrides: Partial<ContractDates> = {}): ContractDates {
  return {
    validity: 'ACTIVE',
    currentEnd: '2027-12-31',
    effectiveEndWithOptions: '2027-12-31',
    remainingOptionMonths: 0,
    latestNoticeDate: '2027-09-30',
    earliestTerminationDate: '2027-12-31',
    cappedByParent: false,
    issues: [],
    ...overrides,
  };
}

export function aContractAlertInput(overrides: Partial<ContractAlertInput> = {}): ContractAlertInput {
  return {
    id: 'contract-1',
    terms: aContractTerms(),
    dates: aContractDates(),
    decisionDate: null,
    coveredUsagesInUse: 0,
    roleHolderUserIds: ['user-owner'],
    ...overrides,
  };
}

/** A quarterly invoice for Q1 2026 (90 days). */
export function aContractInvoice(overrides: Partial<InvoiceForCheck> = {}): InvoiceForCheck {
  return { amount: 0, periodStart: '2026-01-01', periodEnd: '2026-03-31', ...overrides };
}

export function aContractPrice(overrides: Partial<ContractPrice> = {}): ContractPrice {
  return { yearlyPrice: 365_000, priceBaseDate: '2026-01-01', indexationPercent: 0, ...overrides };
}

export function aJointTenderContract(overrides: Partial<JointTenderContract> = {}): JointTenderContract {
  return {
    id: 'contract-1',
    organisationId: 'org-1',
    catalogueSystemIds: [],
    capabilities: [],
    supplierId: null,
    decisionDate: '2027-01-01',
    ...overrides,
  };
}
