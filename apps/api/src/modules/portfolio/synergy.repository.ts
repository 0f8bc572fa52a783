import type { Db } from '../../db/handles';

export const synergyRepository = {
  /**
   * Every project of the organisation with the system usages it touches and their capabilities.
   * All statuses are loaded: which projects count (not closed, not rejected) is the domain's rule.
   */
  projectsWithSystems: (db: Db, organisationId: string) =>
    db.project.findMany({
      where: { organisationId },
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      include: {
        systems: {
          select: {
            usageId: true,
            usage: { select: { capabilities: true, localName: true, system: { select: { name: true } } } },
          },
        },
      },
    }),
};
