import { costsByUnit } from '@overblik/domain';
import type { Context } from '../../context';
import { requireOrganisation } from '../../shared/access';
import { num } from '../../shared/scalars';
import { contractCostsRepository as repo } from './contract-costs.repository';
import type { UnitCostsNode } from './contract-costs.type';

export const contractCostsService = {
  /** The chosen organisation's contract costs per paying unit (domain rule costsByUnit). */
  async byUnit(ctx: Context): Promise<UnitCostsNode[]> {
    const { organisationId } = requireOrganisation(ctx);
    const lines = await repo.economyLines(ctx.prisma, organisationId);
    const rows = costsByUnit(
      lines.map((l) => ({
        contractId: l.contractId,
        unitId: l.unitId,
        kind: l.kind,
        amount: num(l.amount)!,
      })),
    );
    const unitIds = rows.map((r) => r.unitId).filter((id): id is string => id !== null);
    const names = new Map((await repo.units(ctx.prisma, organisationId, unitIds)).map((u) => [u.id, u.name]));
    return rows.map((r) => ({ ...r, unitName: r.unitId ? (names.get(r.unitId) ?? null) : null }));
  },
};
