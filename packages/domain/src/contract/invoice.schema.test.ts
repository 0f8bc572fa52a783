import { checkRules } from '../shared/rule-errors';
import { invoiceFields } from './invoice.schema';

const invoice = {
  number: 'F-1001',
  invoiceDate: '2026-03-01',
  periodStart: '2026-01-01',
  periodEnd: '2026-03-31',
  amount: 12_500,
};

describe('an invoice', () => {
  it('accepts a credit note (a negative amount) and a one-day period', () => {
    expect(checkRules(invoiceFields, { ...invoice, amount: -500 }).ok).toBe(true);
    expect(checkRules(invoiceFields, { ...invoice, periodEnd: '2026-01-01' }).ok).toBe(true);
  });

  it('needs a number and an amount, and a period that ends on or after its start', () => {
    expect(checkRules(invoiceFields, { ...invoice, number: '  ', amount: undefined }).errors).toEqual([
      { field: 'number', message: 'field.required' },
      { field: 'amount', message: 'field.required' },
    ]);
    expect(checkRules(invoiceFields, { ...invoice, periodEnd: '2025-12-31' }).errors).toEqual([
      { field: 'periodEnd', message: 'field.dateOrder' },
    ]);
  });
});
