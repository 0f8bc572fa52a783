import type { Context } from '../../context';
import { memberOrganisationIds } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { assertId, notFound } from '../../shared/errors';
import { toDbDate } from '../../shared/scalars';
import { validate } from '../../shared/validation';
import { inTransaction } from '../../shared/versioned';
import { requireMeasurer } from './benefit-access';
import type { BenefitMeasurementInput } from './benefit.input';
import { benefitRepository as repo } from './benefit.repository';
import { measurementOn } from '@overblik/domain';
import { loadNode } from './benefit.service';

export const benefitMeasurementService = {
  /**
   * Records a dated measurement. Measurements are appended, never edited, so there is no version
   * to check: a correction is a new measurement on the same day, which the rules read as the latest.
   */
  async record(ctx: Context, input: BenefitMeasurementInput) {
    assertId(input.benefitId, 'Benefit');
    return inTransaction(ctx, async (tx) => {
      const benefit = await repo.byId(tx, memberOrganisationIds(ctx), input.benefitId);
      if (!benefit) throw notFound('Benefit');
      const access = requireMeasurer(ctx, benefit);
      const data = validate(measurementOn(ctx.today), input);
      const row = await repo.createMeasurement(tx, {
        benefitId: benefit.id,
        measuredOn: toDbDate(data.measuredOn)!,
        value: data.value,
        comment: data.comment,
        recordedById: access.viewer.id,
      });
      await writeAudit(tx, ctx, {
        organisationId: benefit.organisationId,
        action: 'CREATE',
        entityType: 'BenefitMeasurement',
        entityId: row.id,
        after: row,
      });
      return loadNode(tx, benefit.organisationId, benefit.id, ctx.today);
    });
  },
};
