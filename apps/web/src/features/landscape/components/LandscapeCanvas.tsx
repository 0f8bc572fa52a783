import { Box } from '@mantine/core';
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { nodeColour } from '../landscape-colours';
import type { LandscapeEdge, LandscapeNode } from '../landscape-model';
import type { LayoutResult } from '../layout/cluster-layout';

export interface LandscapeCanvasHandle {
  fit(): void;
  /** The current view as a PNG data URL. */
  png(): string | null;
  focus(id: string): void;
}

export interface LandscapeCanvasProps {
  nodes: readonly LandscapeNode[];
  edges: readonly LandscapeEdge[];
  layout: LayoutResult;
  /** Ids passing the filters; null shows everything. */
  visibleIds: Set<string> | null;
  /** Impact mode: the target and the nodes it affects. */
  highlight: { targetId: string; affectedIds: ReadonlySet<string> } | null;
  selectedId: string | null;
  onSelect(id: string | null): void;
  label: string;
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      label: 'data(label)',
      'font-size': 10,
      'min-zoomed-font-size': 9,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      width: 26,
      height: 26,
    },
  },
  { selector: 'node[kind = "DATA_SOURCE"]', style: { shape: 'diamond', width: 34, height: 34 } },
  { selector: 'node[kind = "INFRASTRUCTURE"]', style: { shape: 'hexagon' } },
  {
    selector: 'node[?conflict]',
    style: { 'border-width': 3, 'border-color': '#fa5252', 'border-style': 'dashed' },
  },
  { selector: 'edge', style: { width: 1, 'line-color': '#adb5bd', 'curve-style': 'haystack', opacity: 0.7 } },
  {
    selector: 'edge[kind = "INTEGRATION"]',
    style: {
      'curve-style': 'straight',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#868e96',
      'line-color': '#868e96',
    },
  },
  { selector: 'edge[kind = "COPY_OF"]', style: { 'line-style': 'dashed', 'line-color': '#c2255c' } },
  { selector: '.hidden', style: { display: 'none' } },
  { selector: '.dimmed', style: { opacity: 0.12 } },
  {
    selector: 'node.affected',
    style: { 'border-width': 5, 'border-color': '#c92a2a', 'border-style': 'solid' },
  },
  { selector: 'edge.affected', style: { 'line-color': '#c92a2a', width: 3, opacity: 1 } },
  { selector: 'node.target', style: { 'border-width': 7, 'border-color': '#000', 'border-style': 'double' } },
  {
    selector: 'node:selected',
    style: { 'border-width': 6, 'border-color': '#1971c2', 'border-style': 'solid' },
  },
];

/**
 * The whole landscape on a canvas. Positions come precomputed (preset layout), so Cytoscape only
 * draws; edges are hidden and the view textured while panning to keep frames cheap on large graphs.
 */
export const LandscapeCanvas = forwardRef<LandscapeCanvasHandle, LandscapeCanvasProps>(
  function LandscapeCanvas(
    { nodes, edges, layout, visibleIds, highlight, selectedId, onSelect, label },
    ref,
  ) {
    const container = useRef<HTMLDivElement>(null);
    const cy = useRef<Core | null>(null);
    const onSelectRef = useRef(onSelect);
    onSelectRef.current = onSelect;

    useEffect(() => {
      if (!container.current) return;
      const elements: ElementDefinition[] = [
        ...nodes.map((n) => ({
          group: 'nodes' as const,
          data: {
            id: n.id,
            label: n.name,
            kind: n.kind,
            colour: nodeColour(n),
            conflict: n.hasLifecycleConflict,
          },
          position: layout.positions[n.id] ?? { x: 0, y: 0 },
        })),
        ...edges
          .filter((e) => layout.positions[e.from] && layout.positions[e.to])
          .map((e) => ({
            group: 'edges' as const,
            data: { id: e.id, source: e.from, target: e.to, kind: e.kind },
          })),
      ];
      const instance = cytoscape({
        container: container.current,
        elements,
        style: STYLE,
        layout: { name: 'preset' },
        pixelRatio: 1,
        textureOnViewport: nodes.length > 800,
        hideEdgesOnViewport: nodes.length > 800,
        motionBlur: false,
        minZoom: 0.05,
        maxZoom: 3,
        boxSelectionEnabled: false,
        selectionType: 'single',
      });
      instance.on('tap', 'node', (event) => onSelectRef.current(event.target.id() as string));
      instance.on('tap', (event) => {
        if (event.target === instance) onSelectRef.current(null);
      });
      cy.current = instance;
      return () => {
        instance.destroy();
        cy.current = null;
      };
    }, [nodes, edges, layout]);

    useEffect(() => {
      const instance = cy.current;
      if (!instance) return;
      instance.batch(() => {
        instance.elements().removeClass('hidden dimmed affected target');
        if (visibleIds) {
          instance.nodes().forEach((n) => {
            if (!visibleIds.has(n.id())) n.addClass('hidden');
          });
        }
        if (highlight) {
          const lit = new Set([highlight.targetId, ...highlight.affectedIds]);
          instance.nodes().forEach((n) => {
            if (n.id() === highlight.targetId) n.addClass('target');
            else if (highlight.affectedIds.has(n.id())) n.addClass('affected');
            else n.addClass('dimmed');
          });
          instance.edges().forEach((e) => {
            if (lit.has(e.source().id()) && lit.has(e.target().id())) e.addClass('affected');
            else e.addClass('dimmed');
          });
        }
      });
    }, [visibleIds, highlight, nodes, edges, layout]);

    useEffect(() => {
      const instance = cy.current;
      if (!instance) return;
      instance.$(':selected').unselect();
      if (selectedId) instance.getElementById(selectedId).select();
    }, [selectedId, nodes, edges, layout]);

    useImperativeHandle(ref, () => ({
      fit: () => cy.current?.fit(cy.current.elements(':visible'), 30),
      png: () => cy.current?.png({ full: true, bg: '#ffffff', maxWidth: 4000 }) ?? null,
      focus: (id: string) => {
        const node = cy.current?.getElementById(id);
        if (!node || node.empty()) return;
        cy.current!.animate({ center: { eles: node }, zoom: 1.4 }, { duration: 250 });
      },
    }));

    return (
      <Box
        ref={container}
        role="img"
        aria-label={label}
        h={620}
        style={{ border: '1px solid var(--mantine-color-gray-4)', borderRadius: 8, background: '#fff' }}
      />
    );
  },
);
