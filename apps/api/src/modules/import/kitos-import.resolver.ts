import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { kitosImportService } from './kitos-import.service';
import { KitosImportInput, KitosImportReportNode } from './kitos-import.type';

@Resolver(() => KitosImportReportNode)
export class KitosImportResolver {
  @Mutation(() => KitosImportReportNode, {
    description:
      'Imports a KITOS Excel export (organisation administrators). dryRun plans only; otherwise it applies in one transaction.',
  })
  importKitos(@Arg('input', () => KitosImportInput) input: KitosImportInput, @Ctx() ctx: Context) {
    return kitosImportService.run(ctx, { ...input, overrides: input.overrides ?? [] });
  }
}
