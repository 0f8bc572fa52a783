import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { SystemUsageNode } from '../system/system.type';
import { kitosImportRepository as repo } from './kitos-import.repository';

@ObjectType('KitosAttribute', {
  description: 'A KITOS fact Overblik has no field for, as the KITOS export stated it.',
})
export class KitosAttributeNode {
  @Field(() => String, { description: "KITOS's column title, e.g. Arkiveringspligt." })
  title!: string;

  @Field(() => String)
  value!: string;
}

@Resolver(() => SystemUsageNode)
export class SystemUsageKitosResolver {
  @FieldResolver(() => [KitosAttributeNode], {
    description:
      'Read-only KITOS facts kept by the KITOS import (GDPR, archiving, criticality, other roles).',
  })
  async kitosAttributes(@Root() usage: { id: string; kitosAttributes?: unknown }, @Ctx() ctx: Context) {
    // The detail query's row carries them; a row read with a narrower select is read again.
    const stored =
      usage.kitosAttributes !== undefined
        ? usage.kitosAttributes
        : await repo.kitosAttributes(ctx.prisma, usage.id);
    if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return [];
    return Object.entries(stored).map(([title, value]) => ({ title, value: String(value) }));
  }
}
