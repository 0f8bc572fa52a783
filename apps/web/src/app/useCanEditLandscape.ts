import { canEditLandscape } from '@overblik/domain';
import { useCan } from './useActor';

/** Whether the viewer may edit the landscape in the chosen organisation (the API checks again). */
export function useCanEditLandscape(): boolean {
  return useCan(canEditLandscape);
}
