import { useEffect, type RefObject } from 'react';

/**
 * The mouse wheel scrolls the page over the graph, unless the graph has focus (a click or Tab puts
 * it there) or Ctrl is held: then it zooms. Listening in the capture phase on the wrapper runs
 * before Cytoscape's own wheel listener on the canvas, which is kept from seeing the event.
 */
export function useWheelGate(wrapper: RefObject<HTMLElement | null>, graph: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const element = wrapper.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || (graph.current && graph.current === document.activeElement)) return;
      event.stopPropagation();
    };
    element.addEventListener('wheel', onWheel, { capture: true, passive: true });
    return () => element.removeEventListener('wheel', onWheel, { capture: true });
  }, [wrapper, graph]);
}
