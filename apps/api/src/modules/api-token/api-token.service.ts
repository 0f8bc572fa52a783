import { createHash, randomBytes } from 'node:crypto';
import { apiTokenRoles, apiTokenSchema } from '@overblik/domain';
import type { Context, Viewer } from '../../context';
import type { Db } from '../../db/handles';
import { requirePermission } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { assertId, notFound } from '../../shared/errors';
import { validate } from '../../shared/validation';
import { inTransaction } from '../../shared/versioned';
import { apiTokenRepository as repo } from './api-token.repository';
import type { CreateApiTokenInput } from './api-token.type';

/** Secrets start with this, so a leaked one is recognisable (e.g. by secret scanners). */
const PREFIX = 'ovb_';
/** lastUsedAt is written at most this often per token, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

type Listed = NonNullable<Awaited<ReturnType<typeof repo.byId>>>;
const node = ({ createdBy, ...token }: Listed) => ({ ...token, createdByName: createdBy.name });

export const apiTokenService = {
  async list(ctx: Context) {
    const { organisationId } = requirePermission(ctx, 'organisation.admin');
    return (await repo.list(ctx.prisma, organisationId)).map(node);
  },

  /** Creates a token; the answer carries its secret, which only exists there (the table keeps its hash). */
  async create(ctx: Context, input: CreateApiTokenInput) {
    const { organisationId, viewer } = requirePermission(ctx, 'organisation.admin');
    const data = validate(apiTokenSchema(new Date()), input);
    // 256 random bits: a hash without salt or stretching is enough for a secret nobody chose.
    const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
    const created = await inTransaction(ctx, async (tx) => {
      const row = await repo.create(tx, {
        organisationId,
        name: data.name,
        scope: data.scope,
        expiresAt: data.expiresAt,
        secretHash: hashSecret(token),
        createdById: viewer.id,
      });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'ApiToken',
        entityId: row.id,
        after: { name: row.name, scope: row.scope, expiresAt: row.expiresAt },
      });
      return row;
    });
    return { token, apiToken: node(created) };
  },

  /** Revokes a token; the next request with it is refused (every request looks the token up). */
  async revoke(ctx: Context, id: string) {
    assertId(id, 'ApiToken');
    const { organisationId } = requirePermission(ctx, 'organisation.admin');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.byId(tx, organisationId, id);
      if (!before) throw notFound('ApiToken');
      const at = new Date();
      if ((await repo.revoke(tx, id, at)).count) {
        await writeAudit(tx, ctx, {
          organisationId,
          action: 'UPDATE',
          entityType: 'ApiToken',
          entityId: id,
          before: { revokedAt: null },
          after: { revokedAt: at },
        });
      }
      return node((await repo.byId(tx, organisationId, id))!);
    });
  },
};

/**
 * The viewer a bearer secret stands for, or null when it names no usable token (unknown, tampered,
 * expired or revoked). The token acts in its organisation only, with the roles of its scope
 * (`apiTokenRoles`, ADR 0026); records that must name a person name the administrator who made it.
 */
export async function authenticateApiToken(db: Db, secret: string): Promise<Viewer | null> {
  if (!secret.startsWith(PREFIX) || secret.length > 100) return null;
  const token = await repo.bySecretHash(db, hashSecret(secret));
  const now = new Date();
  if (!token || token.revokedAt || token.expiresAt <= now) return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS) {
    await repo.touch(db, token.id, now, new Date(now.getTime() - TOUCH_INTERVAL_MS));
  }
  return {
    id: token.createdById,
    email: '',
    name: token.name,
    locale: 'da',
    installationAdmin: false,
    apiToken: { id: token.id, name: token.name, scope: token.scope },
    memberships: [{ organisationId: token.organisationId, roles: apiTokenRoles(token.scope) }],
  };
}
