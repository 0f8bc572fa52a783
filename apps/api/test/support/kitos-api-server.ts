import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

/**
 * A local stand-in for the part of KITOS's API v2 the connector reads, with KITOS's DTO shapes:
 * POST /api/authorize/GetToken ({ msg, response: { token, email, loginSuccessful, expires } }),
 * the paged v2 lists (page from 0, pageSize, organizationUuid, changedSinceGtEq on lastModified)
 * and /api/v2/delta-feed/deleted-entities. Tests change its data and its behaviour (down, 500,
 * slow) through the returned handle; the connector is never mocked.
 */
export interface KitosObject {
  uuid: string;
  lastModified?: string;
  [key: string]: unknown;
}

export interface KitosApiServer {
  url: string;
  email: string;
  password: string;
  organisationUuid: string;
  data: {
    units: KitosObject[];
    users: KitosObject[];
    usages: KitosObject[];
    contracts: KitosObject[];
    interfaces: KitosObject[];
    deleted: { entityUuid: string; entityType: string; occurredAtUtc: string }[];
  };
  /** 'ok', every answer a 500, or every answer held back for this many ms. */
  mode: { kind: 'ok' } | { kind: 'error' } | { kind: 'slow'; ms: number };
  /** Requests seen, as "METHOD path?query" (to check paging and filters). */
  requests: string[];
  /** Puts an object in (or replaces it), stamped as changed now. */
  put(list: Exclude<keyof KitosApiServer['data'], 'deleted'>, object: KitosObject): void;
  remove(list: Exclude<keyof KitosApiServer['data'], 'deleted'>, uuid: string, entityType: string): void;
  close(): Promise<void>;
}

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => resolve(body));
  });

export async function startKitosApiServer(
  organisationUuid = randomUUID(),
  credentials = { email: 'api@kommune.dk', password: 'hemmeligt-1' },
): Promise<KitosApiServer> {
  const tokens = new Set<string>();
  const handle: Omit<KitosApiServer, 'url' | 'close'> = {
    ...credentials,
    organisationUuid,
    data: { units: [], users: [], usages: [], contracts: [], interfaces: [], deleted: [] },
    mode: { kind: 'ok' },
    requests: [],
    put(list, object) {
      const stamped = { ...object, lastModified: new Date().toISOString() };
      const items = handle.data[list];
      const i = items.findIndex((o) => o.uuid === object.uuid);
      if (i >= 0) items[i] = stamped;
      else items.push(stamped);
    },
    remove(list, uuid, entityType) {
      handle.data[list] = handle.data[list].filter((o) => o.uuid !== uuid);
      handle.data.deleted.push({ entityUuid: uuid, entityType, occurredAtUtc: new Date().toISOString() });
    },
  };

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  const page = (
    res: ServerResponse,
    query: URLSearchParams,
    items: readonly Record<string, unknown>[],
    stampField = 'lastModified',
  ) => {
    const since = query.get('changedSinceGtEq');
    const filtered = since
      ? items.filter((o) => String(o[stampField] ?? '') >= new Date(since).toISOString())
      : items;
    const size = Number(query.get('pageSize') ?? 100);
    const n = Number(query.get('page') ?? 0);
    send(res, 200, filtered.slice(n * size, (n + 1) * size));
  };

  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://kitos');
    handle.requests.push(`${req.method} ${url.pathname}${url.search}`);
    if (handle.mode.kind === 'slow')
      await new Promise((r) => setTimeout(r, (handle.mode as { ms: number }).ms).unref());
    if (handle.mode.kind === 'error') return send(res, 500, { message: 'Internal Server Error' });

    if (req.method === 'POST' && url.pathname === '/api/authorize/GetToken') {
      const body = JSON.parse((await read(req)) || '{}') as { email?: string; password?: string };
      if (body.email !== handle.email || body.password !== handle.password) {
        return send(res, 401, { msg: 'Unauthorized', response: null });
      }
      const token = randomUUID();
      tokens.add(token);
      return send(res, 200, {
        msg: '',
        response: {
          token,
          email: body.email,
          loginSuccessful: true,
          expires: new Date(Date.now() + 3600_000),
        },
      });
    }
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || !tokens.has(auth.slice(7)))
      return send(res, 401, { message: 'Unauthorized' });

    const q = url.searchParams;
    const org = `/api/v2/organizations/${organisationUuid}`;
    const scoped = (items: KitosObject[]) => {
      if (q.get('organizationUuid') !== organisationUuid) return send(res, 200, []);
      return page(res, q, items);
    };
    switch (url.pathname) {
      case `${org}/organization-units`:
        return page(res, q, handle.data.units);
      case `${org}/users`:
        return page(res, q, handle.data.users);
      case '/api/v2/it-system-usages':
        return scoped(handle.data.usages);
      case '/api/v2/it-contracts':
        return scoped(handle.data.contracts);
      case '/api/v2/it-interfaces':
        return scoped(handle.data.interfaces);
      case '/api/v2/delta-feed/deleted-entities': {
        // KITOS's TrackingEventResponseDTO: entityUuid, entityType (TrackedEntityTypeChoice as
        // its name), occurredAtUtc; filtered by deletedSinceUTC and optionally entityType.
        const since = q.get('deletedSinceUTC');
        const type = q.get('entityType');
        const items = handle.data.deleted.filter(
          (d) =>
            (!since || d.occurredAtUtc >= new Date(since).toISOString()) && (!type || d.entityType === type),
        );
        return page(
          res,
          new URLSearchParams({ page: q.get('page') ?? '0', pageSize: q.get('pageSize') ?? '100' }),
          items,
        );
      }
      default:
        return send(res, 404, { message: 'Not found' });
    }
  };

  const server: Server = createServer((req, res) => {
    serve(req, res).catch(() => send(res, 500, {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const running: KitosApiServer = Object.assign(handle, {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return running;
}
