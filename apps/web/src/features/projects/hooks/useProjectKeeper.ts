import { canEditProject, canReportOnProject } from '@overblik/domain';
import { useActor } from '../../../app/useActor';

interface Keepers {
  owner?: { id: string } | null;
  lead?: { id: string } | null;
}

/** Who keeps a project's records: the API's `canEditProject` and `canReportOnProject`. */
export function useProjectKeeper(project: Keepers) {
  const actor = useActor();
  const people = { ownerUserId: project.owner?.id ?? null, leadUserId: project.lead?.id ?? null };
  return {
    canEditRecords: canEditProject(actor, people),
    canReport: canReportOnProject(actor, people),
  };
}
