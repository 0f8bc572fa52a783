/**
 * A plain SVG of the drawn graph (cytoscape-svg is not a dependency): circles, diamonds and hexagons
 * at the canvas positions, straight lines for edges, names as text. Scales without blurring, and
 * opens in any drawing program for a report.
 */
export interface SvgNode {
  id: string;
  label: string;
  x: number;
  y: number;
  colour: string;
  kind: string;
}

export interface SvgEdge {
  from: string;
  to: string;
  kind: string;
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const R = 13;
const MARGIN = 60;
const round = (n: number) => Math.round(n * 10) / 10;

function shape(n: SvgNode): string {
  const { x, y } = n;
  if (n.kind === 'DATA_SOURCE') {
    const d = R + 4;
    return `<polygon points="${round(x)},${round(y - d)} ${round(x + d)},${round(y)} ${round(x)},${round(y + d)} ${round(x - d)},${round(y)}" fill="${n.colour}"/>`;
  }
  if (n.kind === 'INFRASTRUCTURE') {
    const points = [0, 60, 120, 180, 240, 300]
      .map(
        (a) =>
          `${round(x + R * Math.cos((a * Math.PI) / 180))},${round(y + R * Math.sin((a * Math.PI) / 180))}`,
      )
      .join(' ');
    return `<polygon points="${points}" fill="${n.colour}"/>`;
  }
  return `<circle cx="${round(x)}" cy="${round(y)}" r="${R}" fill="${n.colour}"/>`;
}

export function landscapeSvg(nodes: readonly SvgNode[], edges: readonly SvgEdge[], title: string): string {
  const at = new Map(nodes.map((n) => [n.id, n]));
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const minX = (nodes.length ? Math.min(...xs) : 0) - MARGIN;
  const minY = (nodes.length ? Math.min(...ys) : 0) - MARGIN;
  const width = (nodes.length ? Math.max(...xs) : 0) - minX + MARGIN;
  const height = (nodes.length ? Math.max(...ys) : 0) - minY + MARGIN;
  const lines = edges.flatMap((e) => {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (!a || !b) return [];
    const style =
      e.kind === 'COPY_OF'
        ? 'stroke="#c2255c" stroke-dasharray="5 4"'
        : e.kind === 'INTEGRATION'
          ? 'stroke="#868e96" marker-end="url(#arrow)"'
          : 'stroke="#adb5bd"';
    return [`<line x1="${round(a.x)}" y1="${round(a.y)}" x2="${round(b.x)}" y2="${round(b.y)}" ${style}/>`];
  });
  const shapes = nodes.map(
    (n) =>
      `<g>${shape(n)}<text x="${round(n.x)}" y="${round(n.y + R + 14)}" text-anchor="middle">${escape(n.label)}</text></g>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${round(minX)} ${round(minY)} ${round(width)} ${round(height)}" width="${round(width)}" height="${round(height)}" font-family="sans-serif" font-size="10">`,
    `<title>${escape(title)}</title>`,
    '<defs><marker id="arrow" viewBox="0 0 10 10" refX="22" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#868e96"/></marker></defs>',
    `<rect x="${round(minX)}" y="${round(minY)}" width="${round(width)}" height="${round(height)}" fill="#fff"/>`,
    `<g stroke-width="1" opacity="0.8">${lines.join('')}</g>`,
    shapes.join(''),
    '</svg>',
  ].join('\n');
}
