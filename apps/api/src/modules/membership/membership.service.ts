import { ROLES } from '@overblik/domain';
import { z } from 'zod';
import type { Context } from '../../context';
import { memberOrganisationIds, requireOrganisation, requirePermission } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { assertId, conflict, DomainError, notFound } from '../../shared/errors';
import { isUniqueViolation } from '../../shared/prisma-errors';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import { hashPassword } from '../auth/auth.service';
import { defaultLocaleOf } from '../organisation/organisation-settings.service';
import { membershipRepository as repo } from './membership.repository';

const roles = z.array(z.enum(ROLES)).min(1).max(ROLES.length);
const addSchema = z.object({
  email: z.email().max(320),
  name: z.string().trim().min(1).max(200),
  roles,
  /** Only for a new account; an existing user keeps their password. */
  initialPassword: z.string().min(12).max(500).optional(),
});

export const membershipService = {
  members(ctx: Context) {
    return repo.members(ctx.prisma, requireOrganisation(ctx).organisationId);
  },

  /** Adds a user (creating the account when the e-mail is new) to the chosen organisation. */
  async addMember(ctx: Context, input: z.input<typeof addSchema>) {
    const { organisationId } = requirePermission(ctx, 'organisation.admin');
    const data = validate(addSchema, { ...input, email: input.email.trim().toLowerCase() });
    return inTransaction(ctx, async (tx) => {
      let user = await repo.userByEmail(tx, data.email);
      if (!user) {
        if (!data.initialPassword) {
          throw new DomainError('VALIDATION_FAILED', 'error.validation', {}, [
            { field: 'initialPassword', message: 'field.required' },
          ]);
        }
        user = await repo.createUser(tx, {
          email: data.email,
          name: data.name,
          passwordHash: await hashPassword(data.initialPassword),
          // A new account starts in the organisation's default language (its settings).
          locale: defaultLocaleOf(await repo.organisationSettings(tx, organisationId)),
        });
      }
      const member = await repo
        .createMembership(tx, { userId: user.id, organisationId, roles: data.roles })
        .catch((e: unknown) => {
          throw isUniqueViolation(e)
            ? conflict('error.conflict.duplicate', { entity: 'Membership', field: 'e-mail' })
            : e;
        });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'Membership',
        entityId: member.id,
        after: member,
      });
      return member;
    });
  },

  async setRoles(ctx: Context, id: string, version: number, newRoles: string[]) {
    assertId(id, 'Membership');
    const data = validate(z.object({ roles }), { roles: newRoles });
    return inTransaction(ctx, async (tx) => {
      const before = await repo.member(tx, memberOrganisationIds(ctx), id);
      if (!before) throw notFound('Membership');
      requirePermission(ctx, 'organisation.admin', before.organisationId);
      // An organisation must keep at least one administrator.
      if (before.roles.includes('ADMINISTRATOR') && !data.roles.includes('ADMINISTRATOR')) {
        if ((await repo.administratorCount(tx, before.organisationId)) <= 1) {
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
};
