import type { Context } from '../../context';
import { organisationDataVersion } from '../../shared/data-version';

/**
 * The data version of an organisation's ranking board: the organisation's portfolio area and the catalogues'
 * data versions (ADR 0015, 0036) and today's date (time criticality moves with it).
 */
export function boardVersion(ctx: Context, organisationId: string): Promise<string> {
  return organisationDataVersion(ctx, organisationId, ctx.today, 'portfolio');
}
