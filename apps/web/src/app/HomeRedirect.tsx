import { landingArea } from '@overblik/domain';
import { Navigate } from 'react-router';
import { AREAS } from './areas';
import { useActor } from './useActor';

/** The start page for the viewer's roles in the chosen organisation (the board: its dashboard). */
export function HomeRedirect() {
  const area = landingArea(useActor().roles);
  const path = AREAS.find((a) => a.key === area)?.path ?? AREAS[0].path;
  return <Navigate to={path} replace />;
}
