import ELK from 'elkjs/lib/elk-api.js';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';

// One ELK instance whose work runs in its own Web Worker, so layout never blocks the page.
let elk: InstanceType<typeof ELK> | null = null;

/** The shared ELK instance, created on first use; its layout runs off the main thread. */
export function elkInWorker(): InstanceType<typeof ELK> {
  elk ??= new ELK({ workerUrl: elkWorkerUrl });
  return elk;
}
