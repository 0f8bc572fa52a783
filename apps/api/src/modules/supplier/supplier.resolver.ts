import DataLoader from 'dataloader';
import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { requireActor } from '../../shared/access';
import { PageArgs } from '../../shared/pagination';
import {
  SupplierContactCreateInput,
  SupplierContactUpdateInput,
  SupplierInput,
  SupplierNotesInput,
  SupplierUpdateInput,
} from './supplier.input';
import { supplierService as service } from './supplier.service';
import {
  SupplierContactNode,
  SupplierContractNode,
  SupplierDataSourceNode,
  SupplierNode,
  SupplierNotesNode,
  SupplierPage,
  SupplierSystemNode,
} from './supplier.type';

type Counts = Awaited<ReturnType<typeof service.counts>>;

// One count query pair per request for every supplier of a page, not one per row.
const countLoaders = new WeakMap<Context['loaders'], DataLoader<string, Counts>>();
function countsOf(ctx: Context, supplierId: string) {
  let loader = countLoaders.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const counts = await service.counts(ctx, [...ids]);
      return ids.map(() => counts);
    });
    countLoaders.set(ctx.loaders, loader);
  }
  return loader.load(supplierId);
}

@Resolver(() => SupplierNode)
export class SupplierResolver {
  @Query(() => SupplierPage, {
    description: 'The supplier register: shared suppliers and those your organisations registered.',
  })
  suppliers(
    @Arg('search', () => String, {
      nullable: true,
      description: 'Part of the name, or the start of the CVR.',
    })
    search: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    requireActor(ctx);
    return service.list(ctx, search, page);
  }

  @Query(() => SupplierNode)
  supplier(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    requireActor(ctx);
    return service.get(ctx, id);
  }

  @Mutation(() => SupplierNode)
  createSupplier(@Arg('input', () => SupplierInput) input: SupplierInput, @Ctx() ctx: Context) {
    return service.create(ctx, input);
  }

  @Mutation(() => SupplierNode)
  updateSupplier(@Arg('input', () => SupplierUpdateInput) input: SupplierUpdateInput, @Ctx() ctx: Context) {
    return service.update(ctx, input);
  }

  @Mutation(() => Boolean, {
    description: 'Only while no system, data source or contract names the supplier.',
  })
  deleteSupplier(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return service.delete(ctx, id, version);
  }

  @Mutation(() => SupplierContactNode)
  createSupplierContact(
    @Arg('input', () => SupplierContactCreateInput) input: SupplierContactCreateInput,
    @Ctx() ctx: Context,
  ) {
    return service.createContact(ctx, input);
  }

  @Mutation(() => SupplierContactNode)
  updateSupplierContact(
    @Arg('input', () => SupplierContactUpdateInput) input: SupplierContactUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return service.updateContact(ctx, input);
  }

  @Mutation(() => Boolean)
  deleteSupplierContact(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: Context,
  ) {
    return service.deleteContact(ctx, id, version);
  }

  @Mutation(() => SupplierNotesNode)
  saveSupplierNotes(@Arg('input', () => SupplierNotesInput) input: SupplierNotesInput, @Ctx() ctx: Context) {
    return service.saveNotes(ctx, input);
  }

  @FieldResolver(() => [SupplierContactNode], { description: "The chosen organisation's contacts there." })
  contacts(@Root() s: SupplierNode, @Ctx() ctx: Context) {
    return service.contacts(ctx, s.id);
  }

  @FieldResolver(() => SupplierNotesNode, { nullable: true, description: "The chosen organisation's notes." })
  notes(@Root() s: SupplierNode, @Ctx() ctx: Context) {
    return service.notes(ctx, s.id);
  }

  @FieldResolver(() => [SupplierSystemNode])
  systems(@Root() s: SupplierNode, @Ctx() ctx: Context) {
    return service.systems(ctx, s.id);
  }

  @FieldResolver(() => [SupplierContractNode])
  contracts(@Root() s: SupplierNode, @Ctx() ctx: Context) {
    return service.contracts(ctx, s.id);
  }

  @FieldResolver(() => [SupplierDataSourceNode])
  dataSources(@Root() s: SupplierNode, @Ctx() ctx: Context) {
    return service.dataSources(ctx, s.id);
  }

  @FieldResolver(() => Int, { description: "The chosen organisation's system usages of its systems." })
  async usageCount(@Root() s: SupplierNode, @Ctx() ctx: Context) {
    return (await countsOf(ctx, s.id)).usageCount.get(s.id) ?? 0;
  }

  @FieldResolver(() => Int, { description: "The chosen organisation's contracts with it." })
  async contractCount(@Root() s: SupplierNode, @Ctx() ctx: Context) {
    return (await countsOf(ctx, s.id)).contractCount.get(s.id) ?? 0;
  }
}
