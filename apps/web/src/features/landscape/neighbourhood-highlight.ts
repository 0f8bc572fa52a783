import type { Core } from 'cytoscape';

/**
 * Brings a node and its direct neighbours (with the edges between) forward and dims the rest of the
 * map; null restores the map. Layer and group boxes stay as they are, so the map keeps its frame.
 */
export function showNeighbourhood(instance: Core, id: string | null) {
  instance.batch(() => {
    instance.elements('.faded, .near').removeClass('faded near');
    if (!id) return;
    const node = instance.getElementById(id);
    if (node.empty() || node.data('box')) return;
    const near = node.closedNeighborhood();
    instance.nodes('[!box]').union(instance.edges()).not(near).addClass('faded');
    near.addClass('near');
  });
}
