import { decideSignIn, type RoleMappingRow, type SignInDecision, type SignInRefusal } from '@overblik/domain';
import type { Role } from '@overblik/domain';
import type { Db } from '../../db/handles';
import type { Response } from 'express';
import type { Viewer } from '../../context';
import { writeAudit, type Tx } from '../../shared/audit';
import { startSession } from '../../shared/session';
import { defaultLocaleOf } from '../organisation/organisation-settings.service';
import { provisioningRepository as repo } from './provisioning.repository';

/** A person as the identity provider vouched for them, after the protocol's checks passed. */
export interface VerifiedIdentity {
  /** The provider's stable id for the person (OIDC `sub`, SAML NameID); kept in the audit entry. */
  subject: string;
  email: string;
  name: string;
  /** The values of the provider's role claim (OIDC) or attribute (SAML), read by the role mapping. */
  claimValues: string[];
}

/** What provisioning reads of the provider row. */
export interface ProvisioningProvider {
  id: string;
  organisationId: string;
  allowedDomains: string[];
  roleMapping: unknown;
  newUserRole: Role | null;
}

export interface SignInSessionOptions {
  prisma: Db;
  res: Response;
  sessionTtlHours: number;
  secureCookies: boolean;
}

export type ProvisioningResult = { ok: true; userId: string } | { ok: false; reason: SignInRefusal };

const mappingOf = (json: unknown): RoleMappingRow[] =>
  Array.isArray(json) ? (json as RoleMappingRow[]).filter((r) => r && typeof r.value === 'string') : [];

const sameRoles = (a: readonly Role[], b: readonly Role[]) =>
  a.length === b.length && a.every((r) => b.includes(r));

/** The person signing in is the author of what their sign-in changes. */
const as = (userId: string) => ({ viewer: { id: userId } as Viewer });

/** Applies a decision to the membership; returns the refusal, or null when the person may enter. */
async function apply(
  tx: Tx,
  provider: ProvisioningProvider,
  identity: VerifiedIdentity & { email: string },
  decision: SignInDecision,
  found: Awaited<ReturnType<typeof repo.userWithMembership>>,
): Promise<{ userId: string } | { refused: SignInRefusal }> {
  const organisationId = provider.organisationId;
  const membership = found?.memberships[0] ?? null;
  if (decision.outcome === 'REFUSE') return { refused: decision.reason };
  if (decision.outcome === 'LOSE_ACCESS') {
    const after = await repo.updateMembership(tx, membership!.id, {
      deactivatedAt: new Date(),
      deactivatedBySignIn: true,
    });
    await repo.endProviderSessions(tx, found!.id, organisationId);
    await writeAudit(tx, as(found!.id), {
      organisationId,
      action: 'UPDATE',
      entityType: 'Membership',
      entityId: membership!.id,
      before: membership,
      after: { ...after, reason: 'sign-in claims map to no role' },
    });
    return { refused: decision.reason };
  }
  const user =
    found ??
    (await repo.createUser(tx, {
      email: identity.email,
      name: identity.name || identity.email,
      locale: defaultLocaleOf(await repo.organisationSettings(tx, organisationId)),
    }));
  if (!membership) {
    const created = await repo.createMembership(tx, {
      userId: user.id,
      organisationId,
      roles: decision.roles,
    });
    await writeAudit(tx, as(user.id), {
      organisationId,
      action: 'CREATE',
      entityType: 'Membership',
      entityId: created.id,
      after: { ...created, providerId: provider.id },
    });
    return { userId: user.id };
  }
  // A member: roles from the mapping, an accepted invitation, a restored access; nothing if unchanged.
  const changes = {
    ...(sameRoles(membership.roles, decision.roles) ? {} : { roles: decision.roles }),
    ...(membership.joinedAt ? {} : { joinedAt: new Date() }),
    ...(membership.deactivatedAt ? { deactivatedAt: null, deactivatedBySignIn: false } : {}),
  };
  if (Object.keys(changes).length) {
    const after = await repo.updateMembership(tx, membership.id, changes);
    await writeAudit(tx, as(user.id), {
      organisationId,
      action: 'UPDATE',
      entityType: 'Membership',
      entityId: membership.id,
      before: membership,
      after: { ...after, providerId: provider.id },
    });
  }
  return { userId: user.id };
}

/**
 * The one way a verified single sign-on identity becomes a session, for OIDC and SAML alike
 * (ADR 0027): checks the e-mail domain, maps the claims to roles, creates the user and membership
 * on first sign-in, updates the roles or takes access away when nothing maps any more, writes one
 * SIGN_IN audit entry, stamps the provider's lastSignInAt and starts a session scoped to the
 * provider's organisation. A refusal changes nothing but the membership a lost mapping deactivates.
 */
export async function provisionAndSignIn(
  options: SignInSessionOptions,
  provider: ProvisioningProvider,
  identity: VerifiedIdentity,
): Promise<ProvisioningResult> {
  const email = identity.email.trim().toLowerCase();
  const result = await options.prisma.$transaction(async (tx) => {
    const found = await repo.userWithMembership(tx, email, provider.organisationId);
    if (found?.disabled) return { refused: 'DEACTIVATED' as const };
    const membership = found?.memberships[0];
    const decision = decideSignIn(
      {
        allowedDomains: provider.allowedDomains,
        roleMapping: mappingOf(provider.roleMapping),
        newUserRole: provider.newUserRole,
      },
      { email, claimValues: identity.claimValues },
      membership
        ? {
            roles: membership.roles,
            active: !membership.deactivatedAt,
            deactivatedBySignIn: membership.deactivatedBySignIn,
          }
        : null,
    );
    const applied = await apply(tx, provider, { ...identity, email }, decision, found);
    if ('refused' in applied) return applied;
    await repo.markSignedIn(tx, provider.id);
    await writeAudit(tx, as(applied.userId), {
      organisationId: provider.organisationId,
      action: 'SIGN_IN',
      entityType: 'SignInProvider',
      entityId: provider.id,
      after: {
        userId: applied.userId,
        email,
        subject: identity.subject,
        roles: 'roles' in decision ? decision.roles : [],
      },
    });
    return applied;
  });
  if ('refused' in result) return { ok: false, reason: result.refused };
  await startSession(options.prisma, options.res, result.userId, {
    ttlHours: options.sessionTtlHours,
    secure: options.secureCookies,
    providerId: provider.id,
  });
  return { ok: true, userId: result.userId };
}
