import type cytoscape from 'cytoscape';
import { CELL } from '../layout/map-layout';

/**
 * How the map draws. Labels follow the zoom: a node's name shows once it renders at 7 px or more,
 * a group's and a layer's (far bigger fonts) already in the overview; every label is cut to its
 * node's cell or its box's width, so none overlaps another.
 */
export const CANVAS_STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      // Boxes behind edges behind nodes (see the z-index values below).
      'z-index-compare': 'manual',
      'z-index': 2,
      'background-color': 'data(colour)',
      label: 'data(label)',
      'font-size': 11,
      'min-zoomed-font-size': 7,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-wrap': 'ellipsis',
      'text-max-width': `${CELL.width - 8}px`,
      width: 24,
      height: 24,
    },
  },
  { selector: 'node[kind = "DATA_SOURCE"]', style: { shape: 'diamond', width: 30, height: 30 } },
  { selector: 'node[kind = "INFRASTRUCTURE"]', style: { shape: 'hexagon' } },
  {
    selector: 'node[?conflict]',
    style: { 'border-width': 3, 'border-color': '#fa5252', 'border-style': 'dashed' },
  },
  // Layers and groups: boxes behind the nodes that name what they hold (at their top); they take no taps.
  {
    selector: 'node[?box]',
    style: {
      'z-index': 0,
      shape: 'round-rectangle',
      width: 'data(width)',
      height: 'data(height)',
      'background-color': '#f1f3f5',
      'border-width': 1,
      'border-color': '#ced4da',
      'font-size': 'data(fontSize)',
      'font-weight': 'bold',
      color: '#343a40',
      'text-valign': 'top',
      'text-margin-y': -4,
      'text-max-width': 'data(labelWidth)',
      'min-zoomed-font-size': 6,
      events: 'no',
    },
  },
  {
    selector: 'node[?layer]',
    style: { 'background-color': '#ffffff', 'border-color': '#adb5bd', 'border-width': 2 },
  },
  {
    selector: 'edge',
    style: {
      'z-index-compare': 'manual',
      'z-index': 1,
      width: 1,
      'line-color': '#adb5bd',
      'curve-style': 'haystack',
      opacity: 0.6,
    },
  },
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
  { selector: '.dimmed, .faded', style: { opacity: 0.12 } },
  // The hovered or selected node's neighbourhood: on top, edges drawn strong, names always shown.
  { selector: 'node.near', style: { 'z-index': 4, 'min-zoomed-font-size': 0, 'font-weight': 'bold' } },
  { selector: 'edge.near', style: { 'z-index': 3, width: 2.5, 'line-color': '#1971c2', opacity: 1 } },
  {
    selector: 'node.affected',
    style: { 'border-width': 5, 'border-color': '#c92a2a', 'border-style': 'solid' },
  },
  { selector: 'edge.affected', style: { 'line-color': '#c92a2a', width: 3, opacity: 1 } },
  // Possibly affected (reached only through undeclared payloads): dashed, so not told by colour alone.
  {
    selector: 'node.possible',
    style: { 'border-width': 5, 'border-color': '#d9480f', 'border-style': 'dashed' },
  },
  {
    selector: 'edge.possible',
    style: { 'line-color': '#d9480f', 'line-style': 'dashed', width: 3, opacity: 1 },
  },
  { selector: 'node.target', style: { 'border-width': 7, 'border-color': '#000', 'border-style': 'double' } },
  {
    selector: 'node:selected',
    style: { 'border-width': 6, 'border-color': '#1971c2', 'border-style': 'solid' },
  },
  { selector: 'node[?group]', style: { width: 46, height: 46, 'font-weight': 'bold' } },
  {
    selector: 'node.keyboard',
    style: { 'overlay-color': '#1971c2', 'overlay-opacity': 0.25, 'overlay-padding': 8 },
  },
];
