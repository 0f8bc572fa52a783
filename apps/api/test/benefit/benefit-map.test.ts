import { anOrganisation, startTestServer, type TestServer } from '../test-server';
import { aBenefitRow, aProject } from './benefit-fixtures';

// Set-up starts a server and migrates a fresh database; under load that exceeds jest's 5 s hook default.
jest.setTimeout(60_000);

const CREATE = `mutation($input: BenefitMapNodeInput!) {
  createBenefitMapNode(input: $input) { id kind label benefitId targetId version }
}`;
const UPDATE = `mutation($input: BenefitMapNodeUpdateInput!) {
  updateBenefitMapNode(input: $input) { id kind label benefitId targetId version }
}`;
const DELETE = `mutation($id: ID!, $version: Int!) { deleteBenefitMapNode(id: $id, version: $version) }`;
const DELETE_BENEFIT = `mutation($id: ID!, $version: Int!) { deleteBenefit(id: $id, version: $version) }`;

type Org = Awaited<ReturnType<typeof anOrganisation>>;
interface Node {
  id: string;
  kind: string;
  label: string;
  benefitId: string | null;
  targetId: string | null;
  version: number;
}

describe('benefit map editing and benefit deletion', () => {
  let server: TestServer;
  let a: Org;
  let b: Org;
  let projectId: string;

  beforeAll(async () => {
    server = await startTestServer();
    a = await anOrganisation(server.db, 'bmapa', {
      coord: ['PROJECT_COORDINATOR'],
      lead: ['PROJECT_LEAD'],
      otherlead: ['PROJECT_LEAD'],
      reader: ['READER'],
    });
    b = await anOrganisation(server.db, 'bmapb', { coord: ['PROJECT_COORDINATOR'] });
    projectId = (await aProject(server.db, a.org.id, 'Digital post', { leadUserId: a.userIds.lead })).id;
  });
  afterAll(() => server.close());

  const audits = (action: string, entityType = 'BenefitMapNode') =>
    server.db.prisma.auditEntry.count({ where: { entityType, action } });
  const as = (org: Org, who: string) => server.client().signIn(org.email(who));

  /** purpose ← benefit ← goal ← deliverable, created by the project lead. */
  async function chain() {
    const lead = await as(a, 'lead');
    const make = async (kind: string, label: string, targetId: string | null) => {
      const r = await lead.gql<{ createBenefitMapNode: Node }>(CREATE, {
        input: { projectId, kind, label, targetId },
      });
      expect(r.errors).toBeUndefined();
      return r.data!.createBenefitMapNode;
    };
    const purpose = await make('PURPOSE', 'Bedre borgerservice', null);
    const benefit = await make('BENEFIT', 'Færre breve', purpose.id);
    const goal = await make('GOAL', 'Alle breve digitalt', benefit.id);
    const deliverable = await make('DELIVERABLE', 'Ny postløsning', goal.id);
    return { lead, purpose, benefit, goal, deliverable };
  }

  it('updates label, kind and links with a version check, audited once per change', async () => {
    const { lead, purpose, goal, deliverable } = await chain();
    const before = await audits('UPDATE');
    // The deliverable now contributes straight to the purpose (skipping steps is allowed).
    const moved = await lead.gql<{ updateBenefitMapNode: Node }>(UPDATE, {
      input: { id: deliverable.id, version: 1, label: 'Ny postløsning 2.0', targetId: purpose.id },
    });
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.updateBenefitMapNode).toMatchObject({
      label: 'Ny postløsning 2.0',
      kind: 'DELIVERABLE',
      targetId: purpose.id,
      version: 2,
    });
    expect(await audits('UPDATE')).toBe(before + 1);

    const stale = await lead.gql(UPDATE, { input: { id: deliverable.id, version: 1, label: 'Gammel' } });
    expect(stale.errors![0].extensions!.code).toBe('STALE_VERSION');
    const stored = await server.db.prisma.benefitMapNode.findUniqueOrThrow({ where: { id: deliverable.id } });
    expect(stored.label).toBe('Ny postløsning 2.0');
    expect(await audits('UPDATE')).toBe(before + 1);

    // The goal points at a benefit node: turning it into a purpose would point backwards.
    const backwards = await lead.gql(UPDATE, { input: { id: goal.id, version: 1, kind: 'PURPOSE' } });
    expect(backwards.errors![0].extensions!.fields).toEqual([
      {
        field: 'targetId',
        message: 'Et element kan kun bidrage til et senere led: leverance → mål → gevinst → formål.',
      },
    ]);
    // The purpose is fed by the benefit node and the deliverable: it cannot become a deliverable.
    const fed = await lead.gql(UPDATE, { input: { id: purpose.id, version: 1, kind: 'DELIVERABLE' } });
    expect(fed.errors![0].extensions!.fields).toEqual([
      {
        field: 'kind',
        message: 'Et element kan kun bidrage til et senere led: leverance → mål → gevinst → formål.',
      },
    ]);
    // A node cannot point at itself.
    const self = await lead.gql(UPDATE, { input: { id: goal.id, version: 1, targetId: goal.id } });
    expect(self.errors![0].extensions!.fields![0].field).toBe('targetId');
    expect(await audits('UPDATE')).toBe(before + 1);
  });

  it('links a map node to a benefit of the same project only', async () => {
    const { lead, benefit } = await chain();
    const own = await aBenefitRow(server.db, {
      organisationId: a.org.id,
      projectId,
      title: 'Portobesparelse',
    });
    const elsewhere = await aBenefitRow(server.db, { organisationId: a.org.id, title: 'Uden projekt' });
    const linked = await lead.gql<{ updateBenefitMapNode: Node }>(UPDATE, {
      input: { id: benefit.id, version: 1, benefitId: own.id },
    });
    expect(linked.data!.updateBenefitMapNode.benefitId).toBe(own.id);
    const wrong = await lead.gql(UPDATE, { input: { id: benefit.id, version: 2, benefitId: elsewhere.id } });
    expect(wrong.errors![0].extensions!.fields).toEqual([
      { field: 'benefitId', message: 'Gevinsten findes ikke i din organisation.' },
    ]);
  });

  it('refuses to delete a node others contribute to, and deletes a leaf', async () => {
    const { lead, goal, deliverable } = await chain();
    const before = await audits('DELETE');
    const refused = await lead.gql(DELETE, { id: goal.id, version: 1 });
    expect(refused.errors![0].extensions!.code).toBe('CONFLICT');
    expect(refused.errors![0].message).toBe(
      '1 element(er) bidrager til dette element. Flyt eller slet dem først – intet er slettet.',
    );
    expect(await server.db.prisma.benefitMapNode.count({ where: { id: goal.id } })).toBe(1);

    const stale = await lead.gql(DELETE, { id: deliverable.id, version: 7 });
    expect(stale.errors![0].extensions!.code).toBe('STALE_VERSION');
    const deleted = await lead.gql(DELETE, { id: deliverable.id, version: 1 });
    expect(deleted.data).toEqual({ deleteBenefitMapNode: true });
    expect(await server.db.prisma.benefitMapNode.count({ where: { id: deliverable.id } })).toBe(0);
    // Now nothing feeds the goal, so it can go too.
    expect((await lead.gql(DELETE, { id: goal.id, version: 1 })).data).toEqual({
      deleteBenefitMapNode: true,
    });
    expect(await audits('DELETE')).toBe(before + 2);
  });

  it('lets only coordinators and the project lead edit the map', async () => {
    const { deliverable } = await chain();
    for (const who of ['reader', 'otherlead']) {
      const client = await as(a, who);
      const update = await client.gql(UPDATE, { input: { id: deliverable.id, version: 1, label: 'Nej' } });
      expect(update.errors![0].extensions!.code).toBe('FORBIDDEN');
      const remove = await client.gql(DELETE, { id: deliverable.id, version: 1 });
      expect(remove.errors![0].extensions!.code).toBe('FORBIDDEN');
    }
    const coord = await as(a, 'coord');
    const ok = await coord.gql<{ updateBenefitMapNode: Node }>(UPDATE, {
      input: { id: deliverable.id, version: 1, label: 'Koordineret' },
    });
    expect(ok.data!.updateBenefitMapNode.label).toBe('Koordineret');
  });

  it('deletes a benefit with a version check, keeping its map node without the link', async () => {
    const lead = await as(a, 'lead');
    const benefit = await aBenefitRow(server.db, {
      organisationId: a.org.id,
      projectId,
      title: 'Slettes',
      profile: [['2027-01-01', 10]],
      measurements: [['2025-01-01', 5]],
    });
    const node = await lead.gql<{ createBenefitMapNode: Node }>(CREATE, {
      input: { projectId, kind: 'BENEFIT', label: 'Slettes', benefitId: benefit.id },
    });
    const reader = await as(a, 'reader');
    expect(
      (await reader.gql(DELETE_BENEFIT, { id: benefit.id, version: 1 })).errors![0].extensions!.code,
    ).toBe('FORBIDDEN');
    expect((await lead.gql(DELETE_BENEFIT, { id: benefit.id, version: 2 })).errors![0].extensions!.code).toBe(
      'STALE_VERSION',
    );
    const before = await audits('DELETE', 'Benefit');
    expect((await lead.gql(DELETE_BENEFIT, { id: benefit.id, version: 1 })).data).toEqual({
      deleteBenefit: true,
    });
    expect(await server.db.prisma.benefit.count({ where: { id: benefit.id } })).toBe(0);
    expect(await server.db.prisma.benefitMeasurement.count({ where: { benefitId: benefit.id } })).toBe(0);
    const kept = await server.db.prisma.benefitMapNode.findUniqueOrThrow({
      where: { id: node.data!.createBenefitMapNode.id },
    });
    expect(kept.benefitId).toBeNull();
    expect(await audits('DELETE', 'Benefit')).toBe(before + 1);
  });

  describe('tenant isolation', () => {
    it("answers NOT_FOUND for another organisation's map nodes and benefits, changing nothing", async () => {
      const { deliverable } = await chain();
      const benefit = await aBenefitRow(server.db, {
        organisationId: a.org.id,
        projectId,
        title: 'Beskyttet',
      });
      const other = await as(b, 'coord');
      const update = await other.gql(UPDATE, { input: { id: deliverable.id, version: 1, label: 'Kapret' } });
      expect(update.errors![0].extensions!.code).toBe('NOT_FOUND');
      const remove = await other.gql(DELETE, { id: deliverable.id, version: 1 });
      expect(remove.errors![0].extensions!.code).toBe('NOT_FOUND');
      const removeBenefit = await other.gql(DELETE_BENEFIT, { id: benefit.id, version: 1 });
      expect(removeBenefit.errors![0].extensions!.code).toBe('NOT_FOUND');
      // A guessed id that is not a UUID is NOT_FOUND too, not a database error.
      expect((await other.gql(DELETE, { id: 'nope', version: 1 })).errors![0].extensions!.code).toBe(
        'NOT_FOUND',
      );
      const stored = await server.db.prisma.benefitMapNode.findUniqueOrThrow({
        where: { id: deliverable.id },
      });
      expect(stored).toMatchObject({ label: 'Ny postløsning', version: 1 });
      expect(await server.db.prisma.benefit.count({ where: { id: benefit.id } })).toBe(1);
    });
  });
});
