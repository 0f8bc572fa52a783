import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { validate } from './validation';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0 })
  offset!: number;

  @Field(() => Int, { defaultValue: 50, description: 'At most 500.' })
  limit!: number;
}

const pageSchema = z.object({ offset: z.number().int().min(0), limit: z.number().int().min(1).max(500) });

export function pageWindow(args: PageArgs): { skip: number; take: number } {
  const { offset, limit } = validate(pageSchema, { offset: args.offset, limit: args.limit });
  return { skip: offset, take: limit };
}

export interface PageResult<T> {
  items: T[];
  totalCount: number;
  offset: number;
  limit: number;
}

/** Generic offset page type: `PageOf(SystemUsageType)` → `SystemUsagePage`. */
export function PageOf<T extends object>(item: ClassType<T>, name: string) {
  @ObjectType(`${name}Page`)
  abstract class Page implements PageResult<T> {
    @Field(() => [item])
    items!: T[];

    @Field(() => Int)
    totalCount!: number;

    @Field(() => Int)
    offset!: number;

    @Field(() => Int)
    limit!: number;
  }
  return Page;
}

export enum SortDirection {
  ASC = 'asc',
  DESC = 'desc',
}
