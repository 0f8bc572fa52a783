/**
 * Polls /healthz in its own process, one request at a time every 20 ms, until told to stop; then
 * sends every latency (ms) to the benchmark. A stalled event loop in the API shows here as a slow
 * answer, however busy the load generator is.
 */
const url = process.argv[2];
const samples: number[] = [];
let failures = 0;
let running = true;

process.on('message', (message: string) => {
  if (message === 'stop') running = false;
});

async function poll() {
  while (running) {
    const started = performance.now();
    try {
      const res = await fetch(`${url}/healthz`);
      await res.text();
      if (!res.ok) failures += 1;
    } catch {
      failures += 1;
    }
    samples.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 20));
  }
  process.send!({ samples, failures }, () => process.exit(0));
}

process.send!({ ready: true });
void poll();
