import type { Context } from '../../context';
import { organisationDataVersion } from '../../shared/data-version';

/**
 * The data version of an organisation's benefit dashboard: the organisation's and the catalogues'
 * data versions for the benefits area (ADR 0015, 0036; they cover the benefits and every landscape, contract and project row
 * that verified benefits are checked against) and today's date.
 */
export function benefitDashboardVersion(ctx: Context, organisationId: string): Promise<string> {
  return organisationDataVersion(ctx, organisationId, ctx.today, 'benefits');
}
