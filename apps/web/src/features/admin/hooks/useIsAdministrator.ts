import { useViewer } from '../../../app/useViewer';

/** Whether the viewer administers the organisation they are working in (edit controls follow it). */
export function useIsAdministrator(): boolean {
  const { organisation, memberships } = useViewer();
  const membership = memberships.find((m) => m.organisation.id === organisation?.id);
  return membership?.roles.includes('ADMINISTRATOR') ?? false;
}
