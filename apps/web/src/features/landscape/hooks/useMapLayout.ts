import { landscapeLayers, type LayerNodeInput } from '@overblik/domain';
import { useEffect, useState } from 'react';
import { elkInWorker } from '../layout/elk-worker';
import { mapGraph, readMapLayout, type MapLayout } from '../layout/map-layout';

// Layouts are cached per data version (the key): in memory for this page's life, and the latest in
// localStorage, so the next visit draws at once. Stored layouts hold node ids and numbers, no names.
const memory = new Map<string, MapLayout>();
const STORAGE_PREFIX = 'overblik:landscape-layout:';

function stored(key: string): MapLayout | null {
  try {
    const text = window.localStorage.getItem(STORAGE_PREFIX + key);
    return text ? (JSON.parse(text) as MapLayout) : null;
  } catch {
    return null;
  }
}

function store(key: string, layout: MapLayout) {
  try {
    // One layout per browser: drop older versions before writing, so storage never fills up.
    for (const name of Object.keys(window.localStorage))
      if (name.startsWith(STORAGE_PREFIX)) window.localStorage.removeItem(name);
    window.localStorage.setItem(STORAGE_PREFIX + key, JSON.stringify(layout));
  } catch {
    // Storage full or disabled: the memory cache still serves this visit.
  }
}

function cached(key: string): MapLayout | null {
  const hit = memory.get(key) ?? stored(key);
  if (hit) memory.set(key, hit);
  return hit;
}

/**
 * The map's layers, groups and positions (see map-layout.ts). ELK computes them in its Web Worker;
 * no layout until it answers, unless the layout for this data version is cached; `failed` if it cannot.
 */
export function useMapLayout(
  key: string | null,
  nodes: readonly LayerNodeInput[],
): { layout: MapLayout | null; failed: boolean } {
  const [result, setResult] = useState<{ key: string; layout: MapLayout | null } | null>(null);

  useEffect(() => {
    if (!key || cached(key)) return;
    let cancelled = false;
    const layers = landscapeLayers(nodes);
    void elkInWorker()
      .layout(mapGraph(layers))
      .then((laidOut) => {
        const layout = readMapLayout(layers, laidOut);
        memory.set(key, layout);
        store(key, layout);
        if (!cancelled) setResult({ key, layout });
      })
      .catch(() => {
        if (!cancelled) setResult({ key, layout: null });
      });
    return () => {
      cancelled = true;
    };
  }, [key, nodes]);

  if (!key) return { layout: null, failed: false };
  const answered = result?.key === key ? result : null;
  const layout = answered?.layout ?? cached(key);
  return { layout, failed: !!answered && !layout };
}
