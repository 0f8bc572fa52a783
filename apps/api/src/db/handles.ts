import type { Prisma, PrismaClient } from '@prisma/client';

/**
 * The database handles a use case passes on to its repositories. Only repositories (and the
 * plumbing listed in eslint.config.mjs) call them; everything else just hands them along.
 */
export type Db = PrismaClient;
export type Tx = Prisma.TransactionClient;
