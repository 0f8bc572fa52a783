import { seedProfile } from '../../src/seed/synthetic-generator';
import { startTestServer } from '../test-server';

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))].toFixed(1);

it('large board timing', async () => {
  const server = await startTestServer();
  await seedProfile(server.db, 'large');
  const c = server.client();
  await c.signIn('bench@storby.dk', 'overblik-demo');
  c.organisationId = (await server.db.prisma.organisation.findFirstOrThrow({ where: { slug: 'storby' } })).id;
  const q = `{ portfolioBoard { capacityLineIndex entries { position rankKey score mandatory scorePosition divergence divergent fits firstShortfall { competencyName quarter shortfallHours } timeCriticality { level reasons contractDecisionDate } project { id name status } } } }`;
  const first = await c.gql<{ portfolioBoard: { entries: { project: { id: string } }[] } }>(q);
  const ids = first.data!.portfolioBoard.entries.map((e) => e.project.id);
  const times: number[] = [];
  for (let i = 0; i < 30; i++) { const t0 = performance.now(); await c.gql(q); times.push(performance.now() - t0); }
  const m = `mutation($p: ID!, $b: ID, $a: ID) { reorderProject(projectId: $p, beforeId: $b, afterId: $a) { id } }`;
  const rt: number[] = [];
  const after: number[] = [];
  for (let i = 0; i < 20; i++) {
    let t0 = performance.now(); await c.gql(m, { p: ids[150], b: ids[10 + (i % 2)], a: ids[11 + (i % 2)] }); rt.push(performance.now() - t0);
    t0 = performance.now(); await c.gql(q); after.push(performance.now() - t0);
  }
  console.log(`RESULT projects=${ids.length} cached board p50=${pct(times, 0.5)} p95=${pct(times, 0.95)} | board after a reorder (rebuild) p50=${pct(after, 0.5)} p95=${pct(after, 0.95)} | reorder p50=${pct(rt, 0.5)} p95=${pct(rt, 0.95)}`);
  await server.close();
}, 600000);
