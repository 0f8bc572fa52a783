import { hasPermission } from '@overblik/domain';
import type { Context } from '../../context';
import { requireOrganisation } from '../../shared/access';
import { forbidden } from '../../shared/errors';

interface ProjectPeople {
  leadUserId: string | null;
  ownerUserId: string | null;
}

/**
 * Who may create and edit a benefit: project coordinators (portfolio.coordinate, the secretariat
 * that keeps the benefit register) and the lead or owner of the benefit's project, who wrote the
 * business case. A benefit outside any project is the secretariat's alone.
 */
export function requireBenefitEditor(ctx: Context, organisationId: string, project: ProjectPeople | null) {
  const access = requireOrganisation(ctx, organisationId);
  if (hasPermission(access.roles, 'portfolio.coordinate')) return access;
  const viewerId = access.viewer.id;
  if (project && (project.leadUserId === viewerId || project.ownerUserId === viewerId)) return access;
  throw forbidden();
}

/**
 * Who may record a measurement: the benefit's responsible or accountable user (they harvest and
 * answer for it) or a project coordinator. Nobody else, whatever other role they hold, so the
 * register's actuals come from the people who answer for them.
 */
export function requireMeasurer(
  ctx: Context,
  benefit: { organisationId: string; responsibleUserId: string | null; accountableUserId: string | null },
) {
  const access = requireOrganisation(ctx, benefit.organisationId);
  if (hasPermission(access.roles, 'portfolio.coordinate')) return access;
  const viewerId = access.viewer.id;
  if (benefit.responsibleUserId === viewerId || benefit.accountableUserId === viewerId) return access;
  throw forbidden();
}
