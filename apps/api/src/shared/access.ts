import { canEditCatalogueEntry, hasPermission, type Permission, type Role } from '@overblik/domain';
import type { MiddlewareFn } from 'type-graphql';
import type { Context, Viewer } from '../context';
import { DomainError, forbidden, unauthenticated } from './errors';

/** A signed-in person or an API token: whoever may read and, by their roles, edit. */
export function requireActor(ctx: Pick<Context, 'viewer'>): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

/**
 * A signed-in person: their own account, sessions, notifications and saved views. An API token is
 * no person, so it is refused here (ADR 0026).
 */
export function requireViewer(ctx: Pick<Context, 'viewer'>): Viewer {
  const viewer = requireActor(ctx);
  if (viewer.apiToken) throw forbidden();
  return viewer;
}

/** A READ token is refused every mutation, whatever it is (ADR 0026); one check for the whole schema. */
export const readOnlyTokens: MiddlewareFn<Context> = ({ context, info }, next) => {
  if (info.parentType.name === 'Mutation' && context.viewer?.apiToken?.scope === 'READ') throw forbidden();
  return next();
};

export interface OrganisationAccess {
  organisationId: string;
  roles: Role[];
  viewer: Viewer;
}

/**
 * The organisation an operation works in: the explicit argument, else the client's chosen one,
 * else the viewer's only organisation. Refuses organisations the viewer is not a member of, so a
 * guessed organisation id reads nothing.
 */
export function requireOrganisation(ctx: Context, organisationId?: string | null): OrganisationAccess {
  const viewer = requireActor(ctx);
  const wanted =
    organisationId ??
    ctx.requestedOrganisationId ??
    (viewer.memberships.length === 1 ? viewer.memberships[0].organisationId : null);
  if (!wanted) throw new DomainError('VALIDATION_FAILED', 'error.organisationRequired');
  const membership = viewer.memberships.find((m) => m.organisationId === wanted);
  if (!membership) throw forbidden();
  return { organisationId: wanted, roles: membership.roles, viewer };
}

/** requireOrganisation plus a role check for the permission. */
export function requirePermission(
  ctx: Context,
  permission: Permission,
  organisationId?: string | null,
): OrganisationAccess {
  const access = requireOrganisation(ctx, organisationId);
  if (!hasPermission(access.roles, permission)) throw forbidden();
  return access;
}

/**
 * requireOrganisation plus one of the shared role predicates (`canEditContract`, …), the same the
 * web app asks before it shows the action.
 */
export function requireAllowed(
  ctx: Context,
  allowed: (roles: readonly Role[]) => boolean,
  organisationId?: string | null,
): OrganisationAccess {
  const access = requireOrganisation(ctx, organisationId);
  if (!allowed(access.roles)) throw forbidden();
  return access;
}

/**
 * The access that lets the viewer change a shared catalogue entry (`canEditCatalogueEntry`, as the
 * web asks): in the organisation that registered it. National entries are refused outright.
 */
export function requireCatalogueEditor(
  ctx: Context,
  entry: { ownerOrganisationId: string | null },
): OrganisationAccess {
  if (!entry.ownerOrganisationId) throw forbidden();
  const access = requireOrganisation(ctx, entry.ownerOrganisationId);
  if (!canEditCatalogueEntry(access, entry)) throw forbidden();
  return access;
}

/** Organisations whose private data the viewer may read. */
export function memberOrganisationIds(ctx: Context): string[] {
  return requireActor(ctx).memberships.map((m) => m.organisationId);
}

/** Whether the viewer may see a catalogue row: shared, or local to one of their organisations (ADR 0006). */
export function seesCatalogueRow(
  ctx: Context,
  row: { visibility: string; ownerOrganisationId: string | null } | null,
): boolean {
  return (
    !!row &&
    (row.visibility === 'SHARED' ||
      (!!row.ownerOrganisationId && memberOrganisationIds(ctx).includes(row.ownerOrganisationId)))
  );
}
