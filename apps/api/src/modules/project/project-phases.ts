import { DEFAULT_PHASES, type ProjectPhase } from '@overblik/domain';
import type { Db } from '../../db/handles';
import type { Tx } from '../../shared/audit';
import { ArtefactKind } from '../../shared/enums';
import { projectRepository as repo } from './project.repository';

export interface PhaseDefinitionView {
  key: string;
  name: string;
  ordinal: number;
  requiredArtefacts: ArtefactKind[];
}

/** The organisation's project model: its PhaseDefinition rows, else the domain's default phases. */
export async function phaseModel(db: Db | Tx, organisationId: string): Promise<PhaseDefinitionView[]> {
  const rows = await repo.phaseDefinitions(db, organisationId);
  if (rows.length) return rows;
  return DEFAULT_PHASES.map((p, ordinal) => ({
    key: p.key,
    name: p.key,
    ordinal,
    requiredArtefacts: [...p.requiredToLeave],
  }));
}

/** The same model in the shape the domain's gate rule takes. */
export const toDomainPhases = (model: PhaseDefinitionView[]): ProjectPhase[] =>
  model.map((p) => ({ key: p.key, requiredToLeave: p.requiredArtefacts }));

/** The phase after `key`, or null for the last phase or an unknown key. */
export function nextPhaseOf(model: PhaseDefinitionView[], key: string): string | null {
  const index = model.findIndex((p) => p.key === key);
  return index >= 0 && index < model.length - 1 ? model[index + 1].key : null;
}
