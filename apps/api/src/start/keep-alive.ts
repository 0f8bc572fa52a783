import type { Server } from 'node:http';

/**
 * Idle kept-alive connections stay open `seconds` (HTTP_KEEP_ALIVE_SECONDS). Node's default of 5 s
 * is shorter than what load balancers (60 s) and HTTP clients that ignore the `Keep-Alive: timeout`
 * hint assume, so the server would close a socket just as the other side reuses it, and that
 * request ends in ECONNRESET (seen in the browser journeys under load). The headers timeout must
 * exceed the keep-alive timeout, or Node cuts a slow request on a reused socket first.
 */
export function keepConnectionsAlive(server: Server, seconds: number): void {
  server.keepAliveTimeout = seconds * 1000;
  server.headersTimeout = seconds * 1000 + 1000;
}
