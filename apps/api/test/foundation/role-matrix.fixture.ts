import { ROLES, type Role } from '@overblik/domain';
import type { Database } from '../../src/db/database';
import { hashPassword } from '../../src/modules/auth/auth.service';
import { seedDemoIfEmpty } from '../../src/seed/demo-seed';
import { TEST_PASSWORD } from '../test-server';

/**
 * The role matrix's world: the demo seeded once (every kind of record exists), plus in Norddal one
 * person per role holding that role alone, and the few records the demo lacks. The system owner
 * keeps `ownUsage` (and what hangs on it) and nothing else; every other usage is kept by others.
 */
export async function matrixWorld(db: Database) {
  await seedDemoIfEmpty(db);
  const p = db.prisma;
  const org = await p.organisation.findUniqueOrThrow({ where: { slug: 'norddal' } });
  const organisationId = org.id;
  const inOrg = { where: { organisationId }, orderBy: { createdAt: 'asc' as const } };

  const hash = await hashPassword(TEST_PASSWORD);
  const userIds = {} as Record<Role, string>;
  for (const role of ROLES) {
    const user = await p.user.create({
      data: { email: `${role.toLowerCase()}@matrix.test`, name: `Matrix ${role}`, passwordHash: hash },
    });
    await p.membership.create({ data: { userId: user.id, organisationId, roles: [role] } });
    userIds[role] = user.id;
  }
  const email = (role: Role) => `${role.toLowerCase()}@matrix.test`;
  const so = userIds.SYSTEM_OWNER;

  const [usage, usage2, ownUsage] = await p.systemUsage.findMany({ ...inOrg, take: 3 });
  await p.systemUsage.update({ where: { id: ownUsage.id }, data: { ownerUserId: so } });
  const unit = await p.unit.findFirstOrThrow(inOrg);
  const edge = await p.usageDataSource.findFirstOrThrow({
    where: { organisationId, usageId: { not: ownUsage.id } },
  });
  const sharedSource = await p.dataSource.findFirstOrThrow({ where: { ownerOrganisationId: null } });
  const ownEdge = await p.usageDataSource.create({
    data: {
      organisationId,
      usageId: ownUsage.id,
      dataSourceId: (await p.dataSource.create({ data: { name: 'Matrix-kilde til egen', kind: 'INTERNAL' } }))
        .id,
    },
  });
  const integration = await p.integration.findFirstOrThrow({
    where: { organisationId, fromUsageId: { not: ownUsage.id }, toUsageId: { not: ownUsage.id } },
  });
  const ownIntegration = await p.integration.create({
    data: { organisationId, fromUsageId: ownUsage.id, toUsageId: usage.id },
  });
  const localSource = await p.dataSource.create({
    data: {
      name: 'Matrix lokal kilde',
      kind: 'INTERNAL',
      visibility: 'LOCAL',
      ownerOrganisationId: organisationId,
    },
  });
  const localInterface = await p.interface.create({
    data: { name: 'Matrix lokal snitflade', visibility: 'LOCAL', ownerOrganisationId: organisationId },
  });
  const localSystem = await p.itSystem.create({
    data: { name: 'Matrix lokalt system', visibility: 'LOCAL', ownerOrganisationId: organisationId },
  });
  const supplier = await p.supplier.create({
    data: { name: 'Matrix Leverandør ApS', ownerOrganisationId: organisationId },
  });
  const contact = await p.supplierContact.create({
    data: { organisationId, supplierId: supplier.id, name: 'Kontakt Person' },
  });
  const reference = await p.externalReference.create({
    data: { organisationId, subject: 'SYSTEM_USAGE', subjectId: usage.id, title: 'Driftsaftale' },
  });
  const ownReference = await p.externalReference.create({
    data: { organisationId, subject: 'SYSTEM_USAGE', subjectId: ownUsage.id, title: 'Egen driftsaftale' },
  });
  const contract = await p.contract.findFirstOrThrow(inOrg);
  const project = await p.project.findFirstOrThrow({
    ...inOrg,
    where: { organisationId, NOT: { ownerUserId: { in: Object.values(userIds) } } },
  });
  const proposal = await p.proposal.findFirstOrThrow({ where: { project: { organisationId } } });
  const benefit = await p.benefit.findFirstOrThrow({ where: { organisationId, projectId: { not: null } } });
  const projectIds = (await p.project.findMany({ where: { organisationId }, select: { id: true } })).map(
    (r) => r.id,
  );
  const mapNode = await p.benefitMapNode.findFirstOrThrow({ where: { projectId: { in: projectIds } } });
  const capability = await p.capability.findFirstOrThrow(inOrg);
  const category = await p.category.findFirstOrThrow({ where: { model: { organisationId } } });
  const criterion = await p.criterion.findFirstOrThrow({ where: { model: { organisationId } } });
  const person = await p.person.findFirstOrThrow(inOrg);
  const competency = await p.competency.findFirstOrThrow({ where: { organisationId } });
  const allocation = await p.allocation.findFirstOrThrow({ where: { project: { organisationId } } });
  const requirement = await p.standardRequirement.findFirstOrThrow(inOrg);
  const check = await p.requirementCheck.findFirstOrThrow({ where: { project: { organisationId } } });
  const scenario = await p.portfolioScenario.create({
    data: { organisationId, name: 'Matrix-scenarie', createdById: userIds.EXECUTIVE_BOARD },
  });
  const programme = await p.programme.create({ data: { organisationId, name: 'Matrix-program' } });
  const acceptance = await p.overlapAcceptance.create({
    data: {
      organisationId,
      capabilityId: capability.id,
      usageIds: [usage.id, usage2.id],
      reason: 'Bevidst valg',
    },
  });
  const defaultView = await p.savedView.create({
    data: { organisationId, userId: null, tableKey: 'systems', name: 'Standard', config: {} },
  });
  const member = await p.membership.findUniqueOrThrow({
    where: { userId_organisationId: { userId: userIds.READER, organisationId } },
  });
  const someone = (
    await p.membership.findFirstOrThrow({
      where: { organisationId, userId: { notIn: Object.values(userIds) } },
    })
  ).userId;
  const notification = await p.notification.create({
    data: {
      organisationId,
      userId: someone,
      kind: 'RETENDER_DECISION_DUE',
      subjectType: 'Contract',
      subjectId: contract.id,
      dedupeKey: 'matrix',
      title: 'Genudbud',
    },
  });

  return {
    organisationId,
    userIds,
    email,
    someone,
    usage,
    usage2,
    ownUsage,
    unit,
    edge,
    ownEdge,
    sharedSource,
    integration,
    ownIntegration,
    localSource,
    localInterface,
    localSystem,
    supplier,
    contact,
    reference,
    ownReference,
    contract,
    project,
    proposal,
    benefit,
    mapNode,
    capability,
    category,
    criterion,
    person,
    competency,
    allocation,
    requirement,
    check,
    scenario,
    programme,
    acceptance,
    defaultView,
    member,
    notification,
  };
}

export type MatrixWorld = Awaited<ReturnType<typeof matrixWorld>>;
