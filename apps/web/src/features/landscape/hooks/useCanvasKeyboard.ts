import type { Core } from 'cytoscape';
import { useState, type KeyboardEvent, type RefObject } from 'react';

const collator = new Intl.Collator('da');

export interface CanvasKeyboard {
  /** The node the keyboard is on, or null before the first arrow key. */
  focusedId: string | null;
  onKeyDown(event: KeyboardEvent): void;
}

/**
 * Keyboard access to the canvas: the arrow keys step through the visible nodes in name order (Home
 * and End jump to the ends), Enter opens the focused node's panel, Escape closes it. The view
 * follows the focused node; the caller announces it in a live region.
 */
export function useCanvasKeyboard(
  cy: RefObject<Core | null>,
  onSelect: (id: string | null) => void,
): CanvasKeyboard {
  const [focusedId, setFocusedId] = useState<string | null>(null);

  const move = (instance: Core, step: number | 'first' | 'last') => {
    const order = instance
      .nodes(':visible')
      .toArray()
      .sort((a, b) => collator.compare(String(a.data('label')), String(b.data('label'))));
    if (!order.length) return;
    const current = order.findIndex((n) => n.id() === focusedId);
    const index =
      step === 'first'
        ? 0
        : step === 'last' || (current < 0 && step < 0)
          ? order.length - 1
          : current < 0
            ? 0
            : (current + step + order.length) % order.length;
    const node = order[index];
    instance.nodes('.keyboard').removeClass('keyboard');
    node.addClass('keyboard');
    instance.stop();
    instance.animate({ center: { eles: node } }, { duration: 120 });
    setFocusedId(node.id());
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const instance = cy.current;
    if (!instance) return;
    const steps: Record<string, number | 'first' | 'last'> = {
      ArrowRight: 1,
      ArrowDown: 1,
      ArrowLeft: -1,
      ArrowUp: -1,
      Home: 'first',
      End: 'last',
    };
    if (event.key in steps) {
      event.preventDefault();
      move(instance, steps[event.key]);
    } else if (event.key === 'Enter' && focusedId) {
      event.preventDefault();
      onSelect(focusedId);
    } else if (event.key === 'Escape') {
      onSelect(null);
    }
  };

  return { focusedId, onKeyDown };
}
