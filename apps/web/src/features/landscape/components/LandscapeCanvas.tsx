import { Box, Text, VisuallyHidden } from '@mantine/core';
import cytoscape, { type Core } from 'cytoscape';
import { forwardRef, useEffect, useId, useImperativeHandle, useMemo, useRef, useState } from 'react';
import { useCanvasKeyboard, type EdgeTourStep } from '../hooks/useCanvasKeyboard';
import { useWheelGate } from '../hooks/useWheelGate';
import type { LandscapeEdge, LandscapeNode } from '../landscape-model';
import { landscapeSvg } from '../landscape-svg';
import type { MapBox, MapLayout } from '../layout/map-layout';
import { showNeighbourhood } from '../neighbourhood-highlight';
import { boxData, canvasElements } from './canvas-elements';
import { CANVAS_STYLE } from './landscape-canvas-style';
import { LandscapeMiniMap } from './LandscapeMiniMap';

export interface LandscapeCanvasHandle {
  fit(): void;
  /** The current view as a PNG data URL. */
  png(): string | null;
  /** The visible graph as an SVG document. */
  svg(title: string): string | null;
  focus(id: string): void;
}

export interface LandscapeCanvasProps {
  nodes: readonly LandscapeNode[];
  edges: readonly LandscapeEdge[];
  layout: MapLayout;
  /** A layer's or group's name, drawn above its box. */
  boxLabel(box: MapBox): string;
  /** Ids passing the filters; null shows everything. */
  visibleIds: Set<string> | null;
  /** Impact mode: the target, the nodes that certainly lose data and those that possibly do. */
  highlight: {
    targetId: string;
    affectedIds: ReadonlySet<string>;
    possibleIds: ReadonlySet<string>;
  } | null;
  selectedId: string | null;
  onSelect(id: string | null): void;
  /** Node fill for the chosen colour mode. */
  colourOf(node: LandscapeNode): string;
  /** The text alternative: what the graph holds, and where the table is. */
  label: string;
  /** How to use the keyboard: shown under the canvas and read after the label. */
  keyboardHint: string;
  /** What the live region says when the keyboard reaches a node. */
  announce(node: LandscapeNode): string;
  /** What it says when a tour along the edges reaches a node: the node and its relation. */
  announceStep(node: LandscapeNode, step: EdgeTourStep, anchor: LandscapeNode | undefined): string;
  /** What it says when the focused node has no connections to follow. */
  announceIsolated(node: LandscapeNode): string;
  /** The mini-map's text alternative. */
  miniMapLabel: string;
}

/**
 * The render benchmark (bench/landscape-render.ts) pans the graph through Cytoscape itself, so it
 * needs the instance. Development builds always expose it; the production build only with `?bench=1`
 * in the address, so normal use never leaks internals onto `window`. It holds only the graph the
 * viewer already sees, so the flag grants nothing.
 */
function exposeForBenchmark(instance: Core | null) {
  const wanted =
    import.meta.env.MODE !== 'production' || new URLSearchParams(window.location.search).has('bench');
  if (wanted) (window as { __overblikCy?: Core | null }).__overblikCy = instance;
}

/**
 * The whole landscape on a canvas. Positions come precomputed (preset layout), so Cytoscape only
 * draws; edges are hidden and the view textured while panning to keep frames cheap on large graphs.
 */
export const LandscapeCanvas = forwardRef<LandscapeCanvasHandle, LandscapeCanvasProps>(
  function LandscapeCanvas(
    {
      nodes,
      edges,
      layout,
      visibleIds,
      highlight,
      selectedId,
      onSelect,
      colourOf,
      label,
      keyboardHint,
      announce,
      announceStep,
      announceIsolated,
      boxLabel,
      miniMapLabel,
    },
    ref,
  ) {
    const wrapper = useRef<HTMLDivElement>(null);
    const container = useRef<HTMLDivElement>(null);
    const cy = useRef<Core | null>(null);
    const [instanceShown, setInstanceShown] = useState<Core | null>(null);
    const onSelectRef = useRef(onSelect);
    onSelectRef.current = onSelect;
    // What the neighbourhood highlight follows: the hovered node, else the selected one; none in impact mode.
    const hovered = useRef<string | null>(null);
    const selectedRef = useRef(selectedId);
    selectedRef.current = selectedId;
    const impactRef = useRef(highlight);
    impactRef.current = highlight;
    const refreshNeighbourhood = (instance: Core) => {
      if (!impactRef.current) showNeighbourhood(instance, hovered.current ?? selectedRef.current);
    };
    useWheelGate(wrapper, container);
    const miniMapRevision = useMemo(() => ({ visibleIds, colourOf }), [visibleIds, colourOf]);
    // The colour function the elements were built with: a rebuild already coloured them.
    const builtColours = useRef(colourOf);
    const keyboard = useCanvasKeyboard(cy, onSelect, edges);
    const hintId = useId();
    const nodeById = (id: string | null | undefined) => (id ? nodes.find((n) => n.id === id) : undefined);
    const focused = nodeById(keyboard.focusedId);
    const spoken = !focused
      ? ''
      : keyboard.step
        ? announceStep(focused, keyboard.step, nodeById(keyboard.step.anchorId))
        : keyboard.isolated
          ? announceIsolated(focused)
          : announce(focused);

    useEffect(() => {
      const element = container.current;
      if (!element) return;
      performance.mark('landscape-canvas-start');
      builtColours.current = colourOf;
      const elements = canvasElements(nodes, edges, layout, colourOf, boxLabel);
      const instance = cytoscape({
        container: element,
        elements,
        style: CANVAS_STYLE,
        layout: { name: 'preset' },
        pixelRatio: 1,
        textureOnViewport: nodes.length > 800,
        hideEdgesOnViewport: nodes.length > 800,
        hideLabelsOnViewport: nodes.length > 800,
        motionBlur: false,
        minZoom: 0.05,
        maxZoom: 3,
        boxSelectionEnabled: false,
        selectionType: 'single',
        autoungrabify: true,
      });
      instance.on('tap', 'node', (event) => onSelectRef.current(event.target.id() as string));
      // A click on the graph gives it focus, so the wheel zooms from then on (see useWheelGate).
      instance.on('tapstart', () => element.focus({ preventScroll: true }));
      // Hovering shows a node's neighbourhood; a short pause, so sweeping across the map stays smooth.
      let pause = 0;
      const hover = (id: string | null) => {
        hovered.current = id;
        window.clearTimeout(pause);
        pause = window.setTimeout(() => refreshNeighbourhood(instance), 60);
      };
      instance.on('mouseover', 'node[!box]', (event) => hover(event.target.id() as string));
      instance.on('mouseout', 'node[!box]', () => hover(null));
      // Leaving the canvas straight from a node sends Cytoscape no mouseout.
      const leave = () => hover(null);
      element.addEventListener('mouseleave', leave);
      instance.on('tap', (event) => {
        if (event.target === instance) onSelectRef.current(null);
      });
      // The first frame with the precomputed positions drawn: the page is interactive from here.
      instance.one('render', () => {
        performance.mark('landscape-ready');
        element.setAttribute('data-ready', 'true');
      });
      exposeForBenchmark(instance);
      cy.current = instance;
      setInstanceShown(instance);
      return () => {
        window.clearTimeout(pause);
        element.removeEventListener('mouseleave', leave);
        element.removeAttribute('data-ready');
        exposeForBenchmark(null);
        instance.destroy();
        cy.current = null;
      };
      // Colours change with the colour mode without rebuilding the graph; box names with the language.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [nodes, edges, layout]);

    // Box names follow the language without rebuilding the graph.
    useEffect(() => {
      const instance = cy.current;
      if (!instance) return;
      instance.batch(() => {
        for (const box of layout.boxes) instance.getElementById(box.id).data(boxData(box, boxLabel(box)));
      });
    }, [boxLabel, layout]);

    useEffect(() => {
      const instance = cy.current;
      if (!instance) return;
      if (builtColours.current === colourOf) return;
      builtColours.current = colourOf;
      instance.batch(() => nodes.forEach((n) => instance.getElementById(n.id).data('colour', colourOf(n))));
    }, [colourOf, nodes, edges, layout]);

    useEffect(() => {
      const instance = cy.current;
      if (!instance) return;
      instance.batch(() => {
        // Only what carries a class: touching every element restyles thousands for nothing.
        instance
          .elements('.hidden, .dimmed, .affected, .possible, .target, .faded, .near')
          .removeClass('hidden dimmed affected possible target faded near');
        if (visibleIds) {
          instance.nodes('[!box]').forEach((n) => {
            if (!visibleIds.has(n.id())) n.addClass('hidden');
          });
          // A box whose nodes are all filtered away goes too.
          const shownBoxes = new Set<string>();
          for (const id of visibleIds) {
            const parent = layout.parentOf[id];
            if (parent) shownBoxes.add(parent);
          }
          for (const box of layout.boxes)
            if (box.parent && shownBoxes.has(box.id)) shownBoxes.add(box.parent);
          for (const box of layout.boxes)
            if (!shownBoxes.has(box.id)) instance.getElementById(box.id).addClass('hidden');
        }
        if (highlight) {
          const { targetId, affectedIds, possibleIds } = highlight;
          const certain = (id: string) => id === targetId || affectedIds.has(id);
          instance.nodes('[!box]').forEach((n) => {
            if (n.id() === targetId) n.addClass('target');
            else if (affectedIds.has(n.id())) n.addClass('affected');
            else if (possibleIds.has(n.id())) n.addClass('possible');
            else n.addClass('dimmed');
          });
          // An edge between two certain nodes is certain; one that reaches a possible node is possible.
          instance.edges().forEach((e) => {
            const [from, to] = [e.source().id(), e.target().id()];
            if (certain(from) && certain(to)) e.addClass('affected');
            else if ((certain(from) || possibleIds.has(from)) && (certain(to) || possibleIds.has(to)))
              e.addClass('possible');
            else e.addClass('dimmed');
          });
        }
      });
      refreshNeighbourhood(instance);
    }, [visibleIds, highlight, nodes, edges, layout]);

    useEffect(() => {
      const instance = cy.current;
      if (!instance) return;
      instance.$(':selected').unselect();
      if (selectedId) instance.getElementById(selectedId).select();
      refreshNeighbourhood(instance);
    }, [selectedId, nodes, edges, layout]);

    // The keyboard carries on from a node opened by tap or search.
    const { follow } = keyboard;
    useEffect(() => {
      if (selectedId) follow(selectedId);
      // Only a new selection moves the keyboard; `follow` changes every render.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [selectedId]);

    useImperativeHandle(ref, () => ({
      fit: () => cy.current?.fit(cy.current.elements(':visible'), 30),
      png: () => cy.current?.png({ full: true, bg: '#ffffff', maxWidth: 4000 }) ?? null,
      svg: (title: string) => {
        const instance = cy.current;
        if (!instance) return null;
        const shown = instance.nodes('[!box]:visible').map((n) => ({
          id: n.id(),
          label: String(n.data('label')),
          kind: String(n.data('kind')),
          colour: String(n.data('colour')),
          ...n.position(),
        }));
        const links = instance
          .edges(':visible')
          .map((e) => ({ from: e.source().id(), to: e.target().id(), kind: String(e.data('kind')) }));
        return landscapeSvg(shown, links, title);
      },
      focus: (id: string) => {
        const node = cy.current?.getElementById(id);
        if (!node || node.empty()) return;
        cy.current!.animate({ center: { eles: node }, zoom: 1.4 }, { duration: 250 });
      },
    }));

    // An application region: screen readers pass the arrow keys through to the canvas.
    return (
      <>
        <Box ref={wrapper} pos="relative">
          <Box
            ref={container}
            role="application"
            aria-label={label}
            aria-describedby={hintId}
            tabIndex={0}
            onKeyDown={keyboard.onKeyDown}
            h="max(440px, calc(100vh - 410px))"
            style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8, background: '#fff' }}
          />
          <LandscapeMiniMap instance={instanceShown} revision={miniMapRevision} label={miniMapLabel} />
        </Box>
        <Text id={hintId} size="sm" mt="xs">
          {keyboardHint}
        </Text>
        <VisuallyHidden aria-live="polite" aria-atomic>
          {spoken}
        </VisuallyHidden>
      </>
    );
  },
);
