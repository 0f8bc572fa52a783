import type { Core } from 'cytoscape';
import { useEffect, useRef, type PointerEvent } from 'react';

const WIDTH = 200;
const HEIGHT = 120;

interface Mapping {
  x1: number;
  y1: number;
  scale: number;
  dx: number;
  dy: number;
}

export interface LandscapeMiniMapProps {
  instance: Core | null;
  /** Redraws when this changes (filters, colours). */
  revision: unknown;
  label: string;
}

/**
 * The whole map in small, with a frame for the part in view; a click or drag in it moves the view.
 * The map is drawn once per change of the graph (its positions are fixed) and only the frame moves
 * while panning, so it costs nothing per frame — unlike cytoscape-navigator, which re-renders the
 * whole graph as a PNG while the view moves (see ADR 0033).
 */
export function LandscapeMiniMap({ instance, revision, label }: LandscapeMiniMapProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const mapping = useRef<Mapping | null>(null);
  const dragging = useRef(false);

  useEffect(() => {
    const context = canvas.current?.getContext('2d');
    if (!instance || !context) return;
    const at = (map: Mapping, x: number, y: number) => [
      map.dx + (x - map.x1) * map.scale,
      map.dy + (y - map.y1) * map.scale,
    ];
    const place = () => {
      const map = mapping.current;
      const style = frame.current?.style;
      if (!map || !style) return;
      const view = instance.extent();
      const [x, y] = at(map, view.x1, view.y1);
      const left = Math.max(0, x);
      const top = Math.max(0, y);
      style.left = `${left}px`;
      style.top = `${top}px`;
      style.width = `${Math.max(4, Math.min(WIDTH, x + view.w * map.scale) - left)}px`;
      style.height = `${Math.max(4, Math.min(HEIGHT, y + view.h * map.scale) - top)}px`;
    };
    const draw = () => {
      // From positions and box sizes only: Cytoscape's boundingBox() measures every label.
      const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity, w: 0, h: 0 };
      instance.nodes(':visible').forEach((n) => {
        const p = n.position();
        const halfWidth = Number(n.data('width') ?? 0) / 2;
        const halfHeight = Number(n.data('height') ?? 0) / 2;
        box.x1 = Math.min(box.x1, p.x - halfWidth);
        box.y1 = Math.min(box.y1, p.y - halfHeight);
        box.x2 = Math.max(box.x2, p.x + halfWidth);
        box.y2 = Math.max(box.y2, p.y + halfHeight);
      });
      box.w = box.x2 - box.x1;
      box.h = box.y2 - box.y1;
      if (!(box.w > 0 && box.h > 0)) return;
      const scale = Math.min(WIDTH / box.w, HEIGHT / box.h);
      const map: Mapping = {
        x1: box.x1,
        y1: box.y1,
        scale,
        dx: (WIDTH - box.w * scale) / 2,
        dy: (HEIGHT - box.h * scale) / 2,
      };
      mapping.current = map;
      context.clearRect(0, 0, WIDTH, HEIGHT);
      context.strokeStyle = '#adb5bd';
      instance.nodes('[?box]:visible').forEach((n) => {
        const p = n.position();
        const [width, height] = [Number(n.data('width')), Number(n.data('height'))];
        const [x, y] = at(map, p.x - width / 2, p.y - height / 2);
        context.strokeRect(x, y, width * scale, height * scale);
      });
      instance.nodes('[!box]:visible').forEach((n) => {
        const p = n.position();
        const [x, y] = at(map, p.x, p.y);
        context.fillStyle = String(n.data('colour'));
        context.fillRect(x - 1, y - 1, 2, 2);
      });
      place();
    };
    // After the canvas's own effects (filters, colours) have run: a child's effects run first.
    const drawing = requestAnimationFrame(draw);
    let pending = 0;
    const onViewport = () => {
      pending ||= requestAnimationFrame(() => {
        pending = 0;
        place();
      });
    };
    instance.on('viewport resize', onViewport);
    return () => {
      cancelAnimationFrame(drawing);
      cancelAnimationFrame(pending);
      instance.off('viewport resize', onViewport);
    };
  }, [instance, revision]);

  const centreAt = (event: PointerEvent) => {
    const map = mapping.current;
    if (!instance || !map || !canvas.current) return;
    const rect = canvas.current.getBoundingClientRect();
    const x = map.x1 + (event.clientX - rect.left - map.dx) / map.scale;
    const y = map.y1 + (event.clientY - rect.top - map.dy) / map.scale;
    const zoom = instance.zoom();
    instance.pan({ x: instance.width() / 2 - x * zoom, y: instance.height() / 2 - y * zoom });
  };

  return (
    <div
      role="img"
      aria-label={label}
      data-testid="landscape-minimap"
      onPointerDown={(event) => {
        dragging.current = true;
        event.currentTarget.setPointerCapture(event.pointerId);
        centreAt(event);
      }}
      onPointerMove={(event) => dragging.current && centreAt(event)}
      onPointerUp={() => (dragging.current = false)}
      style={{
        position: 'absolute',
        right: 8,
        bottom: 8,
        width: WIDTH,
        height: HEIGHT,
        background: '#fff',
        border: '1px solid var(--mantine-color-gray-5)',
        borderRadius: 4,
        cursor: 'pointer',
        touchAction: 'none',
      }}
    >
      <canvas ref={canvas} width={WIDTH} height={HEIGHT} aria-hidden />
      <div
        ref={frame}
        aria-hidden
        style={{
          position: 'absolute',
          border: '2px solid #1971c2',
          background: 'rgba(25, 113, 194, 0.12)',
          pointerEvents: 'none',
        }}
      />
    </div>
  );
}
