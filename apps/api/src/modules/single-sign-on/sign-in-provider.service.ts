import { randomUUID } from 'node:crypto';
import { canAdministerOrganisation, signInProviderSchema, type SignInProviderKind } from '@overblik/domain';
import type { Context } from '../../context';
import { requireAllowed } from '../../shared/access';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertId, conflict, DomainError, invalid, notFound, type FieldError } from '../../shared/errors';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import { providerKinds } from './provider-kinds';
import {
  signInProviderRepository as repo,
  withoutSecret,
  type ProviderData,
  type ProviderRow,
} from './sign-in-provider.repository';
import type { SignInProviderInput } from './sign-in-provider.input';
import type { SignInProviderNode } from './sign-in-provider.type';
import { passwordPolicyRepository } from './password-policy.repository';

const ENTITY = 'SignInProvider';

/** The secret is bound to its row: a sealed value copied to another provider does not open there. */
export const secretBinding = (providerId: string) => `SignInProvider:${providerId}`;

export function toProviderNode(row: ProviderRow, publicUrl: string): SignInProviderNode {
  const handler = providerKinds[row.kind];
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    enabled: row.enabled,
    allowedDomains: row.allowedDomains,
    roleClaim: row.roleClaim,
    roleMapping: Array.isArray(row.roleMapping)
      ? (row.roleMapping as unknown as SignInProviderNode['roleMapping'])
      : [],
    newUserRole: row.newUserRole,
    lastSignInAt: row.lastSignInAt,
    oidc: null,
    saml: null,
    version: row.version,
    ...handler?.present(row, publicUrl),
  };
}

function handlerFor(kind: SignInProviderKind) {
  const handler = providerKinds[kind];
  if (!handler) throw invalid([{ field: 'kind', message: 'field.invalid' }]);
  return handler;
}

/** The value, or the field errors of a refused validation (anything else is rethrown). */
function attempt<T>(
  work: () => T,
): { value: T; fields: FieldError[] } | { value: null; fields: FieldError[] } {
  try {
    return { value: work(), fields: [] };
  } catch (error) {
    if (error instanceof DomainError && error.code === 'VALIDATION_FAILED')
      return { value: null, fields: error.fields };
    throw error;
  }
}

/** The shared part and the kind's part, each validated: one answer names every broken field. */
function parseInput(kind: SignInProviderKind, input: SignInProviderInput) {
  const handler = handlerFor(kind);
  const shared = attempt(() => validate(signInProviderSchema, input));
  const own = attempt(() => handler.parse(input));
  if (!shared.value || !own.value) throw invalid([...shared.fields, ...own.fields]);
  const data: ProviderData = {
    name: shared.value.name,
    allowedDomains: [...new Set(shared.value.allowedDomains)],
    roleClaim: shared.value.roleClaim,
    roleMapping: shared.value.roleMapping.map((row) => ({ value: row.value, role: row.role })),
    newUserRole: shared.value.newUserRole,
    settings: own.value.settings,
  };
  return { data, secret: own.value.secret };
}

/** With passwords off, the organisation's last enabled provider is its only way in: it must stay. */
async function assertStillReachable(tx: Tx, organisationId: string, leaving: string) {
  const policy = await passwordPolicyRepository.policy(tx, organisationId);
  if (policy.passwordSignIn) return;
  const others = policy.providers.filter((p) => p.enabled && p.id !== leaving);
  if (!others.length) throw conflict('error.sso.lastProviderWhilePasswordsOff');
}

export const signInProviderService = {
  async list(ctx: Context) {
    const { organisationId } = requireAllowed(ctx, canAdministerOrganisation);
    return (await repo.list(ctx.prisma, organisationId)).map((row) => toProviderNode(row, ctx.publicUrl));
  },

  async create(ctx: Context, kind: SignInProviderKind, input: SignInProviderInput) {
    const { organisationId } = requireAllowed(ctx, canAdministerOrganisation);
    const { data, secret: given } = parseInput(kind, input);
    const id = randomUUID();
    const secret = given ?? (await handlerFor(kind).initialSecret?.(id));
    const sealed = secret === undefined ? null : ctx.secretBox.seal(secret, secretBinding(id));
    return inTransaction(ctx, async (tx) => {
      const row = await repo.create(tx, organisationId, id, kind, data, sealed);
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: ENTITY,
        entityId: id,
        after: withoutSecret(row),
      });
      return toProviderNode(row, ctx.publicUrl);
    });
  },

  async update(ctx: Context, id: string, version: number, input: SignInProviderInput) {
    const { organisationId } = requireAllowed(ctx, canAdministerOrganisation);
    assertId(id, ENTITY);
    const before = await repo.find(ctx.prisma, organisationId, id);
    if (!before) throw notFound(ENTITY);
    const { data, secret: given } = parseInput(before.kind, input);
    const initial = before.secretEncrypted === null ? handlerFor(before.kind).initialSecret : undefined;
    const secret = given ?? (await initial?.(id));
    const sealed = secret === undefined ? undefined : ctx.secretBox.seal(secret, secretBinding(id));
    return inTransaction(ctx, async (tx) => {
      assertUpdated(
        await repo.update(tx, organisationId, id, version, { ...data, secretEncrypted: sealed }),
        ENTITY,
      );
      const after = (await repo.find(tx, organisationId, id))!;
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'UPDATE',
        entityType: ENTITY,
        entityId: id,
        before: withoutSecret(before),
        after: { ...withoutSecret(after), secretChanged: sealed !== undefined },
      });
      return toProviderNode(after, ctx.publicUrl);
    });
  },

  async setEnabled(ctx: Context, id: string, version: number, enabled: boolean) {
    const { organisationId } = requireAllowed(ctx, canAdministerOrganisation);
    assertId(id, ENTITY);
    return inTransaction(ctx, async (tx) => {
      const before = await repo.find(tx, organisationId, id);
      if (!before) throw notFound(ENTITY);
      if (!enabled) await assertStillReachable(tx, organisationId, id);
      assertUpdated(await repo.update(tx, organisationId, id, version, { enabled }), ENTITY);
      const after = (await repo.find(tx, organisationId, id))!;
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'UPDATE',
        entityType: ENTITY,
        entityId: id,
        before: withoutSecret(before),
        after: withoutSecret(after),
      });
      return toProviderNode(after, ctx.publicUrl);
    });
  },

  async delete(ctx: Context, id: string, version: number) {
    const { organisationId } = requireAllowed(ctx, canAdministerOrganisation);
    assertId(id, ENTITY);
    return inTransaction(ctx, async (tx) => {
      const before = await repo.find(tx, organisationId, id);
      if (!before) throw notFound(ENTITY);
      await assertStillReachable(tx, organisationId, id);
      assertUpdated(await repo.delete(tx, organisationId, id, version), ENTITY);
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'DELETE',
        entityType: ENTITY,
        entityId: id,
        before: withoutSecret(before),
      });
      return true;
    });
  },
};
