import { useEffect, useState } from 'react';
import { clusterLayout, type LayoutInput, type LayoutResult } from '../layout/cluster-layout';

// Layouts are cached per data version (the key), so returning to the page draws at once.
const cache = new Map<string, LayoutResult>();

/** Positions for the nodes, computed in a Web Worker; null while the worker works. */
export function useWorkerLayout(key: string | null, nodes: readonly LayoutInput[]): LayoutResult | null {
  const [result, setResult] = useState<{ key: string; layout: LayoutResult } | null>(null);

  useEffect(() => {
    if (!key || cache.has(key)) return;
    if (typeof Worker === 'undefined') {
      // Only test environments lack workers; browsers always take the worker path below.
      void Promise.resolve().then(() => {
        const layout = clusterLayout(nodes);
        cache.set(key, layout);
        setResult({ key, layout });
      });
      return;
    }
    const worker = new Worker(new URL('../layout/layout.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ key: string } & LayoutResult>) => {
      const { key: answered, ...layout } = event.data;
      cache.set(answered, layout);
      setResult({ key: answered, layout });
      worker.terminate();
    };
    worker.postMessage({ key, nodes });
    return () => worker.terminate();
  }, [key, nodes]);

  if (!key) return null;
  return cache.get(key) ?? (result?.key === key ? result.layout : null);
}
