import type { BenefitSnapshot, DataSourceSnapshot } from '@overblik/domain';
import type { Db, Tx } from '../../db/handles';
import { isoDate, num } from '../../shared/scalars';

type Handle = Db | Tx;

/** Catalogue rows an organisation sees: shared ones and its own local ones (ADR 0006). */
const visibleTo = (organisationId: string) => ({
  OR: [{ visibility: 'SHARED' as const }, { ownerOrganisationId: organisationId }],
});

/** What the generic import plans read: only what the importing organisation sees. */
export const genericImportRepository = {
  async dataSourceSnapshot(db: Handle, organisationId: string): Promise<DataSourceSnapshot> {
    const [sources, suppliers] = await Promise.all([
      db.dataSource.findMany({ where: visibleTo(organisationId), orderBy: { createdAt: 'asc' } }),
      db.supplier.findMany({ where: visibleTo(organisationId), select: { id: true, name: true } }),
    ]);
    return {
      sources: sources.map((s) => ({
        id: s.id,
        version: s.version,
        editable: s.ownerOrganisationId === organisationId,
        name: s.name,
        kind: s.kind,
        description: s.description,
        registerFamily: s.registerFamily,
        copyOfId: s.copyOfId,
        supplierId: s.supplierId,
        defaultChannel: s.defaultChannel,
        costModel: s.costModel,
        lifecycle: s.lifecycle,
        endsOn: isoDate(s.endsOn),
      })),
      suppliers,
    };
  },

  async benefitSnapshot(db: Handle, organisationId: string): Promise<BenefitSnapshot> {
    const [benefits, projects] = await Promise.all([
      db.benefit.findMany({ where: { organisationId }, orderBy: { createdAt: 'asc' } }),
      db.project.findMany({ where: { organisationId }, select: { id: true, name: true } }),
    ]);
    return {
      benefits: benefits.map((b) => ({
        id: b.id,
        version: b.version,
        title: b.title,
        type: b.type,
        description: b.description,
        projectId: b.projectId,
        cashable: b.cashable,
        baseline: num(b.baseline),
        target: num(b.target),
        unitOfMeasure: b.unitOfMeasure,
        direction: b.direction,
        startDate: isoDate(b.startDate),
        dueDate: isoDate(b.dueDate),
      })),
      projects,
    };
  },
};
