import { hasPermission } from '@overblik/domain';
import { useViewer } from '../../../app/useViewer';

interface Keepers {
  owner?: { id: string } | null;
  lead?: { id: string } | null;
}

/**
 * Who keeps a project's records (the API checks again): the coordinator always; the project's
 * own owner or lead when their role grants proposing (business case, artefacts) or reporting.
 */
export function useProjectKeeper(project: Keepers) {
  const { viewer, organisation, memberships } = useViewer();
  const roles = memberships.find((m) => m.organisation.id === organisation?.id)?.roles ?? [];
  const coordinator = hasPermission(roles, 'portfolio.coordinate');
  const own = !!viewer && (project.owner?.id === viewer.id || project.lead?.id === viewer.id);
  return {
    canEditRecords: coordinator || (own && hasPermission(roles, 'portfolio.propose')),
    canReport: coordinator || (own && hasPermission(roles, 'project.report')),
  };
}
