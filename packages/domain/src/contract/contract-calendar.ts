import { addDays, addMonths, fromUtcDate, toUtcDate, type IsoDate } from '../shared/dates';
import type { ContractTerms, NoticeRule } from './contract.types';

/**
 * Calendar arithmetic shared by the contract rules. Conventions (so every rule agrees):
 * - A term's end is its last day, inclusive: 12 months from 2025-01-01 ends 2025-12-31.
 * - Notice of n months given on day D takes effect on addMonths(D, n) (its last day), then
 *   moves forward to the end of the notice rule's period and never before irrevocableUntil.
 */

/**
 * Last day of a term of `months` that starts on `firstDay`. When the anniversary does not exist
 * (29 Feb, 31st) addMonths clamps it to the month's last day, and that day is then the term's end:
 * 12 months from 2024-02-29 end 2025-02-28, not 2025-02-27.
 */
export function lastDayOfTerm(firstDay: IsoDate, months: number): IsoDate {
  const anniversary = addMonths(firstDay, months);
  const clamped = Number(anniversary.slice(8)) < Number(firstDay.slice(8));
  return clamped ? anniversary : addDays(anniversary, -1);
}

/** Moves a date forward to the last day of the month, quarter or year the rule allows; RUNNING keeps it. */
export function roundUpToNoticeRule(date: IsoDate, rule: NoticeRule): IsoDate {
  const d = toUtcDate(date);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  // Day 0 of the following month is the last day of the wanted month.
  const lastDayOf = (lastMonth: number) => fromUtcDate(new Date(Date.UTC(year, lastMonth + 1, 0)));
  switch (rule) {
    case 'RUNNING':
      return date;
    case 'END_OF_MONTH':
      return lastDayOf(month);
    case 'END_OF_QUARTER':
      return lastDayOf(Math.floor(month / 3) * 3 + 2);
    case 'END_OF_YEAR':
      return lastDayOf(11);
  }
}

/** The day a notice given on `givenOn` ends the contract; null when the notice period is unknown. */
export function noticeEffectiveDate(
  givenOn: IsoDate,
  terms: Pick<ContractTerms, 'noticePeriodMonths' | 'noticeRule' | 'irrevocableUntil'>,
): IsoDate | null {
  if (terms.noticePeriodMonths === null) return null;
  const afterNotice = addMonths(givenOn, terms.noticePeriodMonths);
  const notBefore =
    terms.irrevocableUntil && terms.irrevocableUntil > afterNotice ? terms.irrevocableUntil : afterNotice;
  return roundUpToNoticeRule(notBefore, terms.noticeRule);
}

/**
 * Last day notice of `noticeMonths` can be given and still take effect by `target`. Starts from
 * target − n months and steps forward while later days still fit, because month clamping lets
 * several days map to one month end (31 Mar and 30 Mar + 3 months both give 30 Jun).
 */
export function latestNoticeDateFor(target: IsoDate, noticeMonths: number): IsoDate {
  let day = addMonths(target, -noticeMonths);
  while (addMonths(addDays(day, 1), noticeMonths) <= target) day = addDays(day, 1);
  return day;
}
