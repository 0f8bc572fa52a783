import { sharingPartners } from '@overblik/domain';
import type { Context } from '../../context';
import { systemSharingRepository as repo } from './system-sharing.repository';

export const systemSharingService = {
  /**
   * The other organisations using the same catalogue system, as far as they share their system
   * usages with a collaboration the usage's organisation belongs to (ADR 0006).
   */
  async usedElsewhere(ctx: Context, usage: { organisationId: string; systemId: string }) {
    const collaborations = await repo.collaborations(ctx.prisma, usage.organisationId);
    const partners = sharingPartners(usage.organisationId, collaborations, 'SYSTEM_USAGES');
    return partners.length ? repo.usagesOf(ctx.prisma, usage.systemId, partners) : [];
  },
};
