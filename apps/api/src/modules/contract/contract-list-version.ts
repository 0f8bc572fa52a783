import type { CachedField } from '../../shared/response-cache';
import { organisationDataVersion } from '../../shared/data-version';

/**
 * The contract overview (`contracts`) for the response cache (ADR 0009, 0031): its contracts,
 * options and economy lines are the organisation's data, suppliers the catalogue's, and the dates
 * move with the day. Fields that read users or other organisations' contracts are never cached.
 */
export const contractList: CachedField = {
  version: (ctx, organisationId) => organisationDataVersion(ctx, organisationId, ctx.today, 'contracts'),
  never: [
    'owner',
    'manager',
    'parent',
    'successor',
    'predecessors',
    'coveredUsages',
    'integrations',
    'invoices',
  ],
};
