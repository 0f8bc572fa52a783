import type { Prisma } from '@prisma/client';
import type { Db, Tx } from '../../db/handles';
import type { ReferenceSubject } from '../../shared/enums';

const select = {
  id: true,
  organisationId: true,
  subject: true,
  subjectId: true,
  title: true,
  documentId: true,
  url: true,
  version: true,
} satisfies Prisma.ExternalReferenceSelect;

export const referenceRepository = {
  /** Whether the subject is the organisation's own (or, for a catalogue data source, visible to it). */
  async subjectVisible(db: Db | Tx, organisationId: string, subject: ReferenceSubject, id: string) {
    const own = { id, organisationId };
    switch (subject) {
      case 'SYSTEM_USAGE':
        return (await db.systemUsage.count({ where: own })) > 0;
      case 'CONTRACT':
        return (await db.contract.count({ where: own })) > 0;
      case 'PROJECT':
        return (await db.project.count({ where: own })) > 0;
      case 'BENEFIT':
        return (await db.benefit.count({ where: own })) > 0;
      case 'DATA_SOURCE':
        return (
          (await db.dataSource.count({
            where: { id, OR: [{ visibility: 'SHARED' }, { ownerOrganisationId: organisationId }] },
          })) > 0
        );
    }
  },

  list: (db: Db, organisationId: string, subject: ReferenceSubject, subjectId: string) =>
    db.externalReference.findMany({
      where: { organisationId, subject, subjectId },
      orderBy: [{ title: 'asc' }, { id: 'asc' }],
      select,
    }),

  /** A reference in one of the given organisations. */
  find: (db: Db | Tx, organisationIds: string[], id: string) =>
    db.externalReference.findFirst({ where: { id, organisationId: { in: organisationIds } }, select }),

  create: (db: Tx, data: Prisma.ExternalReferenceUncheckedCreateInput) =>
    db.externalReference.create({ data, select }),

  update: (db: Tx, id: string, version: number, data: { title: string; documentId: string; url: string }) =>
    db.externalReference.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } }),

  delete: (db: Tx, id: string, version: number) =>
    db.externalReference.deleteMany({ where: { id, version } }),
};
