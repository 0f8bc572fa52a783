import { anOrganisation, aUsage, startTestServer, type TestClient, type TestServer } from '../test-server';
import { fillTemplate as fill, headerRow } from './generic-fixture';
import { runImport as run, type Answer } from './kitos-import-client';

const lines = (r: Answer) =>
  r.data!.importKitos.lines.map((l) => [
    l.row,
    l.name,
    l.status,
    l.errors.map((e) => `${e.column}: ${e.message}`),
  ]);
const csv = (text: string) => Buffer.from(`\uFEFF${text}`);

describe('generic import of systems, data-source edges and integrations over GraphQL and HTTP', () => {
  let server: TestServer;
  let a: Awaited<ReturnType<typeof anOrganisation>>;
  let b: Awaited<ReturnType<typeof anOrganisation>>;
  let admin: TestClient;
  let bSystemId: string;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'genlanda', { admin: ['ADMINISTRATOR'], ejer: ['SYSTEM_OWNER'] });
    b = await anOrganisation(server.db, 'genlandb', { admin: ['ADMINISTRATOR'] });
    const db = server.db.prisma;
    await db.supplier.create({
      data: { name: 'KMD A/S', visibility: 'LOCAL', ownerOrganisationId: a.org.id },
    });
    await db.dataSource.create({
      data: { name: 'CPR-kopi', kind: 'COPY_REGISTER', visibility: 'LOCAL', ownerOrganisationId: a.org.id },
    });
    // A shared catalogue entry registered by no one in particular, used by B.
    await aUsage(server.db, b.org.id, 'Fælles ESDH');
    // B's own things: A's file can neither match nor name them.
    await db.unit.create({ data: { organisationId: b.org.id, name: 'Hemmelig enhed' } });
    const bSystem = await db.itSystem.create({
      data: { name: 'B-system', description: 'B’s', visibility: 'LOCAL', ownerOrganisationId: b.org.id },
    });
    bSystemId = bSystem.id;
    await db.systemUsage.create({ data: { organisationId: b.org.id, systemId: bSystem.id } });
    await db.systemUsage.create({
      data: {
        organisation: { connect: { id: b.org.id } },
        system: { create: { name: 'B-løn', visibility: 'LOCAL', ownerOrganisationId: b.org.id } },
      },
    });
    await db.dataSource.create({
      data: { name: 'Lønregister', kind: 'INTERNAL', visibility: 'LOCAL', ownerOrganisationId: b.org.id },
    });
    await db.interface.create({
      data: { name: 'B-API', visibility: 'LOCAL', ownerOrganisationId: b.org.id },
    });
    admin = await server.client().signIn(a.email('admin'));
  }, 60_000);
  afterAll(() => server.close());

  const db = () => server.db.prisma;
  const auditCount = (organisationId: string) => db().auditEntry.count({ where: { organisationId } });
  const usagesOf = (organisationId: string) =>
    db().systemUsage.findMany({
      where: { organisationId },
      include: { system: true },
      orderBy: { system: { name: 'asc' } },
    });
  const bState = async () => ({
    usages: await usagesOf(b.org.id),
    systems: await db().itSystem.findMany({ where: { ownerOrganisationId: b.org.id } }),
    audits: await auditCount(b.org.id),
  });

  describe('SYSTEMS', () => {
    const template = async (lang: string) => {
      const res = await admin.fetch(`/transfer/import-templates/SYSTEMS?lang=${lang}`);
      expect(res.status).toBe(200);
      return res.arrayBuffer();
    };
    const rows = () => [
      [
        'SagsPortal',
        'Portalen',
        'Selvbetjening',
        'kmd a/s',
        'IT og Digitalisering',
        a.email('ejer').toUpperCase(),
        '',
        'I drift',
        '01-01-2024',
        '',
        'Cloud',
        120,
      ],
      ['Fælles ESDH', '', '', '', '', '', '', 'Planned', 45292, '', '', ''],
    ];

    it('serves its template in Danish and English', async () => {
      expect(await headerRow(await template('da'))).toEqual([
        'Systemnavn',
        'Lokalt navn',
        'Beskrivelse',
        'Leverandør',
        'Ansvarlig enhed',
        'Systemejers e-mail',
        'Systemansvarligs e-mail',
        'Livscyklus',
        'I brug fra',
        'I brug til',
        'Driftsform',
        'Antal brugere',
      ]);
      const res = await admin.fetch('/transfer/import-templates/SYSTEMS?lang=en&format=csv');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="template-systems.csv"');
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.toString('utf8').startsWith('\uFEFFSystem name;Local name;Description;Supplier;')).toBe(
        true,
      );
    });

    it('registers a new entry with its usage and uses a shared entry; re-import is unchanged with no audit', async () => {
      const file = await fill(await template('da'), rows());
      const audits = await auditCount(a.org.id);
      const bBefore = await bState();
      const r = await run(admin, file);
      expect(r.data!.importKitos).toMatchObject({
        kind: 'SYSTEMS',
        applied: true,
        created: 2,
        errorCount: 0,
      });
      const [esdh, portal] = await usagesOf(a.org.id);
      expect(portal).toMatchObject({
        localName: 'Portalen',
        responsibleUnitId: a.unit.id,
        ownerUserId: a.userIds.ejer,
        lifecycle: 'IN_USE',
        hosting: 'CLOUD',
        userCount: 120,
        version: 1,
        system: {
          name: 'SagsPortal',
          description: 'Selvbetjening',
          visibility: 'LOCAL',
          ownerOrganisationId: a.org.id,
        },
      });
      expect(portal.inUseFrom!.toISOString().slice(0, 10)).toBe('2024-01-01');
      // The shared entry B uses: A gets its own usage of it, the entry stays as it was.
      expect(esdh).toMatchObject({ lifecycle: 'PLANNED', system: { ownerOrganisationId: null } });
      expect(esdh.inUseFrom!.toISOString().slice(0, 10)).toBe('2024-01-01');
      expect(await auditCount(a.org.id)).toBe(audits + 3);
      expect(await bState()).toEqual(bBefore);

      const again = await run(admin, file);
      expect(again.data!.importKitos).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
      expect(await auditCount(a.org.id)).toBe(audits + 3);
      expect((await usagesOf(a.org.id)).map((u) => [u.version, u.system.version])).toEqual([
        [1, 1],
        [1, 1],
      ]);
    });

    it('updates from an English CSV with a version bump, but never rewrites the shared entry', async () => {
      const audits = await auditCount(a.org.id);
      const r = await run(
        admin,
        csv(
          'System name;Description;Lifecycle\r\nSagsPortal;Borgerportal;Phasing out\r\nFælles ESDH;Andet;In use\r\n',
        ),
      );
      expect(r.data!.importKitos.lines).toMatchObject([
        { row: 2, status: 'UPDATE', changes: ['description', 'lifecycle'], warnings: [] },
        {
          row: 3,
          status: 'UPDATE',
          changes: ['lifecycle'],
          warnings: [
            {
              column: '',
              message:
                'Katalogsystemet er fælles og ejes af en anden; beskrivelse og leverandør ændres ikke af importen.',
            },
          ],
        },
      ]);
      const [esdh, portal] = await usagesOf(a.org.id);
      expect(portal).toMatchObject({
        lifecycle: 'PHASING_OUT',
        version: 2,
        system: { description: 'Borgerportal', version: 2 },
      });
      expect(esdh).toMatchObject({
        lifecycle: 'IN_USE',
        version: 2,
        system: { description: '', version: 1 },
      });
      expect(await auditCount(a.org.id)).toBe(audits + 3);
    });

    it("refuses B's unit and member, never matches B's local entry; stops on the first error", async () => {
      const bBefore = await bState();
      const file = csv(
        [
          'Systemnavn;Ansvarlig enhed;Systemejers e-mail;I brug fra;I brug til',
          'Ny;Hemmelig enhed;;;',
          'Nyere;;admin@genlandb.test;;',
          'Datoer;;;01-06-2027;01-01-2027',
          'B-system;;;;',
        ].join('\n'),
      );
      const audits = await auditCount(a.org.id);
      const r = await run(admin, file);
      expect(lines(r)).toEqual([
        [2, 'Ny', 'ERROR', ['Ansvarlig enhed: Kender ikke "Hemmelig enhed" i organisationen.']],
        [3, 'Nyere', 'ERROR', ['Systemejers e-mail: Kender ikke "admin@genlandb.test" i organisationen.']],
        [4, 'Datoer', 'ERROR', ['I brug til: Slutdatoen skal ligge efter startdatoen.']],
        [5, 'B-system', 'CREATE', []],
      ]);
      expect(r.data!.importKitos).toMatchObject({ applied: false, created: 0, errorCount: 3 });
      expect(await auditCount(a.org.id)).toBe(audits);

      admin.locale = 'en';
      const skipped = await run(admin, file, { mode: 'SKIP_BAD_ROWS' }).finally(() => (admin.locale = 'da'));
      expect(skipped.data!.importKitos).toMatchObject({ applied: true, created: 1, errorCount: 3 });
      expect(skipped.data!.importKitos.lines[0].errors[0].message).toBe(
        'Unknown in the organisation: "Hemmelig enhed".',
      );
      // A's own "B-system" entry; B's is untouched.
      const mine = (await usagesOf(a.org.id)).find((u) => u.system.name === 'B-system')!;
      expect(mine.system).toMatchObject({ ownerOrganisationId: a.org.id, visibility: 'LOCAL' });
      expect(mine.systemId).not.toBe(bSystemId);
      expect(await bState()).toEqual(bBefore);
    });
  });

  describe('DATA_SOURCE_EDGES', () => {
    const edges = () => db().usageDataSource.findMany({ where: { organisationId: a.org.id } });

    it('creates an edge by usage and source name; re-import is unchanged; a change bumps the version', async () => {
      const template = await admin.fetch('/transfer/import-templates/DATA_SOURCE_EDGES?lang=da');
      expect((await headerRow(await template.arrayBuffer())).slice(0, 3)).toEqual([
        'Anvendende system',
        'Datakilde',
        'Formål',
      ]);
      const file = csv(
        'Anvendende system;Datakilde;Adgang;Årlig omkostning;Datatyper;Registerfamilier\nPortalen;CPR-kopi;Læser;1.200,50;Virksomhed, Person;CPR\n',
      );
      const audits = await auditCount(a.org.id);
      const r = await run(admin, file);
      expect(r.data!.importKitos).toMatchObject({ kind: 'DATA_SOURCE_EDGES', applied: true, created: 1 });
      expect(lines(r)).toEqual([[2, 'Portalen → CPR-kopi', 'CREATE', []]]);
      const [edge] = await edges();
      expect(edge).toMatchObject({
        access: 'READ',
        dataTypes: ['PERSON', 'COMPANY'],
        registerFamilies: ['CPR'],
        version: 1,
      });
      expect(Number(edge.yearlyCost)).toBe(1200.5);
      expect(await auditCount(a.org.id)).toBe(audits + 1);

      expect((await run(admin, file)).data!.importKitos).toMatchObject({
        created: 0,
        updated: 0,
        unchanged: 1,
      });
      expect(await auditCount(a.org.id)).toBe(audits + 1);

      const changed = await run(admin, csv('Using system;Data source;Access\nSagsPortal;CPR-kopi;Writes\n'));
      expect(changed.data!.importKitos.lines).toMatchObject([{ status: 'UPDATE', changes: ['access'] }]);
      expect(await edges()).toMatchObject([{ id: edge.id, access: 'WRITE', version: 2 }]);
      expect(await auditCount(a.org.id)).toBe(audits + 2);
    });

    it("refuses B's source and B's usage: a cell error, nothing matched in B", async () => {
      const bBefore = await bState();
      const before = await edges();
      const r = await run(
        admin,
        csv('Anvendende system;Datakilde;Kanal\nPortalen;Lønregister;Direkte\nB-løn;CPR-kopi;Hvem ved\n'),
      );
      expect(lines(r)).toEqual([
        [2, 'Portalen → Lønregister', 'ERROR', ['Datakilde: Kender ikke "Lønregister" i organisationen.']],
        [
          3,
          'B-løn → CPR-kopi',
          'ERROR',
          [
            'Anvendende system: Kender ikke "B-løn" i organisationen.',
            'Kanal: "Hvem ved" er ikke en af de mulige værdier: Serviceplatformen, Datafordeleren, Direkte, Filoverførsel, Andet.',
          ],
        ],
      ]);
      expect(await edges()).toEqual(before);
      expect(await bState()).toEqual(bBefore);
    });
  });

  describe('INTEGRATIONS', () => {
    const integrations = () => db().integration.findMany({ where: { organisationId: a.org.id } });

    it('creates an integration between two usages; re-import is unchanged; a change bumps the version', async () => {
      const file = csv('Fra system;Til system;Snitflade;Retning\nSagsPortal;Fælles ESDH;;Envejs\n');
      const audits = await auditCount(a.org.id);
      const r = await run(admin, file);
      expect(r.data!.importKitos).toMatchObject({ kind: 'INTEGRATIONS', applied: true, created: 1 });
      const [portal] = (await usagesOf(a.org.id)).filter((u) => u.system.name === 'SagsPortal');
      const [made] = await integrations();
      expect(made).toMatchObject({
        fromUsageId: portal.id,
        direction: 'ONE_WAY',
        interfaceId: null,
        version: 1,
      });
      expect(await auditCount(a.org.id)).toBe(audits + 1);

      expect((await run(admin, file)).data!.importKitos).toMatchObject({ created: 0, unchanged: 1 });
      expect(await auditCount(a.org.id)).toBe(audits + 1);

      const changed = await run(
        admin,
        csv('From system,To system,Direction\nPortalen,Fælles ESDH,Both ways\n'),
      );
      expect(changed.data!.importKitos.lines).toMatchObject([{ status: 'UPDATE', changes: ['direction'] }]);
      expect(await integrations()).toMatchObject([{ id: made.id, direction: 'BIDIRECTIONAL', version: 2 }]);
      expect(await auditCount(a.org.id)).toBe(audits + 2);
    });

    it("refuses B's interface, an integration to itself, and a system A does not use", async () => {
      const bBefore = await bState();
      const before = await integrations();
      const audits = await auditCount(a.org.id);
      const r = await run(
        admin,
        csv(
          'Fra system;Til system;Snitflade\nSagsPortal;Fælles ESDH;B-API\nSagsPortal;Portalen;\nSagsPortal;B-løn;\n',
        ),
        { mode: 'SKIP_BAD_ROWS' },
      );
      expect(lines(r)).toEqual([
        [2, 'SagsPortal → Fælles ESDH', 'ERROR', ['Snitflade: Kender ikke "B-API" i organisationen.']],
        [3, 'SagsPortal → Portalen', 'ERROR', ['Til system: En integration skal gå til et andet system.']],
        [4, 'SagsPortal → B-løn', 'ERROR', ['Til system: Kender ikke "B-løn" i organisationen.']],
      ]);
      expect(await integrations()).toEqual(before);
      expect(await auditCount(a.org.id)).toBe(audits);
      expect(await bState()).toEqual(bBefore);
    });
  });
});
