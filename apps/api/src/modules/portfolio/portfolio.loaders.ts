import DataLoader from 'dataloader';
import type { Context } from '../../context';
import { criteriaRepository as repo } from './criteria.repository';

type CategoryRow = Awaited<ReturnType<typeof repo.projectCategories>>[number]['category'];

/**
 * Loaders of this module, made once per request context (the WeakMap dies with the request), so
 * a board or list of projects asks for their categories in one query.
 */
const perRequest = new WeakMap<Context, ReturnType<typeof create>>();

function create(ctx: Context) {
  return {
    categories: new DataLoader<string, CategoryRow[]>(async (ids) => {
      const rows = await repo.projectCategories(ctx.prisma, ids);
      return ids.map((id) => rows.filter((r) => r.projectId === id).map((r) => r.category));
    }),
  };
}

export function portfolioLoaders(ctx: Context) {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = create(ctx);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
