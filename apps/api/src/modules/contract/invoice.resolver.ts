import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { invoiceService } from './invoice.service';
import { InvoiceImportResultNode, InvoiceInput, InvoiceNode } from './invoice.type';

@Resolver(() => InvoiceNode)
export class InvoiceResolver {
  @Mutation(() => InvoiceNode, {
    description: 'Registers one invoice and returns it checked against the price.',
  })
  registerInvoice(@Arg('input', () => InvoiceInput) input: InvoiceInput, @Ctx() ctx: Context) {
    return invoiceService.register(ctx, input);
  }

  @Mutation(() => InvoiceImportResultNode, {
    description:
      'Imports invoices from CSV (number, invoiceDate, periodStart, periodEnd, amount, note); all or none.',
  })
  importInvoicesCsv(
    @Arg('contractId', () => ID) contractId: string,
    @Arg('csv', () => String) csv: string,
    @Ctx() ctx: Context,
  ) {
    return invoiceService.importCsv(ctx, contractId, csv);
  }
}
