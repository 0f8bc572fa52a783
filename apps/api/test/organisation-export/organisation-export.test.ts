import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from '../../src/cli/cli-args';
import { runExport } from '../../src/cli/export.command';
import { runRestore } from '../../src/cli/restore.command';
import { Ajv2020 } from 'ajv/dist/2020';
import { hashPassword } from '../../src/modules/auth/auth.service';
import type { ExportDocument } from '../../src/modules/organisation-export/export-document';
import { organisationExportService } from '../../src/modules/organisation-export/organisation-export.service';
import { organisationRestoreService } from '../../src/modules/organisation-export/organisation-restore.service';
import { DEMO_PASSWORD, seedDemo } from '../../src/seed/demo-seed';
import { startTestServer, TestClient, type TestServer } from '../test-server';
import { normalised, selectionBuilder } from './view-snapshots';

const SCHEMA = path.join(__dirname, '../../../../docs/organisation-export.schema.json');

/** The demo organisation, exported, restored into a fresh installation and compared (ADR 0035). */
describe('whole-organisation export and restore', () => {
  let source: TestServer;
  let fresh: TestServer;
  let norddal: string;
  let sovang: string;
  let exported: ExportDocument;

  const download = (client: TestClient, organisationId: string) =>
    client.fetch(`/transfer/organisations/${organisationId}/export.json`);
  const upload = (client: TestClient, body: string, slug: string) =>
    client.fetch(`/transfer/restore?slug=${encodeURIComponent(slug)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });

  beforeAll(async () => {
    [source, fresh] = await Promise.all([startTestServer(), startTestServer()]);
    await seedDemo(source.db);
    const orgs = await source.db.prisma.organisation.findMany({ select: { id: true, slug: true } });
    norddal = orgs.find((o) => o.slug === 'norddal')!.id;
    sovang = orgs.find((o) => o.slug === 'sovang')!.id;
    // Set-up only: rows of tables the demo leaves empty, and an audit snapshot with a secret-like key.
    const admin = await source.db.prisma.user.findUniqueOrThrow({ where: { email: 'admin@norddal.dk' } });
    const usage = await source.db.prisma.systemUsage.findFirstOrThrow({ where: { organisationId: norddal } });
    const supplier = await source.db.prisma.supplier.findFirstOrThrow();
    await source.db.prisma.savedView.create({
      data: {
        organisationId: norddal,
        userId: admin.id,
        tableKey: 'systems',
        name: 'Mine',
        config: { usage: usage.id },
      },
    });
    await source.db.prisma.externalReference.create({
      data: {
        organisationId: norddal,
        subject: 'SYSTEM_USAGE',
        subjectId: usage.id,
        title: 'Kontrakt',
        documentId: 'ESDH-1',
      },
    });
    await source.db.prisma.supplierNote.create({
      data: { organisationId: norddal, supplierId: supplier.id, notes: 'God' },
    });
    await source.db.prisma.auditEntry.create({
      data: {
        organisationId: norddal,
        userId: admin.id,
        action: 'UPDATE',
        entityType: 'SystemUsage',
        entityId: usage.id,
        before: { id: usage.id, passwordHash: 'x' },
        after: { id: usage.id },
      },
    });
    // The fresh installation's administrator (set-up only).
    await fresh.db.prisma.user.create({
      data: {
        email: 'drift@ny.test',
        name: 'Drift',
        installationAdmin: true,
        passwordHash: await hashPassword(DEMO_PASSWORD),
      },
    });
  }, 300_000);
  afterAll(async () => {
    await Promise.all([source?.close(), fresh?.close()]);
  });

  it('gives an organisation administrator the whole organisation as a document valid against the published schema', async () => {
    const admin = await source.client().signIn('admin@norddal.dk', DEMO_PASSWORD);
    const res = await download(admin, norddal);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /attachment; filename="norddal-\d{4}-\d{2}-\d{2}\.json"/,
    );
    const text = await res.text();
    exported = JSON.parse(text) as ExportDocument;
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
    expect(validate(exported) ? [] : validate.errors).toEqual([]);
    expect(exported.formatVersion).toBe(1);
    expect(exported.tables.Contract.length).toBeGreaterThan(10);
    expect(exported.tables.SavedView).toHaveLength(1);
    // Never secrets: no password or token hashes, no sign-in providers, sessions or tokens.
    expect(text).not.toMatch(/passwordHash|secretHash|secretEncrypted/);
    expect(Object.keys(exported.tables)).not.toEqual(
      expect.arrayContaining(['Session', 'ApiToken', 'SignInProvider']),
    );
    for (const user of exported.users) expect(Object.keys(user)).toEqual(['id', 'email', 'name', 'locale']);
  });

  it('refuses the download to anyone but the organisation’s administrators', async () => {
    const reader = await source.client().signIn('laeser@norddal.dk', DEMO_PASSWORD);
    const otherAdmin = await source.client().signIn('admin@sovang.dk', DEMO_PASSWORD);
    expect((await download(reader, norddal)).status).toBe(403);
    expect((await download(otherAdmin, norddal)).status).toBe(403);
    expect((await download(source.client(), norddal)).status).toBe(401);
  });

  it('holds nothing of another organisation, not even through the collaboration both belong to', async () => {
    const other = await organisationExportService.exportOrganisation(source.db.prisma, sovang);
    const text = JSON.stringify(exported);
    const foreign = Object.values(other.tables)
      .flat()
      .map((row) => row.id)
      .filter((id): id is string => typeof id === 'string');
    expect(foreign.length).toBeGreaterThan(100);
    expect(foreign.filter((id) => text.includes(id))).toEqual([]);
    expect(text).not.toContain(sovang);
    const sovangLocal = Object.values(other.catalogue)
      .flat()
      .filter((row) => row.visibility === 'LOCAL')
      .map((row) => row.id as string);
    expect(sovangLocal.filter((id) => text.includes(id))).toEqual([]);
    expect(exported.users.map((u) => u.email)).not.toContain('admin@sovang.dk');
  });

  it('refuses a document of another format version, a tampered one and a bad address, and changes nothing', async () => {
    const admin = await fresh.client().signIn('drift@ny.test', DEMO_PASSWORD);
    admin.locale = 'en';
    const before = await Promise.all([fresh.db.prisma.organisation.count(), fresh.db.prisma.user.count()]);
    const refusal = async (body: string, slug = 'kopi') => {
      const res = await upload(admin, body, slug);
      const json = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      return { status: res.status, message: json.errors[0].message };
    };
    expect(await refusal(JSON.stringify({ ...exported, formatVersion: 2 }))).toEqual({
      status: 400,
      message: expect.stringContaining('export format version 2'),
    });
    const tampered = structuredClone(exported);
    tampered.tables.Contract[3].name = 42;
    expect(await refusal(JSON.stringify(tampered))).toEqual({
      status: 400,
      message: expect.stringContaining('/tables/Contract/3/name'),
    });
    const dangling = structuredClone(exported);
    dangling.tables.ContractOption[0].contractId = '00000000-0000-4000-8000-000000000000';
    expect(await refusal(JSON.stringify(dangling))).toEqual({
      status: 400,
      message: expect.stringContaining('ContractOption.contractId'),
    });
    expect(await refusal('{ not json')).toEqual({ status: 400, message: expect.stringContaining('JSON') });
    expect(await refusal(JSON.stringify(exported), 'Ikke Gyldig')).toEqual({
      status: 400,
      message: expect.stringContaining('"Ikke Gyldig" cannot be used'),
    });
    admin.locale = 'da';
    expect((await refusal(JSON.stringify({ ...exported, formatVersion: 0 }))).message).toContain(
      'eksportformat version 0',
    );
    const member = await source.client().signIn('laeser@norddal.dk', DEMO_PASSWORD);
    expect((await upload(member.at(fresh.url), JSON.stringify(exported), 'kopi')).status).toBe(401);
    expect(await Promise.all([fresh.db.prisma.organisation.count(), fresh.db.prisma.user.count()])).toEqual(
      before,
    );
  });

  it('restores over HTTP into a new organisation, and refuses an address already in use', async () => {
    const admin = await fresh.client().signIn('drift@ny.test', DEMO_PASSWORD);
    const res = await upload(admin, JSON.stringify(exported), 'norddal-kopi');
    expect(res.status).toBe(200);
    const restored = (await res.json()) as { organisation: { id: string; slug: string; name: string } };
    expect(restored.organisation).toMatchObject({ slug: 'norddal-kopi', name: 'Norddal Kommune' });
    expect(
      await fresh.db.prisma.systemUsage.count({ where: { organisationId: restored.organisation.id } }),
    ).toBe(exported.tables.SystemUsage.length);
    const again = await upload(admin, JSON.stringify(exported), 'norddal-kopi');
    expect(again.status).toBe(409);
  });

  it('does the same on the command line: export to a file, restore it under a new address', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'overblik-export-')), 'norddal.json');
    const exportedLines = await runExport(
      source.db,
      parseArgs(['export', '--organisation', 'norddal', '--out', file]),
    );
    expect(exportedLines[0]).toMatch(/^Exported norddal: \d+ rows in \d+ tables/);
    const restoredLines = await runRestore(
      fresh.db,
      parseArgs(['restore', '--file', file, '--into', 'norddal-cli']),
    );
    expect(restoredLines[0]).toBe('Restored Norddal Kommune as /norddal-cli.');
    const organisation = await fresh.db.prisma.organisation.findUniqueOrThrow({
      where: { slug: 'norddal-cli' },
    });
    expect(await fresh.db.prisma.contract.count({ where: { organisationId: organisation.id } })).toBe(
      exported.tables.Contract.length,
    );
    await expect(
      runRestore(fresh.db, parseArgs(['restore', '--file', file, '--into', 'norddal-cli'])),
    ).rejects.toMatchObject({ messageKey: 'error.restore.slugTaken' });
  });

  describe('round trip into a fresh installation', () => {
    let ids: Map<string, string>;
    let restoredId: string;

    beforeAll(async () => {
      const restored = await organisationRestoreService.restore(
        fresh.db.prisma,
        { document: exported, slug: 'norddal' },
        { viewer: null },
      );
      ids = restored.ids;
      restoredId = restored.organisation.id;
      // Set-up only: the restored administrator has no password in the new installation.
      await fresh.db.prisma.user.update({
        where: { email: 'admin@norddal.dk' },
        data: { passwordHash: await hashPassword(DEMO_PASSWORD) },
      });
    }, 120_000);

    it('exports again as the same document except ids and timestamps', async () => {
      const again = await organisationExportService.exportOrganisation(fresh.db.prisma, restoredId);
      const restoreEntry = again.tables.AuditEntry.pop()!;
      expect(restoreEntry).toMatchObject({ entityType: 'Organisation', entityId: restoredId });
      const comparable = (doc: ExportDocument) => {
        const copy: Partial<ExportDocument> & Pick<ExportDocument, 'tables'> = structuredClone(doc);
        delete copy.exportedAt;
        for (const row of copy.tables.AuditEntry) delete row.id;
        // Collaborations are shared with other organisations and not exported (export-plan.ts).
        for (const row of copy.tables.Project) row.collaborationId = null;
        return copy;
      };
      const drop = ['createdAt', 'updatedAt'];
      expect(normalised(comparable(again), new Map(), drop)).toEqual(
        normalised(comparable(exported), ids, drop),
      );
    });

    it('answers the computed views the same: landscape, impact, contract dates, board, dashboard, maturity', async () => {
      const before = await source.client().signIn('admin@norddal.dk', DEMO_PASSWORD);
      const after = await fresh.client().signIn('admin@norddal.dk', DEMO_PASSWORD);
      before.organisationId = norddal;
      after.organisationId = restoredId;
      const select = await selectionBuilder(before);
      const cpr = exported.catalogue.DataSource.find(
        (d) => d.kind === 'BASE_REGISTER' && String(d.name).includes('CPR'),
      )!;
      const views: [string, Record<string, unknown>, Record<string, unknown>][] = [
        [`{ landscapeGraph { ${select('LandscapeGraphView', 3)} } }`, {}, {}],
        [
          `query($id: ID!) { impactAnalysis(id: $id, kind: DATA_SOURCE, from: "2026-12-01") { ${select('ImpactAnalysisView', 4)} } }`,
          { id: cpr.id },
          { id: ids.get(cpr.id as string) },
        ],
        [`{ contracts(limit: 200) { totalCount items { ${select('Contract', 2)} } } }`, {}, {}],
        [`{ portfolioBoard { ${select('PortfolioBoard', 3)} } }`, {}, {}],
        [`{ benefitDashboard(asOf: "2026-12-01") { ${select('BenefitDashboard', 3)} } }`, {}, {}],
        [`{ maturity { ${select('Maturity', 3)} } }`, {}, {}],
      ];
      for (const [query, beforeVars, afterVars] of views) {
        const [a, b] = await Promise.all([before.gql(query, beforeVars), after.gql(query, afterVars)]);
        expect(a.errors).toBeUndefined();
        expect(b.errors).toBeUndefined();
        // Among competencies short in the same quarter the board names the one with the lowest id
        // (domain/portfolio/capacity.ts), and ids are new after a restore: the quarter must agree.
        const drop = ['createdAt', 'updatedAt', 'competencyId', 'competencyName', 'shortfallHours'];
        expect(normalised(b.data, new Map(), drop)).toEqual(normalised(a.data, ids, drop));
      }
    }, 120_000);
  });
});
