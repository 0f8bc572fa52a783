import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from '../../src/cli/cli-args';
import { runImport } from '../../src/cli/import.command';
import { anOrganisation, startTestServer, type TestServer } from '../test-server';
import { kitosWorkbook, USAGE_HEADERS, usageRows } from './kitos-fixture';

describe('pnpm overblik import kitos', () => {
  let server: TestServer;
  let dir: string;
  let org: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    org = await anOrganisation(server.db, 'kitoscli', { admin: ['ADMINISTRATOR'] });
    dir = await mkdtemp(path.join(tmpdir(), 'kitos-cli-'));
  }, 60_000);
  afterAll(() => server.close());

  const cli = (...argv: string[]) => runImport(server.db, parseArgs(['import', 'kitos', ...argv]));
  const file = async (name: string, bytes: Buffer) => {
    const at = path.join(dir, name);
    await writeFile(at, bytes);
    return at;
  };

  it('prints one JSON object for a dry run, then applies, then finds everything unchanged', async () => {
    const at = await file('usages.xlsx', await kitosWorkbook(USAGE_HEADERS, usageRows(org.email('admin'))));
    const args = ['--organisation', 'kitoscli', '--file', at];
    const dry = await cli(...args, '--dry-run', '--json');
    expect(dry.exitCode).toBe(0);
    expect(dry.lines).toHaveLength(1);
    expect(JSON.parse(dry.lines[0])).toEqual({
      kind: 'USAGE_OVERVIEW',
      created: 3,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect(await server.db.prisma.systemUsage.count({ where: { organisationId: org.org.id } })).toBe(0);

    expect(JSON.parse((await cli(...args, '--json')).lines[0])).toMatchObject({ created: 3 });
    const audits = await server.db.prisma.auditEntry.findMany({ where: { organisationId: org.org.id } });
    expect(audits.every((a) => a.userId === null)).toBe(true);
    expect(JSON.parse((await cli(...args, '--json')).lines[0])).toMatchObject({ created: 0, unchanged: 3 });
    expect((await cli(...args)).lines).toEqual([
      'USAGE_OVERVIEW: 0 created, 0 updated, 3 unchanged, 0 error(s)',
    ]);
  });

  it('reports row errors with row and column, and file errors as row 0, with exit code 1', async () => {
    const rows = usageRows('');
    rows[0][7] = 'Snart';
    const bad = await file('bad.xlsx', await kitosWorkbook(USAGE_HEADERS, rows));
    const r = await cli('--organisation', 'kitoscli', '--file', bad, '--json');
    expect(r.exitCode).toBe(1);
    expect(JSON.parse(r.lines[0])).toEqual({
      kind: 'USAGE_OVERVIEW',
      created: 0,
      updated: 0,
      unchanged: 0,
      errors: [
        {
          row: 2,
          column: 'Livscyklus',
          message:
            'Unknown lifecycle "Snart": use Ikke angivet, Under afprøvning, Under indfasning, I drift, Under udfasning or Ikke i drift.',
        },
      ],
    });
    const big = path.join(dir, 'big.xlsx');
    await writeFile(big, Buffer.alloc(50 * 1024 * 1024, 1));
    const tooBig = await cli('--organisation', 'kitoscli', '--file', big, '--json');
    expect([tooBig.exitCode, JSON.parse(tooBig.lines[0]).errors]).toEqual([
      1,
      [{ row: 0, column: '', message: 'The file is too large: at most 10 MB. Nothing was imported.' }],
    ]);
  });

  it('refuses a missing organisation or file with the usage', async () => {
    await expect(cli('--organisation', 'ingen', '--file', 'x.xlsx')).rejects.toThrow(
      'No organisation has the slug "ingen".',
    );
    await expect(cli('--organisation', 'kitoscli', '--file', path.join(dir, 'nope.xlsx'))).rejects.toThrow(
      'Cannot read the file',
    );
    await expect(cli('--organisation', 'kitoscli')).rejects.toThrow(
      '--organisation and --file are required.',
    );
  });
});
