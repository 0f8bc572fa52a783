import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { contractCostsService } from './contract-costs.service';
import { UnitCostsNode } from './contract-costs.type';

@Resolver()
export class ContractCostsResolver {
  @Query(() => [UnitCostsNode], {
    description:
      "The chosen organisation's contract costs per paying unit: largest yearly operation first, unassigned last.",
  })
  costsByUnit(@Ctx() ctx: Context) {
    return contractCostsService.byUnit(ctx);
  }
}
