import type { BenefitAction, PlanLine } from '@overblik/domain';
import type { Context } from '../../context';
import { writeAudit, type Tx } from '../../shared/audit';
import { toDbDate } from '../../shared/scalars';
import { assertUpdated } from '../../shared/versioned';
import { benefitRepository } from '../benefit/benefit.repository';

/** Carries out a benefit plan with the benefit area's own repository, audited as its form's writes are. */
export async function applyBenefitLines(
  tx: Tx,
  ctx: Pick<Context, 'viewer'>,
  organisationId: string,
  lines: PlanLine<BenefitAction>[],
): Promise<void> {
  for (const line of lines) {
    const a = line.action;
    if (line.status === 'ERROR' || !a) continue;
    const { startDate, dueDate, ...rest } = a.data;
    const data = { ...rest, startDate: toDbDate(startDate), dueDate: toDbDate(dueDate) };
    if (a.benefitId) {
      const before = await benefitRepository.byId(tx, [organisationId], a.benefitId);
      assertUpdated(await benefitRepository.update(tx, a.benefitId, a.version!, data), 'Benefit');
      const after = await benefitRepository.byId(tx, [organisationId], a.benefitId);
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'UPDATE',
        entityType: 'Benefit',
        entityId: a.benefitId,
        before,
        after,
      });
    } else {
      const { id } = await benefitRepository.create(tx, { ...data, type: rest.type!, organisationId });
      const after = await benefitRepository.byId(tx, [organisationId], id);
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'Benefit',
        entityId: id,
        after,
      });
    }
  }
}
