import type { IsoDate } from '../shared/dates';

/** Mirrors the Prisma enum; decides the procurement lead time before a re-tender. */
export type PurchaseForm = 'EU_TENDER' | 'MINI_TENDER' | 'DIRECT_AWARD' | 'FRAMEWORK_CALL_OFF' | 'OTHER';

/** When notice may take effect: any day (RUNNING) or only at the end of a month, quarter or year. */
export type NoticeRule = 'RUNNING' | 'END_OF_MONTH' | 'END_OF_QUARTER' | 'END_OF_YEAR';

/** An extension option; once exercised it extends the contract by `months`. */
export interface ContractOptionTerm {
  ordinal: number;
  months: number;
  exercisedOn: IsoDate | null;
}

/** The agreed terms of a contract, as recorded; all dates are calendar days. */
export interface ContractTerms {
  startDate: IsoDate;
  /** Last day of the agreed term (inclusive). Wins over durationMonths when both are set. */
  endDate: IsoDate | null;
  durationMonths: number | null;
  /** Runs until terminated; endDate, durationMonths and options are then ignored. */
  ongoing: boolean;
  options: ContractOptionTerm[];
  /** Notice cannot take effect before this day. */
  irrevocableUntil: IsoDate | null;
  noticePeriodMonths: number | null;
  noticeRule: NoticeRule;
  /** The day a termination takes effect; the contract counts as TERMINATED from this day on. */
  terminatedOn: IsoDate | null;
  purchaseForm: PurchaseForm;
}

export type ContractValidity = 'NOT_STARTED' | 'ACTIVE' | 'EXPIRED' | 'TERMINATED';

/** Data-quality findings; the dates are still computed as far as the data allows. */
export type ContractIssue = 'MISSING_END' | 'MISSING_NOTICE_PERIOD' | 'END_BEFORE_START';

export interface ContractDates {
  validity: ContractValidity;
  /** Last day including exercised options, termination and the parent's end; null if ongoing or unknown. */
  currentEnd: IsoDate | null;
  /** Last day if every remaining option is exercised; equals currentEnd when no option can still be used. */
  effectiveEndWithOptions: IsoDate | null;
  remainingOptionMonths: number;
  /** Last day notice can be given so the contract ends at currentEnd (ongoing: at earliestTerminationDate). */
  latestNoticeDate: IsoDate | null;
  /** Earliest day the contract can end if notice is given today (never later than currentEnd). */
  earliestTerminationDate: IsoDate | null;
  /** True when the parent's end cut this contract's own end short. */
  cappedByParent: boolean;
  issues: ContractIssue[];
}

/** What a child contract needs to know about its parent: its own computed dates. */
export type ContractParentDates = Pick<ContractDates, 'validity' | 'currentEnd'> &
  Partial<Pick<ContractDates, 'effectiveEndWithOptions'>>;
