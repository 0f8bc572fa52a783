import { anOrganisation, startTestServer, type TestServer } from '../test-server';

jest.setTimeout(60_000);

const USED_ELSEWHERE = `query($id: ID!) { systemUsage(id: $id) {
  usedElsewhere { organisation { name } lifecycle } } }`;

describe('which other organisations use the same catalogue system', () => {
  let server: TestServer;
  let usageId: string;
  let orgs: Record<'nu' | 'xi' | 'omikron' | 'pi', Awaited<ReturnType<typeof anOrganisation>>>;

  beforeAll(async () => {
    server = await startTestServer();
    const db = server.db;
    orgs = {
      nu: await anOrganisation(db, 'nu', { reader: ['READER'] }),
      xi: await anOrganisation(db, 'xi', {}),
      omikron: await anOrganisation(db, 'omikron', {}),
      pi: await anOrganisation(db, 'pi', {}),
    };
    const system = await db.prisma.itSystem.create({ data: { name: 'Fælles ESDH' } });
    const use = (organisationId: string, lifecycle: 'IN_USE' | 'PLANNED' = 'IN_USE') =>
      db.prisma.systemUsage.create({ data: { organisationId, systemId: system.id, lifecycle } });
    usageId = (await use(orgs.nu.org.id)).id;
    await use(orgs.xi.org.id, 'PLANNED');
    await use(orgs.omikron.org.id);
    await use(orgs.pi.org.id);
    const collaboration = (
      name: string,
      members: { organisationId: string; shares: ('SYSTEM_USAGES' | 'CONTRACTS')[] }[],
    ) => db.prisma.collaboration.create({ data: { name, members: { create: members } } });
    // Xi shares its system usages with Nu; Omikron is a partner sharing only contracts; Pi shares
    // its system usages, but in a collaboration Nu is not part of.
    await collaboration('Nu-Xi-Omikron', [
      { organisationId: orgs.nu.org.id, shares: [] },
      { organisationId: orgs.xi.org.id, shares: ['SYSTEM_USAGES'] },
      { organisationId: orgs.omikron.org.id, shares: ['CONTRACTS'] },
    ]);
    await collaboration('Xi-Pi', [
      { organisationId: orgs.xi.org.id, shares: [] },
      { organisationId: orgs.pi.org.id, shares: ['SYSTEM_USAGES'] },
    ]);
  });
  afterAll(() => server.close());

  it('lists only the partners sharing their system usages with the viewer’s organisation', async () => {
    const reader = await server.client().signIn(orgs.nu.email('reader'));
    const result = await reader.gql<{
      systemUsage: { usedElsewhere: { organisation: { name: string }; lifecycle: string }[] };
    }>(USED_ELSEWHERE, { id: usageId });
    expect(result.errors).toBeUndefined();
    expect(result.data!.systemUsage.usedElsewhere).toEqual([
      { organisation: { name: 'xi Kommune' }, lifecycle: 'PLANNED' },
    ]);
  });
});
