/// <reference lib="webworker" />
import { clusterLayout, type LayoutInput } from './cluster-layout';

/** Lays out the landscape off the main thread: receives nodes, answers with positions. */
self.onmessage = (event: MessageEvent<{ key: string; nodes: LayoutInput[] }>) => {
  const { key, nodes } = event.data;
  self.postMessage({ key, ...clusterLayout(nodes) });
};
