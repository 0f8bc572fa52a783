import {
  canAdministerOrganisation,
  handOverRows,
  handOverSchema,
  RESPONSIBILITY_FIELDS,
  type ResponsibilityKind,
  type ResponsibilityRole,
} from '@overblik/domain';
import type { Context } from '../../context';
import { requireAllowed } from '../../shared/access';
import { writeAudit } from '../../shared/audit';
import { assertId, invalid, notFound } from '../../shared/errors';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import { handOverRepository as repo } from './hand-over.repository';
import type { HandOverInput } from './hand-over.type';

const ENTITY: Record<ResponsibilityKind, string> = {
  SYSTEM_USAGE: 'SystemUsage',
  CONTRACT: 'Contract',
  PROJECT: 'Project',
  BENEFIT: 'Benefit',
};

export interface Responsibility {
  kind: ResponsibilityKind;
  role: ResponsibilityRole;
  id: string;
  name: string;
  version: number;
}

/** One entry per role the user holds on a record. */
function rolesHeld(
  kind: ResponsibilityKind,
  userId: string,
  row: Record<string, unknown> & { id: string; version: number },
  name: string,
): Responsibility[] {
  return Object.entries(RESPONSIBILITY_FIELDS[kind])
    .filter(([, field]) => row[field] === userId)
    .map(([role]) => ({ kind, role: role as ResponsibilityRole, id: row.id, name, version: row.version }));
}

export const handOverService = {
  /** Everything a person holds in the chosen organisation: systems, contracts, projects and benefits. */
  async responsibilities(ctx: Context, userId: string): Promise<Responsibility[]> {
    const { organisationId } = requireAllowed(ctx, canAdministerOrganisation);
    assertId(userId, 'Membership');
    const held = await repo.held(ctx.prisma, organisationId, userId);
    return [
      // A usage is named as everywhere else: its local name, else the catalogue's.
      ...held.usages.flatMap((r) => rolesHeld('SYSTEM_USAGE', userId, r, r.localName ?? r.system.name)),
      ...held.contracts.flatMap((r) => rolesHeld('CONTRACT', userId, r, r.name)),
      ...held.projects.flatMap((r) => rolesHeld('PROJECT', userId, r, r.name)),
      ...held.benefits.flatMap((r) => rolesHeld('BENEFIT', userId, r, r.title)),
    ];
  },

  /**
   * Moves the ticked responsibilities to a colleague in one transaction: each record versioned and
   * audited; a record changed since it was listed refuses the whole hand-over, so nothing half-moves.
   */
  async handOver(ctx: Context, input: HandOverInput): Promise<number> {
    const { organisationId } = requireAllowed(ctx, canAdministerOrganisation);
    const data = validate(handOverSchema, input);
    return inTransaction(ctx, async (tx) => {
      if (!(await repo.isMember(tx, organisationId, data.toUserId))) {
        throw invalid([
          { field: 'toUserId', message: 'field.unknownReference', params: { entity: 'Membership' } },
        ]);
      }
      const rows = handOverRows(data.items);
      for (const row of rows) {
        const entityType = ENTITY[row.kind];
        const before = await repo.row(tx, row.kind, organisationId, row.id);
        if (!before) throw notFound(entityType);
        assertUpdated(
          await repo.move(tx, row.kind, { ...row, organisationId }, data.fromUserId, data.toUserId),
          entityType,
        );
        await writeAudit(tx, ctx, {
          organisationId,
          action: 'UPDATE',
          entityType,
          entityId: row.id,
          before,
          after: await repo.row(tx, row.kind, organisationId, row.id),
        });
      }
      return rows.length;
    });
  },
};
