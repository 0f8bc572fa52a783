import { inviteMemberSchema, ROLES } from '@overblik/domain';
import { z } from 'zod';
import type { Context } from '../../context';
import { memberOrganisationIds, requireOrganisation, requirePermission } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { assertId, conflict, invalid, notFound, UUID } from '../../shared/errors';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import { sendAccountMail } from '../account/account.mail';
import { issueLink } from '../account/one-time-link';
import { defaultLocaleOf } from '../organisation/organisation-settings.service';
import { membershipRepository as repo } from './membership.repository';

const roles = z.array(z.enum(ROLES)).min(1).max(ROLES.length);

export const membershipService = {
  members(ctx: Context) {
    return repo.members(ctx.prisma, requireOrganisation(ctx).organisationId);
  },

  /**
   * Invites a person to the chosen organisation: a membership that gives access once they accept
   * a single-use link (a new person chooses a password there, someone with an account elsewhere
   * confirms theirs). New account or not, the answer is the same, so it reveals no account. The
   * link goes by e-mail through SMTP; without SMTP it comes back for the administrator to pass on.
   */
  async inviteMember(ctx: Context, input: z.input<typeof inviteMemberSchema>) {
    const { organisationId } = requirePermission(ctx, 'organisation.admin');
    const data = validate(inviteMemberSchema, { ...input, email: input.email.trim().toLowerCase() });
    const invited = await inTransaction(ctx, async (tx) => {
      const existing = await repo.userByEmail(tx, data.email);
      if (existing) {
        const membership = await repo.membershipOf(tx, existing.id, organisationId);
        if (membership?.deactivatedAt) throw conflict('error.conflict.deactivated');
        if (membership) throw conflict('error.conflict.alreadyMember', { email: data.email });
      }
      // A new account starts in the organisation's default language (its settings).
      const user =
        existing ??
        (await repo.createUser(tx, {
          email: data.email,
          name: data.name,
          locale: defaultLocaleOf(await repo.organisationSettings(tx, organisationId)),
        }));
      const member = await repo.createMembership(tx, { userId: user.id, organisationId, roles: data.roles });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'Membership',
        entityId: member.id,
        after: member,
      });
      const link = await issueLink(tx, 'INVITE', { userId: user.id, organisationId }, ctx.publicUrl);
      return {
        member,
        link,
        locale: user.locale,
        organisation: await repo.organisationName(tx, organisationId),
      };
    });
    const emailed = await sendAccountMail(ctx.smtpUrl, {
      to: data.email,
      locale: invited.locale,
      kind: 'invite',
      link: invited.link,
      organisation: invited.organisation,
    });
    return { member: invited.member, emailed, inviteLink: emailed ? null : invited.link };
  },

  async setRoles(ctx: Context, id: string, version: number, newRoles: string[]) {
    assertId(id, 'Membership');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.member(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('Membership');
      requirePermission(ctx, 'organisation.admin', before.organisationId);
      const data = validate(z.object({ roles }), { roles: newRoles });
      // An organisation must keep at least one (active) administrator.
      if (before.roles.includes('ADMINISTRATOR') && !data.roles.includes('ADMINISTRATOR')) {
        const active = before.status !== 'DEACTIVATED';
        if (active && (await repo.administratorCount(tx, before.organisationId)) <= 1) {
          throw conflict('error.conflict.lastAdministrator');
        }
      }
      assertUpdated(await repo.updateRoles(tx, id, version, data.roles), 'Membership');
      const after = (await repo.member(tx, [before.organisationId], id))!;
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'UPDATE',
        entityType: 'Membership',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  },

  /** Sets the unit the member works in (or none); the unit must be the organisation's own. */
  async setUnit(ctx: Context, id: string, version: number, unitId: string | null) {
    assertId(id, 'Membership');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.member(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('Membership');
      requirePermission(ctx, 'organisation.admin', before.organisationId);
      if (unitId && !(UUID.test(unitId) && (await repo.unitIn(tx, before.organisationId, unitId)))) {
        throw invalid([{ field: 'unitId', message: 'field.unknownReference', params: { entity: 'Unit' } }]);
      }
      assertUpdated(await repo.setUnit(tx, id, version, unitId), 'Membership');
      const after = (await repo.member(tx, [before.organisationId], id))!;
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'UPDATE',
        entityType: 'Membership',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  },

  /**
   * Deactivates (or reactivates) a member. Deactivation ends every session of the person at once;
   * the membership and user stay, so history still names them as the author of their changes.
   */
  async setActive(ctx: Context, id: string, version: number, active: boolean) {
    assertId(id, 'Membership');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.member(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('Membership');
      requirePermission(ctx, 'organisation.admin', before.organisationId);
      if (!active && before.status !== 'DEACTIVATED' && before.roles.includes('ADMINISTRATOR')) {
        if ((await repo.administratorCount(tx, before.organisationId)) <= 1) {
          throw conflict('error.conflict.lastAdministrator');
        }
      }
      assertUpdated(await repo.setDeactivated(tx, id, version, active ? null : new Date()), 'Membership');
      if (!active) await repo.deleteSessions(tx, before.user.id);
      const after = (await repo.member(tx, [before.organisationId], id))!;
      await writeAudit(tx, ctx, {
        organisationId: before.organisationId,
        action: 'UPDATE',
        entityType: 'Membership',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  },
};
