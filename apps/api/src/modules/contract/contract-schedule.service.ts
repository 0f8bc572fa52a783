import type { ContractSchedule, IsoDate } from '@overblik/domain';
import type { Context } from '../../context';
import type { Tx } from '../../shared/audit';
import { contractRepository as repo } from './contract.repository';
import { contractMigrationRepository as migrationRepo } from './contract-migration.repository';
import { scheduleContracts, type ContractTermsRow } from './contract-schedule';
import { contractSettings } from './contract-settings';

type Db = Context['prisma'] | Tx;

/**
 * The contract schedule of some contracts of one organisation, as every request-time consumer
 * reads it (contract pages, the portfolio's time criticality, benefit verification): the
 * organisation's lead times, the contracts' dependents for the migration time, and their ancestors
 * (read in a few batched queries) so no child outlives its parent.
 */
export async function scheduleOrganisationContracts(
  db: Db,
  organisationId: string,
  rows: readonly ContractTermsRow[],
  today: IsoDate,
): Promise<Map<string, ContractSchedule>> {
  if (!rows.length) return new Map();
  const byId = new Map<string, ContractTermsRow>(rows.map((r) => [r.id, r]));
  const parentIds = rows.map((r) => r.parentId).filter((id): id is string => !!id);
  const [ancestors, settingsJson, dependents] = await Promise.all([
    repo.ancestors(db, organisationId, parentIds, new Set(byId.keys())),
    repo.organisationSettings(db, organisationId),
    // The migration rule needs only the wanted contracts' dependents: ancestors give dates, not plans.
    migrationRepo.dependents(
      db,
      [organisationId],
      rows.map((r) => r.id),
    ),
  ]);
  ancestors.forEach((a) => byId.set(a.id, a));
  return scheduleContracts(byId, contractSettings(settingsJson), today, { dependents });
}
