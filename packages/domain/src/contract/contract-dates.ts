import { addDays, minDate, type IsoDate } from '../shared/dates';
import { lastDayOfTerm, latestNoticeDateFor, noticeEffectiveDate } from './contract-calendar';
import type {
  ContractDates,
  ContractIssue,
  ContractOptionTerm,
  ContractParentDates,
  ContractTerms,
  ContractValidity,
} from './contract.types';

/** Each option starts the day after the previous end, so 12 months after 2027-02-28 end 2028-02-29. */
function extendByOptions(end: IsoDate, options: ContractOptionTerm[]): IsoDate {
  return options.reduce((last, option) => lastDayOfTerm(addDays(last, 1), option.months), end);
}

function isEnded(validity: ContractValidity): boolean {
  return validity === 'EXPIRED' || validity === 'TERMINATED';
}

function ownValidity(terms: ContractTerms, end: IsoDate | null, today: IsoDate): ContractValidity {
  if (terms.terminatedOn !== null && today >= terms.terminatedOn) return 'TERMINATED';
  if (today < terms.startDate) return 'NOT_STARTED';
  if (end !== null && today > end) return 'EXPIRED';
  return 'ACTIVE';
}

/** A child contract is valid only while its parent is: it inherits the parent's not-yet-started or ended state. */
function withParentValidity(
  own: ContractValidity,
  parent: ContractValidity,
  cappedByParent: boolean,
): ContractValidity {
  if (own === 'TERMINATED') return own;
  // The child ran out on its own terms before the parent ended: that is its own expiry.
  if (own === 'EXPIRED' && !cappedByParent) return own;
  if (isEnded(parent)) return parent;
  if (parent === 'NOT_STARTED' && own === 'ACTIVE') return 'NOT_STARTED';
  return own;
}

/**
 * Derives validity, ends and notice dates from the recorded terms as of `today`.
 * Pass the parent's computed dates for a child contract: the child never outlives its parent.
 */
export function computeContractDates(
  terms: ContractTerms,
  today: IsoDate,
  parent?: ContractParentDates,
): ContractDates {
  const issues: ContractIssue[] = [];
  let agreedEnd: IsoDate | null = null;
  if (!terms.ongoing) {
    if (terms.endDate !== null) agreedEnd = terms.endDate;
    else if (terms.durationMonths !== null) agreedEnd = lastDayOfTerm(terms.startDate, terms.durationMonths);
    else issues.push('MISSING_END');
  }
  if (agreedEnd !== null && agreedEnd < terms.startDate) issues.push('END_BEFORE_START');
  if (terms.noticePeriodMonths === null) issues.push('MISSING_NOTICE_PERIOD');

  const options = [...terms.options].sort((a, b) => a.ordinal - b.ordinal);
  const remaining = options.filter((o) => o.exercisedOn === null);
  const ownEnd =
    agreedEnd === null
      ? null
      : extendByOptions(
          agreedEnd,
          options.filter((o) => o.exercisedOn !== null),
        );

  // A termination only shortens the contract; one recorded after the end changes nothing.
  let currentEnd = minDate(ownEnd, terms.terminatedOn);
  const parentEnd = parent?.currentEnd ?? null;
  const cappedByParent = parentEnd !== null && (currentEnd === null || parentEnd < currentEnd);
  if (cappedByParent) currentEnd = parentEnd;

  const own = ownValidity(terms, currentEnd, today);
  const validity = parent ? withParentValidity(own, parent.validity, cappedByParent) : own;
  const ended = isEnded(validity);

  // Options can only be used on a running fixed-term contract that has not been given notice.
  const optionsUsable = ownEnd !== null && terms.terminatedOn === null && !ended && remaining.length > 0;
  const remainingOptionMonths = optionsUsable ? remaining.reduce((sum, o) => sum + o.months, 0) : 0;
  let effectiveEndWithOptions = optionsUsable ? extendByOptions(ownEnd, remaining) : currentEnd;
  const parentCeiling = parent ? (parent.effectiveEndWithOptions ?? parent.currentEnd) : null;
  if (parentCeiling !== null && effectiveEndWithOptions !== null && parentCeiling < effectiveEndWithOptions) {
    effectiveEndWithOptions = parentCeiling;
  }

  let latestNoticeDate: IsoDate | null = null;
  let earliestTerminationDate: IsoDate | null = null;
  if (!ended) {
    if (terms.terminatedOn !== null) {
      // Notice has already been given; the contract ends on the recorded day (or earlier with its parent).
      earliestTerminationDate = currentEnd;
    } else {
      const nextTermination = noticeEffectiveDate(today, terms);
      const months = terms.noticePeriodMonths;
      if (currentEnd === null) {
        if (terms.ongoing && nextTermination !== null && months !== null) {
          earliestTerminationDate = nextTermination;
          latestNoticeDate = latestNoticeDateFor(nextTermination, months);
        }
      } else {
        earliestTerminationDate = minDate(currentEnd, nextTermination);
        // The contract ends on currentEnd anyway, so only the notice length (not the rule) limits the deadline.
        latestNoticeDate = months === null ? null : latestNoticeDateFor(currentEnd, months);
      }
    }
  }

  return {
    validity,
    currentEnd,
    effectiveEndWithOptions,
    remainingOptionMonths,
    latestNoticeDate,
    earliestTerminationDate,
    cappedByParent,
    issues,
  };
}
