import { addMonths, daysBetween, type IsoDate } from '../shared/dates';

export interface InvoiceForCheck {
  amount: number;
  periodStart: IsoDate;
  periodEnd: IsoDate;
}

export interface ContractPrice {
  yearlyPrice: number;
  /** The day the yearly price was agreed at; indexation counts whole years from here. */
  priceBaseDate: IsoDate;
  indexationPercent: number;
}

export interface InvoiceCheck {
  expected: number;
  /** amount − expected: positive when the supplier bills more than agreed. */
  deviation: number;
  deviationPercent: number;
  flagged: boolean;
}

const roundKr = (kr: number) => Math.round(kr * 100) / 100;

/** Whole years from the base date to `date` (0 before it); 2024-02-29 → 2025-02-28 counts as one year. */
export function wholeYearsBetween(from: IsoDate, date: IsoDate): number {
  let years = 0;
  while (addMonths(from, 12 * (years + 1)) <= date) years++;
  return years;
}

/**
 * Checks an invoice against the contracted price. Expected = yearly price × (1 + index %)^whole
 * years from priceBaseDate to periodStart (compound) × days/365, where days counts both period ends
 * (1 Jan–31 Mar 2027 = 90 days). A full leap year therefore expects 366/365 of the yearly price,
 * 0.27 % more, which any sensible tolerance absorbs. Amounts are rounded to øre.
 */
export function checkInvoice(
  invoice: InvoiceForCheck,
  price: ContractPrice,
  tolerancePercent: number,
): InvoiceCheck {
  if (invoice.periodEnd < invoice.periodStart) {
    throw new RangeError(`Invoice period ends before it starts: ${invoice.periodStart}–${invoice.periodEnd}`);
  }
  const years = wholeYearsBetween(price.priceBaseDate, invoice.periodStart);
  const indexedYearly = price.yearlyPrice * (1 + price.indexationPercent / 100) ** years;
  const days = daysBetween(invoice.periodStart, invoice.periodEnd) + 1;
  const expected = roundKr((indexedYearly * days) / 365);
  const deviation = roundKr(invoice.amount - expected);
  if (expected === 0) {
    // Nothing is due (free period, zero price): any billed amount is a full deviation.
    return { expected, deviation, deviationPercent: deviation === 0 ? 0 : 100, flagged: deviation !== 0 };
  }
  const deviationPercent = (deviation / expected) * 100;
  return { expected, deviation, deviationPercent, flagged: Math.abs(deviationPercent) > tolerancePercent };
}
