import { checkInvoice, invoiceFields, type ContractPrice, type InvoiceFields } from '@overblik/domain';
import type { Context } from '../../context';
import { memberOrganisationIds, requirePermission } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { assertId, conflict, DomainError, invalid, notFound } from '../../shared/errors';
import { translate } from '../../shared/messages';
import { isUniqueViolation } from '../../shared/prisma-errors';
import { isoDate, num, toDbDate } from '../../shared/scalars';
import { validate } from '../../shared/validation';
import { inTransaction } from '../../shared/versioned';
import { contractSettings } from './contract-settings';
import { parseInvoiceCsv } from './invoice-csv';
import { invoiceRepository as repo, type InvoiceRow } from './invoice.repository';
import type { InvoiceImportErrorNode, InvoiceInput, InvoiceNode } from './invoice.type';

type Decimalish = { toString(): string };

export interface PriceBasis {
  price: ContractPrice;
  tolerancePercent: number;
}

/** The contracted price: yearly operation lines, indexed yearly from the contract start. */
export function priceBasis(
  contract: { startDate: Date; indexationPercent: Decimalish; economyLines: { amount: Decimalish }[] },
  settingsJson: unknown,
): PriceBasis {
  return {
    price: {
      yearlyPrice: contract.economyLines.reduce((sum, l) => sum + (num(l.amount) ?? 0), 0),
      priceBaseDate: isoDate(contract.startDate)!,
      indexationPercent: num(contract.indexationPercent) ?? 0,
    },
    tolerancePercent: contractSettings(settingsJson).invoiceTolerancePercent,
  };
}

/** The same basis from a contract already loaded for the API (its yearlyCost is the yearly operation sum). */
export function viewPriceBasis(
  view: { yearlyCost: number; startDate: string; indexationPercent: number },
  settingsJson: unknown,
): PriceBasis {
  return {
    price: {
      yearlyPrice: view.yearlyCost,
      priceBaseDate: view.startDate,
      indexationPercent: view.indexationPercent,
    },
    tolerancePercent: contractSettings(settingsJson).invoiceTolerancePercent,
  };
}

export function toInvoiceNode(row: InvoiceRow, basis: PriceBasis): InvoiceNode {
  const invoice = {
    amount: num(row.amount) ?? 0,
    periodStart: isoDate(row.periodStart)!,
    periodEnd: isoDate(row.periodEnd)!,
  };
  return {
    ...row,
    ...invoice,
    invoiceDate: isoDate(row.invoiceDate)!,
    check: {
      ...checkInvoice(invoice, basis.price, basis.tolerancePercent),
      tolerancePercent: basis.tolerancePercent,
    },
  };
}

async function contractFor(ctx: Context, contractId: string) {
  assertId(contractId, 'Contract');
  const contract = await repo.priceOf(ctx.prisma, memberOrganisationIds(ctx), contractId);
  if (!contract) throw notFound('Contract');
  requirePermission(ctx, 'contract.edit', contract.organisationId);
  return { contract, basis: priceBasis(contract, contract.organisation.settings) };
}

const toData = (contractId: string, organisationId: string, f: InvoiceFields) => ({
  contractId,
  organisationId,
  number: f.number,
  invoiceDate: toDbDate(f.invoiceDate)!,
  periodStart: toDbDate(f.periodStart)!,
  periodEnd: toDbDate(f.periodEnd)!,
  amount: f.amount,
  note: f.note ?? '',
});

export const invoiceService = {
  async register(ctx: Context, input: InvoiceInput) {
    const { contractId, ...rest } = input;
    const { contract, basis } = await contractFor(ctx, contractId);
    const f = validate(invoiceFields, rest);
    return inTransaction(ctx, async (tx) => {
      const row = await repo
        .create(tx, toData(contractId, contract.organisationId, f))
        .catch((e: unknown) => {
          throw isUniqueViolation(e)
            ? conflict('error.conflict.duplicate', { entity: 'Invoice', field: 'number' })
            : e;
        });
      await writeAudit(tx, ctx, {
        organisationId: contract.organisationId,
        action: 'CREATE',
        entityType: 'Invoice',
        entityId: row.id,
        after: row,
      });
      return toInvoiceNode(row, basis);
    });
  },

  /** All rows or none: every row is validated first, and any problem is reported per line. */
  async importCsv(ctx: Context, contractId: string, csv: string) {
    const { contract, basis } = await contractFor(ctx, contractId);
    if (csv.length > 2_000_000)
      throw invalid([{ field: 'csv', message: 'field.tooLong', params: { max: 2_000_000 } }]);
    const { rows, missingColumns } = parseInvoiceCsv(csv);
    const errors: InvoiceImportErrorNode[] = missingColumns.map((field) => ({
      line: 1,
      field,
      message: translate(ctx.locale, 'field.required'),
    }));
    const valid: { line: number; fields: InvoiceFields }[] = [];
    const seen = new Set<string>();
    for (const row of rows) {
      try {
        const fields = validate(invoiceFields, row.values);
        if (seen.has(fields.number)) {
          errors.push({
            line: row.line,
            field: 'number',
            message: translate(ctx.locale, 'error.conflict.duplicate', {
              entity: 'Invoice',
              field: 'number',
            }),
          });
        }
        seen.add(fields.number);
        valid.push({ line: row.line, fields });
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        for (const f of e.fields)
          errors.push({
            line: row.line,
            field: f.field,
            message: translate(ctx.locale, f.message, f.params),
          });
      }
    }
    const existing = new Set(await repo.existingNumbers(ctx.prisma, contractId, [...seen]));
    for (const v of valid.filter((v) => existing.has(v.fields.number))) {
      errors.push({
        line: v.line,
        field: 'number',
        message: translate(ctx.locale, 'error.conflict.duplicate', { entity: 'Invoice', field: 'number' }),
      });
    }
    if (!rows.length && !errors.length) {
      errors.push({ line: 2, field: 'csv', message: translate(ctx.locale, 'field.required') });
    }
    if (errors.length) return { imported: [], errors: errors.sort((a, b) => a.line - b.line) };

    const imported = await inTransaction(ctx, async (tx) => {
      const created: InvoiceRow[] = [];
      for (const v of valid)
        created.push(await repo.create(tx, toData(contractId, contract.organisationId, v.fields)));
      await writeAudit(tx, ctx, {
        organisationId: contract.organisationId,
        action: 'CREATE',
        entityType: 'InvoiceImport',
        entityId: contractId,
        after: { count: created.length, numbers: created.map((c) => c.number) },
      });
      return created;
    });
    return { imported: imported.map((r) => toInvoiceNode(r, basis)), errors: [] };
  },
};
