import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../../src/app';
import { readConfig } from '../../src/config';
import { freshDatabase } from '../test-database';

/**
 * The API serves the built web app. The build is looked up per request, because the e2e server
 * builds the web app while the API starts: a build that lands after the start must be served.
 */
describe('the built web app', () => {
  it('is a plain 404 before the build exists and is served, with client-side routes, once it does', async () => {
    const webDist = mkdtempSync(path.join(tmpdir(), 'overblik-web-'));
    const db = await freshDatabase();
    const app = await createApp({ ...readConfig(), production: false, webDist }, db);
    const server = app.express.listen(0);
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const before = await fetch(`${url}/landskab`);
      expect(before.status).toBe(404);
      expect(await before.text()).not.toContain(webDist);

      mkdirSync(path.join(webDist, 'assets'));
      writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><title>Overblik</title>');
      writeFileSync(path.join(webDist, 'assets', 'app.js'), 'console.log("app")');

      const shell = await fetch(`${url}/landskab/system/123`);
      expect(shell.status).toBe(200);
      expect(await shell.text()).toContain('<title>Overblik</title>');
      const asset = await fetch(`${url}/assets/app.js`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
      // The API's own paths are never the shell.
      const health = await fetch(`${url}/healthz`);
      expect(health.headers.get('content-type')).toMatch(/json/);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
      await db.close();
      rmSync(webDist, { recursive: true, force: true });
    }
  });
});
