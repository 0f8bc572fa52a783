import type { PlanLine, UserAction } from '@overblik/domain';
import type { Context } from '../../context';
import { writeAudit, type Tx } from '../../shared/audit';
import { kitosImportRepository as repo } from './kitos-import.repository';

/** Carries out a user template plan: recorded people without an account, created or updated. */
export async function applyUserLines(
  tx: Tx,
  ctx: Pick<Context, 'viewer'>,
  organisationId: string,
  lines: PlanLine<UserAction>[],
): Promise<void> {
  for (const line of lines) {
    const a = line.action;
    if (line.status === 'ERROR' || !a) continue;
    if (a.personId) {
      const before = await repo.person(tx, a.personId);
      const after = await repo.updatePerson(tx, a.personId, { name: a.name, phone: a.phone });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'UPDATE',
        entityType: 'Person',
        entityId: a.personId,
        before,
        after,
      });
    } else {
      const person = await repo.createPerson(tx, {
        organisationId,
        name: a.name,
        email: a.email,
        phone: a.phone,
      });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'Person',
        entityId: person.id,
        after: person,
      });
    }
  }
}
