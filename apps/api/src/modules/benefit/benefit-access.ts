import { canEditBenefit, canMeasureBenefit, type ProjectPeople } from '@overblik/domain';
import type { Context } from '../../context';
import { requireOrganisation } from '../../shared/access';
import { forbidden } from '../../shared/errors';

/** Who may create and edit a benefit: the shared `canEditBenefit` rule, also asked by the web app. */
export function requireBenefitEditor(ctx: Context, organisationId: string, project: ProjectPeople | null) {
  const access = requireOrganisation(ctx, organisationId);
  if (!canEditBenefit({ roles: access.roles, viewerId: access.viewer.id }, project)) throw forbidden();
  return access;
}

/** Who may record a measurement: the shared `canMeasureBenefit` rule. */
export function requireMeasurer(
  ctx: Context,
  benefit: { organisationId: string; responsibleUserId: string | null; accountableUserId: string | null },
) {
  const access = requireOrganisation(ctx, benefit.organisationId);
  if (!canMeasureBenefit({ roles: access.roles, viewerId: access.viewer.id }, benefit)) throw forbidden();
  return access;
}
