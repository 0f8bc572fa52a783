import type { BenefitSnapshot, DataSourceSnapshot, ProjectSnapshot } from '@overblik/domain';
import type { Db, Tx } from '../../db/handles';
import { isoDate, num } from '../../shared/scalars';
import { phaseNameIn } from '../project/phase-names';
import { phaseModel } from '../project/project-phases';
import { kitosImportRepository } from './kitos-import.repository';

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

  async projectSnapshot(db: Handle, organisationId: string): Promise<ProjectSnapshot> {
    const [projects, model, members, programmes, strategies, usages] = await Promise.all([
      db.project.findMany({
        where: { organisationId },
        orderBy: { createdAt: 'asc' },
        include: { strategies: { select: { strategyId: true } }, systems: { select: { usageId: true } } },
      }),
      phaseModel(db, organisationId),
      kitosImportRepository.members(db, organisationId),
      db.programme.findMany({
        where: { organisationId },
        select: { id: true, name: true, archivedAt: true },
      }),
      db.strategy.findMany({ where: { organisationId }, select: { id: true, name: true } }),
      kitosImportRepository.usageNames(db, organisationId),
    ]);
    return {
      projects: projects.map((p) => ({
        id: p.id,
        version: p.version,
        name: p.name,
        description: p.description,
        phase: p.phase,
        ownerUserId: p.ownerUserId,
        leadUserId: p.leadUserId,
        startDate: isoDate(p.startDate),
        endDate: isoDate(p.endDate),
        budget: num(p.budget) ?? 0,
        programmeId: p.programmeId,
        strategyIds: p.strategies.map((x) => x.strategyId).sort(),
        usageIds: p.systems.map((x) => x.usageId).sort(),
      })),
      // A phase is named by its key, its own name, or its standard name in either language.
      phases: model.map((p) => ({
        key: p.key,
        names: [...new Set([phaseNameIn('da', p), phaseNameIn('en', p), p.name])],
      })),
      members,
      programmes: programmes.map((p) => ({ id: p.id, name: p.name, archived: p.archivedAt !== null })),
      strategies,
      usages,
    };
  },
};
