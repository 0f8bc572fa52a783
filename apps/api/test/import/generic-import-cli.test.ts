import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from '../../src/cli/cli-args';
import { runImport } from '../../src/cli/import.command';
import { anOrganisation, startTestServer, type TestServer } from '../test-server';

describe('pnpm overblik import generic', () => {
  let server: TestServer;
  let dir: string;
  let org: Awaited<ReturnType<typeof anOrganisation>>;

  beforeAll(async () => {
    server = await startTestServer();
    org = await anOrganisation(server.db, 'gencli', { admin: ['ADMINISTRATOR'] });
    dir = await mkdtemp(path.join(tmpdir(), 'generic-cli-'));
  }, 60_000);
  afterAll(() => server.close());

  const cli = (...argv: string[]) => runImport(server.db, parseArgs(['import', 'generic', ...argv]));
  const file = async (name: string, text: string) => {
    const at = path.join(dir, name);
    await writeFile(at, text);
    return at;
  };

  it('imports a CSV of the named kind: JSON for a dry run, then applies, then finds it unchanged', async () => {
    const at = await file('kilder.csv', 'Datakilde;Datakildetype\nCPR;Grunddataregister\nLøn;Intern\n\n');
    const args = ['--kind', 'DATA_SOURCES', '--organisation', 'gencli', '--file', at];
    const dry = await cli(...args, '--dry-run', '--json');
    expect(JSON.parse(dry.lines[0])).toEqual({
      kind: 'DATA_SOURCES',
      created: 2,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect(await server.db.prisma.dataSource.count({ where: { ownerOrganisationId: org.org.id } })).toBe(0);
    expect((await cli(...args)).lines).toEqual([
      'DATA_SOURCES: 2 created, 0 updated, 0 unchanged, 0 error(s)',
    ]);
    expect((await cli(...args)).lines).toEqual([
      'DATA_SOURCES: 0 created, 0 updated, 2 unchanged, 0 error(s)',
    ]);
  });

  it('imports systems the organisation uses, then finds them unchanged; a bad row is reported in JSON', async () => {
    const at = await file(
      'systemer.csv',
      'Systemnavn;Livscyklus;Ansvarlig enhed\nSagsPortal;I drift;IT og Digitalisering\nOpus;Udfaset;Ingen enhed\n',
    );
    const args = ['--kind', 'SYSTEMS', '--organisation', 'gencli', '--file', at];
    const dry = await cli(...args, '--dry-run', '--json');
    expect(dry.exitCode).toBe(1);
    expect(JSON.parse(dry.lines[0])).toMatchObject({
      kind: 'SYSTEMS',
      created: 1,
      errors: [{ row: 3, column: 'Ansvarlig enhed', message: 'Unknown in the organisation: "Ingen enhed".' }],
    });
    const good = [
      '--kind',
      'SYSTEMS',
      '--organisation',
      'gencli',
      '--file',
      await file(
        'ok.csv',
        'Systemnavn;Livscyklus;Ansvarlig enhed\nSagsPortal;I drift;IT og Digitalisering\n',
      ),
    ];
    expect((await cli(...good)).lines).toEqual(['SYSTEMS: 1 created, 0 updated, 0 unchanged, 0 error(s)']);
    expect(
      await server.db.prisma.systemUsage.findFirst({
        where: { organisationId: org.org.id },
        select: { responsibleUnitId: true, system: { select: { name: true, ownerOrganisationId: true } } },
      }),
    ).toEqual({
      responsibleUnitId: org.unit.id,
      system: { name: 'SagsPortal', ownerOrganisationId: org.org.id },
    });
    expect((await cli(...good)).lines).toEqual(['SYSTEMS: 0 created, 0 updated, 1 unchanged, 0 error(s)']);
  });

  it('imports contracts and projects from CSV (Danish template titles), then finds them unchanged', async () => {
    const contracts = await file(
      'kontrakter.csv',
      'Kontrakt;Startdato;Leverandør;Indkøbsform;Optioner\nDriftsaftale;01-01-2024;Acme A/S;EU-udbud;2 x 1 år\n',
    );
    const projects = await file(
      'projekter.csv',
      'Projekt;Fase;Budget (kr.)\nBorgerportal;Analyse;1.000.000\n',
    );
    const kind = (k: string, at: string) => ['--kind', k, '--organisation', 'gencli', '--file', at];
    expect((await cli(...kind('CONTRACTS', contracts))).lines).toEqual([
      'CONTRACTS: 1 created, 0 updated, 0 unchanged, 0 error(s)',
    ]);
    expect((await cli(...kind('CONTRACTS', contracts))).lines).toEqual([
      'CONTRACTS: 0 created, 0 updated, 1 unchanged, 0 error(s)',
    ]);
    expect((await cli(...kind('PROJECTS', projects))).lines).toEqual([
      'PROJECTS: 1 created, 0 updated, 0 unchanged, 0 error(s)',
    ]);
    expect((await cli(...kind('PROJECTS', projects))).lines).toEqual([
      'PROJECTS: 0 created, 0 updated, 1 unchanged, 0 error(s)',
    ]);
    const contract = await server.db.prisma.contract.findFirstOrThrow({
      where: { organisationId: org.org.id },
      include: { options: true, supplier: true },
    });
    expect(contract).toMatchObject({ name: 'Driftsaftale', purchaseForm: 'EU_TENDER' });
    expect(contract.supplier).toMatchObject({ name: 'Acme A/S', ownerOrganisationId: org.org.id });
    expect(contract.options).toHaveLength(2);
    const project = await server.db.prisma.project.findFirstOrThrow({
      where: { organisationId: org.org.id },
    });
    expect(project).toMatchObject({ name: 'Borgerportal', phase: 'analysis' });
    expect(Number(project.budget)).toBe(1000000);
    // A contract file named as projects is refused.
    const r = await cli(...kind('PROJECTS', contracts), '--json');
    expect(r.exitCode).toBe(1);
    expect(JSON.parse(r.lines[0]).errors[0].message).toBe(
      'The file is CONTRACTS, not PROJECTS. Nothing was imported.',
    );
  });

  it('refuses an unknown --kind, and a file of another kind than named', async () => {
    const usages = () => server.db.prisma.systemUsage.count({ where: { organisationId: org.org.id } });
    const before = await usages();
    const at = await file('kitos.csv', 'IT System;Livscyklus\nSagsPortal;I drift\n');
    await expect(cli('--kind', 'NOPE', '--organisation', 'gencli', '--file', at)).rejects.toThrow(
      '--kind must be one of DATA_SOURCES, BENEFITS, SYSTEMS, DATA_SOURCE_EDGES, INTEGRATIONS, CONTRACTS, PROJECTS.',
    );
    const r = await cli('--kind', 'DATA_SOURCES', '--organisation', 'gencli', '--file', at, '--json');
    expect(r.exitCode).toBe(1);
    expect(JSON.parse(r.lines[0]).errors).toEqual([
      { row: 0, column: '', message: 'The file is USAGE_OVERVIEW, not DATA_SOURCES. Nothing was imported.' },
    ]);
    expect(await usages()).toBe(before);
  });
});
