import type { Core } from 'cytoscape';
import { useState, type KeyboardEvent, type RefObject } from 'react';
import type { LandscapeEdge } from '../landscape-model';
import { cycleIndex, neighbourSteps, type NeighbourStep } from '../landscape-neighbours';

const collator = new Intl.Collator('da');

/** Where a tour along the edges stands: the node it started from and the step the keyboard is on. */
export interface EdgeTourStep extends NeighbourStep {
  anchorId: string;
  index: number;
  count: number;
}

export interface CanvasKeyboard {
  /** The node the keyboard is on, or null before the first arrow key. */
  focusedId: string | null;
  /** Set while touring a node's connections with Shift + arrows. */
  step: EdgeTourStep | null;
  /** The focused node has no visible connections to tour. */
  isolated: boolean;
  onKeyDown(event: KeyboardEvent): void;
  /** Puts the keyboard on a node chosen another way (a tap, the search), so it carries on from there. */
  follow(id: string): void;
}

/**
 * Keyboard access to the canvas. The arrow keys step through the visible nodes in name order (Home
 * and End jump to the ends). Shift with the arrows follows the edges instead: Shift+→ and Shift+←
 * go to the next or previous connected node of the node the tour started from (outgoing first, then
 * incoming — see neighbourSteps), Shift+↓ carries on from the node reached, Shift+↑ goes back to
 * where the tour started. A node chosen by tap or search becomes the keyboard's node. Enter opens the focused node's panel, Escape closes it. The view follows
 * the focused node; the caller announces it (and the relation, on a tour) in a live region.
 */
export function useCanvasKeyboard(
  cy: RefObject<Core | null>,
  onSelect: (id: string | null) => void,
  edges: readonly LandscapeEdge[],
): CanvasKeyboard {
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [step, setStep] = useState<EdgeTourStep | null>(null);
  const [isolated, setIsolated] = useState(false);

  const goTo = (instance: Core, id: string) => {
    const node = instance.getElementById(id);
    if (node.empty()) return;
    instance.nodes('.keyboard').removeClass('keyboard');
    node.addClass('keyboard');
    instance.stop();
    instance.animate({ center: { eles: node } }, { duration: 120 });
    setFocusedId(id);
  };

  const move = (instance: Core, by: number | 'first' | 'last') => {
    const order = instance
      .nodes('[!box]:visible')
      .toArray()
      .sort((a, b) => collator.compare(String(a.data('label')), String(b.data('label'))));
    if (!order.length) return;
    const current = order.findIndex((n) => n.id() === focusedId);
    const index =
      by === 'first'
        ? 0
        : by === 'last' || (current < 0 && by < 0)
          ? order.length - 1
          : current < 0
            ? 0
            : (current + by + order.length) % order.length;
    setStep(null);
    setIsolated(false);
    goTo(instance, order[index].id());
  };

  /** One step of the tour round `anchorId`'s connections, from `index` (-1: start afresh). */
  const tour = (instance: Core, anchorId: string, index: number, by: 1 | -1) => {
    const nameOf = (id: string) => String(instance.getElementById(id).data('label') ?? id);
    const isVisible = (id: string) => {
      const node = instance.getElementById(id);
      return node.nonempty() && node.visible();
    };
    const steps = neighbourSteps(anchorId, edges, nameOf, isVisible);
    const next = cycleIndex(index, steps.length, by);
    if (next < 0) {
      // Nothing to follow: stay, and say so.
      setStep(null);
      setIsolated(true);
      goTo(instance, anchorId);
      return;
    }
    setIsolated(false);
    setStep({ ...steps[next], anchorId, index: next, count: steps.length });
    goTo(instance, steps[next].id);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const instance = cy.current;
    if (!instance) return;
    const arrows: Record<string, number | 'first' | 'last'> = {
      ArrowRight: 1,
      ArrowDown: 1,
      ArrowLeft: -1,
      ArrowUp: -1,
      Home: 'first',
      End: 'last',
    };
    if (event.shiftKey && event.key.startsWith('Arrow') && focusedId) {
      event.preventDefault();
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        const by = event.key === 'ArrowRight' ? 1 : -1;
        if (step) tour(instance, step.anchorId, step.index, by);
        else tour(instance, focusedId, -1, by);
      } else if (event.key === 'ArrowDown') {
        tour(instance, focusedId, -1, 1);
      } else if (step) {
        const anchor = step.anchorId;
        setStep(null);
        setIsolated(false);
        goTo(instance, anchor);
      }
    } else if (event.key in arrows) {
      event.preventDefault();
      move(instance, arrows[event.key]);
    } else if (event.key === 'Enter' && focusedId) {
      event.preventDefault();
      onSelect(focusedId);
    } else if (event.key === 'Escape') {
      onSelect(null);
    }
  };

  const follow = (id: string) => {
    const instance = cy.current;
    if (!instance || id === focusedId) return;
    const node = instance.getElementById(id);
    if (node.empty()) return;
    instance.nodes('.keyboard').removeClass('keyboard');
    node.addClass('keyboard');
    setStep(null);
    setIsolated(false);
    setFocusedId(id);
  };

  return { focusedId, step, isolated, onKeyDown, follow };
}
