import type { Prisma } from '@prisma/client';
import type { Tx } from '../db/handles';
import { releaseQueryPlans } from '../db/prisma-plan-history';
import type { Context } from '../context';

export type { Tx };
export type AuditAction = 'CREATE' | 'UPDATE' | 'DELETE' | 'DECIDE' | 'REORDER' | 'SIGN_IN';

/** Rows as plain JSON (Decimal → string, Date → ISO) for the audit log's before/after. */
const snapshot = (row: unknown): Prisma.InputJsonValue | undefined =>
  row == null ? undefined : (JSON.parse(JSON.stringify(row)) as Prisma.InputJsonValue);

/** Writes one audit entry inside the mutation's transaction: the change and its record stand or fall together. */
export interface AuditInput {
  organisationId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

const auditRow = (ctx: Pick<Context, 'viewer'>, entry: AuditInput) => ({
  organisationId: entry.organisationId,
  // A change made with an API token is the token's, not its creator's (ADR 0026).
  userId: ctx.viewer && !ctx.viewer.apiToken ? ctx.viewer.id : null,
  apiTokenId: ctx.viewer?.apiToken?.id ?? null,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId,
  before: snapshot(entry.before),
  after: snapshot(entry.after),
});

export async function writeAudit(tx: Tx, ctx: Pick<Context, 'viewer'>, entry: AuditInput): Promise<void> {
  await tx.auditEntry.create({ data: auditRow(ctx, entry) });
}

/** Rows per statement when writing many: well inside PostgreSQL's 65,535 bind parameters. */
const AUDIT_BATCH = 1_000;

/** Many audit entries (an import's), a statement per thousand rather than one per entry. */
export async function writeAudits(
  tx: Tx,
  ctx: Pick<Context, 'viewer'>,
  entries: AuditInput[],
): Promise<void> {
  for (let i = 0; i < entries.length; i += AUDIT_BATCH) {
    await tx.auditEntry.createMany({ data: entries.slice(i, i + AUDIT_BATCH).map((e) => auditRow(ctx, e)) });
    releaseQueryPlans();
  }
}
