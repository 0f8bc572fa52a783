import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { seesCatalogueRow } from '../../shared/access';
import { DataSourceNode } from '../data-source/data-source.type';
import { ItSystemNode, SystemUsageNode } from '../system/system.type';
import { SupplierRefNode } from './supplier.type';

/** The supplier as a link target, when the viewer may see it (shared, or registered by one of theirs). */
async function supplierOf(ctx: Context, supplierId: string | null) {
  const supplier = supplierId ? await ctx.loaders.supplier.load(supplierId) : null;
  return seesCatalogueRow(ctx, supplier) ? supplier : null;
}

@Resolver(() => ItSystemNode)
export class ItSystemSupplierResolver {
  @FieldResolver(() => SupplierRefNode, { nullable: true, description: 'Supplier / rights holder.' })
  supplier(@Root() system: ItSystemNode, @Ctx() ctx: Context) {
    return supplierOf(ctx, system.supplierId);
  }
}

@Resolver(() => SystemUsageNode)
export class SystemUsageSupplierResolver {
  @FieldResolver(() => SupplierRefNode, { nullable: true, description: "The catalogue system's supplier." })
  async supplier(@Root() usage: SystemUsageNode, @Ctx() ctx: Context) {
    const system = await ctx.loaders.system.load(usage.systemId);
    return supplierOf(ctx, system?.supplierId ?? null);
  }
}

@Resolver(() => DataSourceNode)
export class DataSourceSupplierResolver {
  @FieldResolver(() => SupplierRefNode, { nullable: true, description: 'Who runs the data source.' })
  supplier(@Root() source: DataSourceNode, @Ctx() ctx: Context) {
    return supplierOf(ctx, source.supplierId);
  }
}
