import type { Database } from '../../src/db/database';

/** A project inserted directly (set-up only), with its first phase in the history. */
export async function aProject(
  db: Database,
  organisationId: string,
  name: string,
  extra: {
    rankKey?: string;
    phase?: string;
    status?: 'PROPOSED' | 'ACTIVE' | 'ON_HOLD' | 'REJECTED';
    unitId?: string;
  } = {},
) {
  const project = await db.prisma.project.create({
    data: {
      organisationId,
      name,
      rankKey: extra.rankKey ?? 'a0',
      phase: extra.phase ?? 'idea',
      status: extra.status ?? 'PROPOSED',
      unitId: extra.unitId,
    },
  });
  await db.prisma.projectPhaseHistory.create({ data: { projectId: project.id, phase: project.phase } });
  return project;
}

/** The organisation's project model: three phases, the middle gate needing two artefacts. */
export async function aPhaseModel(db: Database, organisationId: string) {
  await db.prisma.phaseDefinition.createMany({
    data: [
      { organisationId, key: 'idea', name: 'Idé', ordinal: 0, requiredArtefacts: [] },
      {
        organisationId,
        key: 'proposal',
        name: 'Indstilling',
        ordinal: 1,
        requiredArtefacts: ['BUSINESS_CASE', 'RISK_ASSESSMENT'],
      },
      { organisationId, key: 'execution', name: 'Gennemførelse', ordinal: 2, requiredArtefacts: [] },
    ],
  });
}
