import type { Database } from '../../src/db/database';
import { aUsage, anOrganisation } from '../test-server';

/**
 * A small, hand-checkable landscape for organisation A, plus organisation B using the same shared
 * CPR register:
 *
 *   CPR (base register) ◀─copy─ CPR-kopi (copy register)
 *   Ydelse ──reads──▶ CPR            Sag ──reads (120.000 kr, not authoritative)──▶ CPR-kopi
 *   Sag ──integration "Sag-API"──▶ Portal ──runs on──▶ AD (ends 2027-06-30)
 *   Sag reads persons (CPR) from the copy; Sag-API carries cases with their parties (persons);
 *   Ydelse's edge declares no payload.
 *   Gammel (retired), no edges.     Contract "Sagskontrakt" covers Sag (200.000 kr/yr, ends 2030-12-31)
 *   Project "Ny portal" touches Portal.                B: BSys ──reads──▶ CPR
 */
export async function aLandscape(db: Database, slugA: string, slugB: string) {
  const p = db.prisma;
  const a = await anOrganisation(db, slugA, {
    owner: ['SYSTEM_OWNER'],
    reader: ['READER'],
    admin: ['ADMINISTRATOR'],
  });
  const b = await anOrganisation(db, slugB, { owner: ['SYSTEM_OWNER'], reader: ['READER'] });

  const cpr = await p.dataSource.create({
    data: {
      name: `CPR ${slugA}`,
      kind: 'BASE_REGISTER',
      registerFamily: 'CPR',
      defaultChannel: 'SERVICEPLATFORMEN',
    },
  });
  const copy = await p.dataSource.create({
    data: { name: `CPR-kopi ${slugA}`, kind: 'COPY_REGISTER', registerFamily: 'CPR', copyOfId: cpr.id },
  });
  const ad = await p.infrastructureComponent.create({
    data: { name: `AD ${slugA}`, kind: 'IDENTITY', endsOn: new Date('2027-06-30T00:00:00Z') },
  });

  // Organisation A's system owner keeps its usages (ADR 0029).
  const kept = { ownerUserId: a.userIds.owner };
  const sag = await aUsage(db, a.org.id, `Sag ${slugA}`, { ...kept, responsibleUnitId: a.unit.id });
  const ydelse = await aUsage(db, a.org.id, `Ydelse ${slugA}`, { ...kept, responsibleUnitId: a.unit.id });
  const portal = await aUsage(db, a.org.id, `Portal ${slugA}`, kept);
  const gammel = await aUsage(db, a.org.id, `Gammel ${slugA}`, kept);
  await p.systemUsage.update({ where: { id: gammel.id }, data: { lifecycle: 'RETIRED' } });
  // Under KITOS's "Sagsbærende", which every organisation's taxonomy starts with.
  const sagsbaerende = await p.capability.findFirstOrThrow({
    where: { organisationId: a.org.id, name: 'Sagsbærende' },
  });
  const sagsbehandling = await p.capability.create({
    data: { organisationId: a.org.id, name: 'Sagsbehandling', parentId: sagsbaerende.id },
  });
  await p.usageCapability.createMany({
    data: [sag, ydelse].map((u) => ({ usageId: u.id, capabilityId: sagsbehandling.id })),
  });
  const bsys = await aUsage(db, b.org.id, `BSys ${slugB}`, { ownerUserId: b.userIds.owner });

  const sagCopy = await p.usageDataSource.create({
    data: {
      organisationId: a.org.id,
      usageId: sag.id,
      dataSourceId: copy.id,
      channel: 'FILE_TRANSFER',
      authoritative: false,
      yearlyCost: 120_000,
      switchingCost: 50_000,
      dataTypes: ['PERSON'],
      registerFamilies: ['CPR'],
    },
  });
  const ydelseCpr = await p.usageDataSource.create({
    data: {
      organisationId: a.org.id,
      usageId: ydelse.id,
      dataSourceId: cpr.id,
      channel: 'SERVICEPLATFORMEN',
    },
  });
  await p.usageDataSource.create({
    data: { organisationId: b.org.id, usageId: bsys.id, dataSourceId: cpr.id, channel: 'DATAFORDELEREN' },
  });
  await p.usageInfrastructure.create({
    data: { organisationId: a.org.id, usageId: portal.id, componentId: ad.id },
  });
  const sagApi = await p.interface.create({ data: { name: 'Sag-API', dataTypes: ['CASE', 'PERSON'] } });
  const integration = await p.integration.create({
    data: {
      organisationId: a.org.id,
      fromUsageId: sag.id,
      toUsageId: portal.id,
      interfaceId: sagApi.id,
      data: 'Sagsstatus',
    },
  });
  const contract = await p.contract.create({
    data: {
      organisationId: a.org.id,
      name: 'Sagskontrakt',
      startDate: new Date('2020-01-01T00:00:00Z'),
      endDate: new Date('2030-12-31T00:00:00Z'),
      noticePeriodMonths: 6,
      coverage: { create: [{ usageId: sag.id }] },
      economyLines: { create: [{ kind: 'YEARLY_OPERATION', amount: 200_000 }] },
    },
  });
  const project = await p.project.create({
    data: {
      organisationId: a.org.id,
      name: 'Ny portal',
      rankKey: 'a0',
      systems: { create: [{ usageId: portal.id }] },
    },
  });

  return {
    a,
    b,
    cpr,
    copy,
    ad,
    sag,
    ydelse,
    portal,
    gammel,
    bsys,
    sagCopy,
    ydelseCpr,
    integration,
    sagApi,
    contract,
    project,
    sagsbehandling,
  };
}
