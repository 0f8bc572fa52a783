import { useContext } from 'react';
import { ViewerContext, type ViewerState } from './ViewerContext';

/** The signed-in user, their memberships and the chosen organisation. */
export function useViewer(): ViewerState {
  const state = useContext(ViewerContext);
  if (!state) throw new Error('useViewer must be used inside <ViewerProvider>');
  return state;
}
