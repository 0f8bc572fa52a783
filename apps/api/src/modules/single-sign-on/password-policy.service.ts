import { canAdministerOrganisation, canSwitchPasswordsOff } from '@overblik/domain';
import type { Context } from '../../context';
import { requireAllowed } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { conflict } from '../../shared/errors';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import { passwordPolicyRepository as repo } from './password-policy.repository';
import type { PasswordPolicyNode } from './sign-in-provider.type';

type Policy = Awaited<ReturnType<typeof repo.policy>>;

const toNode = (policy: Policy): PasswordPolicyNode => ({
  organisationId: policy.id,
  passwordSignIn: policy.passwordSignIn,
  canSwitchOff: canSwitchPasswordsOff(policy.providers),
  version: policy.version,
});

const audited = ({ id, passwordSignIn, version }: Policy) => ({ id, passwordSignIn, version });

export const passwordPolicyService = {
  async policy(ctx: Context) {
    const { organisationId } = requireAllowed(ctx, canAdministerOrganisation);
    return toNode(await repo.policy(ctx.prisma, organisationId));
  },

  /** Passwords go off only once single sign-on works (canSwitchPasswordsOff); they can always come back. */
  async setPasswordSignIn(ctx: Context, passwordSignIn: boolean, version: number) {
    const { organisationId } = requireAllowed(ctx, canAdministerOrganisation);
    return inTransaction(ctx, async (tx) => {
      const before = await repo.policy(tx, organisationId);
      if (!passwordSignIn && !canSwitchPasswordsOff(before.providers)) {
        throw conflict('error.sso.cannotSwitchPasswordsOff');
      }
      assertUpdated(
        await repo.setPasswordSignIn(tx, organisationId, version, passwordSignIn),
        'Organisation',
      );
      const after = await repo.policy(tx, organisationId);
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'UPDATE',
        entityType: 'Organisation',
        entityId: organisationId,
        before: audited(before),
        after: audited(after),
      });
      return toNode(after);
    });
  },
};
