import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { handoffPath, type Handoff } from '../../src/backup/backup-handoff';
import { REPO_ROOT } from '../../src/config';
import { openDatabase } from '../../src/db/database';
import { runMigrations } from '../../src/db/migrations';
import { buildProduction, startServerProcess, type ServerProcess } from '../server-process';
import { anOrganisation, TestClient } from '../test-server';

/**
 * `pnpm overblik backup` / `restore-backup` on the embedded database (ADR 0040), with the compiled
 * server and CLI as production runs them: a backup taken by the running server while it takes
 * writes, restored into a new folder, read back through a server started on that folder.
 */

const API = path.join(REPO_ROOT, 'apps/api');

function overblik(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; out: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/overblik.js', ...args], {
      cwd: API,
      env: { PATH: process.env.PATH, ...env },
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? 1, out }));
  });
}

const UNITS = '{ units { name } }';
const CREATE_UNIT = 'mutation($n: String!) { createUnit(input: { name: $n }) { id } }';
const unitNames = async (client: TestClient) =>
  (await client.gql<{ units: { name: string }[] }>(UNITS)).data!.units.map((u) => u.name);

async function stop(server: ServerProcess) {
  server.child.kill('SIGTERM');
  await server.exited;
}

const describePglite = process.env.DATABASE_URL ? describe.skip : describe;

describePglite('backup of the embedded database (PGlite; PostgreSQL uses pg_dump)', () => {
  let root: string;
  let dataDir: string;
  let org: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    buildProduction();
    root = mkdtempSync(path.join(tmpdir(), 'overblik-backup-'));
    dataDir = path.join(root, 'data');
    const setup = await openDatabase({ dataDir });
    await runMigrations(setup.sql);
    org = await anOrganisation(setup, 'sikring', { admin: ['ADMINISTRATOR'] });
    await setup.close();
  }, 240_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is taken by the running server while it takes writes, and a server on the restored folder reads it back', async () => {
    const backups = path.join(root, 'backups');
    const restored = path.join(root, 'restored');
    const server = startServerProcess({ OVERBLIK_DATA_DIR: dataDir });
    try {
      const client = new TestClient(await server.listening());
      await client.signIn(org.email('admin'));
      client.organisationId = org.org.id;
      expect((await client.gql(CREATE_UNIT, { n: 'Før backup' })).errors).toBeUndefined();

      // Writes go on, one after the other, for as long as the backup runs.
      let backingUp = true;
      const written: string[] = [];
      const writer = (async () => {
        while (backingUp) {
          const name = `Under backup ${written.length + 1}`;
          const result = await client.gql(CREATE_UNIT, { n: name });
          expect(result.errors).toBeUndefined();
          written.push(name);
        }
      })();
      const backup = await overblik(['backup', '--out', backups], { OVERBLIK_DATA_DIR: dataDir });
      backingUp = false;
      await writer;
      expect(backup.code).toBe(0);
      expect(backup.out).toContain(`taken by the running server (process ${server.child.pid})`);
      expect(written.length).toBeGreaterThan(0);
      const files = readdirSync(backups);
      expect(files).toEqual([expect.stringMatching(/^overblik-backup-.+Z\.tar\.gz$/)]);
      expect(server.lines.some((l) => l.msg === 'backup taken')).toBe(true);

      expect((await client.gql(CREATE_UNIT, { n: 'Efter backup' })).errors).toBeUndefined();
      expect(await unitNames(client)).toContain('Efter backup');

      // The folder is the server's: other commands refuse, and so does a second server.
      const exported = await overblik(
        ['export', '--organisation', 'sikring', '--out', path.join(root, 'x.json')],
        {
          OVERBLIK_DATA_DIR: dataDir,
        },
      );
      expect(exported.code).toBe(2);
      expect(exported.out).toContain(`The Overblik server (process ${server.child.pid}) has ${dataDir} open`);
      const second = startServerProcess({ OVERBLIK_DATA_DIR: dataDir });
      expect(await second.exited).toBe(1);
      expect(second.stderr()).toContain(`Another Overblik server (process ${server.child.pid}) runs on`);

      const restore = await overblik(['restore-backup', '--from', backups, '--data-dir', restored], {
        OVERBLIK_DATA_DIR: dataDir,
      });
      expect(restore.code).toBe(0);
      expect(restore.out).toContain(`Restored ${path.join(backups, files[0])} into ${restored}`);
    } finally {
      await stop(server);
    }
    expect(existsSync(handoffPath(dataDir))).toBe(false);

    // The copy is one moment: what was written before the backup, a prefix of the writes during
    // it with each unit's audit entry, nothing after it.
    const copy = startServerProcess({ OVERBLIK_DATA_DIR: restored });
    let names: string[];
    try {
      const client = new TestClient(await copy.listening());
      await client.signIn(org.email('admin'));
      client.organisationId = org.org.id;
      names = await unitNames(client);
      expect(names).toContain('Før backup');
      expect(names).not.toContain('Efter backup');
      expect((await client.gql(CREATE_UNIT, { n: 'I kopien' })).errors).toBeUndefined();
    } finally {
      await stop(copy);
    }
    const during = names.filter((n) => n.startsWith('Under backup')).map((n) => Number(n.split(' ')[2]));
    expect(during.sort((a, b) => a - b)).toEqual(during.map((_, i) => i + 1));
    const db = await openDatabase({ dataDir: restored });
    try {
      const units = await db.prisma.unit.findMany({ where: { organisationId: org.org.id } });
      const audited = await db.prisma.auditEntry.findMany({
        where: { entityType: 'Unit', action: 'CREATE', organisationId: org.org.id },
      });
      expect(audited.map((a) => a.entityId).sort()).toEqual(
        units
          .filter((u) => u.name !== 'IT og Digitalisering')
          .map((u) => u.id)
          .sort(),
      );
    } finally {
      await db.close();
    }
  }, 300_000);

  it('reads a stopped folder itself, refuses a filled target without --force, and moves it aside with it', async () => {
    const backups = path.join(root, 'stopped-backups');
    const backup = await overblik(['backup', '--out', backups], { OVERBLIK_DATA_DIR: dataDir });
    expect(backup.code).toBe(0);
    expect(backup.out).toContain('read from the stopped data folder');
    const target = path.join(root, 'restored');
    const refused = await overblik(['restore-backup', '--from', backups, '--data-dir', target], {});
    expect(refused.code).toBe(1);
    expect(refused.out).toContain(`${target} is not empty. Nothing was changed.`);
    const forced = await overblik(['restore-backup', '--from', backups, '--data-dir', target, '--force'], {});
    expect(forced.code).toBe(0);
    const aside = readdirSync(root).find((n) => n.startsWith('restored.before-restore-'));
    expect(forced.out).toContain(`The folder that was there is now ${path.join(root, aside!)}`);
    expect(readdirSync(path.join(root, aside!))).toContain('PG_VERSION');
    // The restored copy has the unit the replaced folder's server wrote, not the one written in the copy.
    const db = await openDatabase({ dataDir: target });
    try {
      const names = (await db.prisma.unit.findMany({ select: { name: true } })).map((u) => u.name);
      expect(names).toContain('Efter backup');
      expect(names).not.toContain('I kopien');
    } finally {
      await db.close();
    }
  }, 300_000);

  it('refuses what is no backup, a wrong token and PostgreSQL, and changes nothing', async () => {
    const junk = path.join(root, 'junk.tar.gz');
    writeFileSync(junk, 'not a tarball');
    const target = path.join(root, 'never');
    const bad = await overblik(['restore-backup', '--from', junk, '--data-dir', target], {});
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('is not a backup of Overblik');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(root).some((n) => n.startsWith('never.'))).toBe(false);

    const missing = await overblik(['restore-backup', '--from', path.join(root, 'nothing')], {});
    expect([missing.code, missing.out]).toEqual([2, expect.stringContaining('No backup found at')]);

    const postgres = await overblik(['backup', '--out', root], {
      DATABASE_URL: 'postgresql://overblik@127.0.0.1:1/overblik',
    });
    expect(postgres.code).toBe(1);
    expect(postgres.out).toContain("back it up with PostgreSQL's own tools while it runs, e.g. pg_dump");

    const server = startServerProcess({ OVERBLIK_DATA_DIR: dataDir });
    try {
      await server.listening();
      const handoff = JSON.parse(readFileSync(handoffPath(dataDir), 'utf8')) as Handoff;
      const at = `http://127.0.0.1:${handoff.port}/backup`;
      expect((await fetch(at, { method: 'POST' })).status).toBe(401);
      const wrong = await fetch(at, { method: 'POST', headers: { authorization: 'Bearer nope' } });
      expect(wrong.status).toBe(401);
      const busy = await overblik(['restore-backup', '--from', junk, '--data-dir', dataDir], {});
      expect([busy.code, busy.out]).toEqual([
        1,
        expect.stringContaining('Stop it first. Nothing was changed.'),
      ]);
      expect(readdirSync(dataDir)).toContain('PG_VERSION');
    } finally {
      await stop(server);
    }
  }, 300_000);
});
