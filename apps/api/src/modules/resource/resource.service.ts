import {
  allocationCreate,
  allocationHeatmap,
  allocationUpdate,
  canManageResources,
  competencyFields,
  demandFields,
  findProjectSynergies,
  personFields,
  planningQuarterList,
} from '@overblik/domain';
import type { z } from 'zod';
import type { Context } from '../../context';
import { memberOrganisationIds, requireAllowed, requireOrganisation } from '../../shared/access';
import { writeAudit, type Tx } from '../../shared/audit';
import { assertId, conflict, invalid, notFound, type FieldError } from '../../shared/errors';
import { isUniqueViolation } from '../../shared/prisma-errors';
import { validate } from '../../shared/validation';
import { assertUpdated, inTransaction } from '../../shared/versioned';
import { projectRepository } from '../project/project.repository';
import { toProjectNode } from '../project/project.service';
import type {
  AllocationInput,
  AllocationUpdateInput,
  PersonCreateInput,
  PersonUpdateInput,
  ResourceDemandInput,
} from './resource.input';
import { resourceRepository as repo } from './resource.repository';

type PersonRow = NonNullable<Awaited<ReturnType<typeof repo.person>>>;
const toPersonNode = (p: PersonRow) => ({ ...p, competencies: p.competencies.map((c) => c.competency) });

/** This quarter and the three after it: the board's planning horizon. */
export function nextQuarters(today: string, count = 4): string[] {
  let year = Number(today.slice(0, 4));
  let q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(`${year}-Q${q}`);
    q += 1;
    if (q > 4) [year, q] = [year + 1, 1];
  }
  return out;
}

async function checkPersonRefs(tx: Tx, organisationId: string, f: z.output<typeof personFields>) {
  const ids = [...new Set(f.competencyIds)];
  const found = await projectRepository.countReferences(tx, organisationId, {
    userIds: f.userId ? [f.userId] : [],
    unitIds: f.unitId ? [f.unitId] : [],
    strategyIds: [],
    usageIds: [],
  });
  const errors: FieldError[] = [];
  const unknown = (field: string, entity: string) =>
    errors.push({ field, message: 'field.unknownReference', params: { entity } });
  if (f.userId && !found.users) unknown('userId', 'User');
  if (f.unitId && !found.units) unknown('unitId', 'Unit');
  if ((await repo.countCompetencies(tx, organisationId, ids)) < ids.length)
    unknown('competencyIds', 'Competency');
  if (errors.length) throw invalid(errors);
  return ids;
}

async function projectInOrganisation(tx: Tx, organisationId: string, projectId: string) {
  assertId(projectId, 'Project');
  const project = await projectRepository.project(tx, [organisationId], projectId);
  if (!project) throw notFound('Project');
  return project;
}

export const resourceService = {
  async people(ctx: Context) {
    const { organisationId } = requireOrganisation(ctx);
    return (await repo.people(ctx.prisma, organisationId)).map(toPersonNode);
  },

  async competencies(ctx: Context) {
    const { organisationId } = requireOrganisation(ctx);
    return repo.competencies(ctx.prisma, organisationId);
  },

  async createCompetency(ctx: Context, name: string) {
    const { organisationId } = requireAllowed(ctx, canManageResources);
    const data = validate(competencyFields, { name });
    return inTransaction(ctx, async (tx) => {
      const row = await repo.createCompetency(tx, organisationId, data.name).catch((e: unknown) => {
        throw isUniqueViolation(e)
          ? conflict('error.conflict.duplicate', { entity: 'Competency', field: 'name' })
          : e;
      });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'Competency',
        entityId: row.id,
        after: row,
      });
      return row;
    });
  },

  async updateCompetency(ctx: Context, id: string, version: number, name: string) {
    const { organisationId } = requireAllowed(ctx, canManageResources);
    assertId(id, 'Competency');
    const data = validate(competencyFields, { name });
    return inTransaction(ctx, async (tx) => {
      const before = await repo.competency(tx, organisationId, id);
      if (!before) throw notFound('Competency');
      const result = await repo.updateCompetency(tx, id, version, data.name).catch((e: unknown) => {
        throw isUniqueViolation(e)
          ? conflict('error.conflict.duplicate', { entity: 'Competency', field: 'name' })
          : e;
      });
      assertUpdated(result, 'Competency');
      const after = (await repo.competency(tx, organisationId, id))!;
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'UPDATE',
        entityType: 'Competency',
        entityId: id,
        before,
        after,
      });
      return after;
    });
  },

  async createPerson(ctx: Context, input: PersonCreateInput) {
    const { organisationId } = requireAllowed(ctx, canManageResources);
    const f = validate(personFields, input);
    return inTransaction(ctx, async (tx) => {
      const competencyIds = await checkPersonRefs(tx, organisationId, f);
      const { competencyIds: _c, ...data } = f;
      const row = await repo.createPerson(tx, { ...data, organisationId }, competencyIds);
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'Person',
        entityId: row.id,
        after: row,
      });
      return toPersonNode(row);
    });
  },

  async updatePerson(ctx: Context, input: PersonUpdateInput) {
    const { organisationId } = requireAllowed(ctx, canManageResources);
    const { id, version, ...rest } = input;
    assertId(id, 'Person');
    const f = validate(personFields, rest);
    return inTransaction(ctx, async (tx) => {
      const before = await repo.person(tx, organisationId, id);
      if (!before) throw notFound('Person');
      const competencyIds = await checkPersonRefs(tx, organisationId, f);
      const { competencyIds: _c, ...data } = f;
      assertUpdated(await repo.updatePerson(tx, id, version, data, competencyIds), 'Person');
      const after = (await repo.person(tx, organisationId, id))!;
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'UPDATE',
        entityType: 'Person',
        entityId: id,
        before,
        after,
      });
      return toPersonNode(after);
    });
  },

  async deletePerson(ctx: Context, id: string, version: number) {
    const { organisationId } = requireAllowed(ctx, canManageResources);
    assertId(id, 'Person');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.person(tx, organisationId, id);
      if (!before) throw notFound('Person');
      assertUpdated(await repo.deletePerson(tx, id, version), 'Person');
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'DELETE',
        entityType: 'Person',
        entityId: id,
        before,
      });
      return true;
    });
  },

  async allocations(ctx: Context, projectId: string | null, quarters: string[] | null) {
    const { organisationId } = requireOrganisation(ctx);
    return repo.allocations(ctx.prisma, organisationId, { projectId, quarters });
  },

  async createAllocation(ctx: Context, input: AllocationInput) {
    const { organisationId } = requireAllowed(ctx, canManageResources);
    const f = validate(allocationCreate, input);
    return inTransaction(ctx, async (tx) => {
      if (!(await repo.person(tx, organisationId, f.personId))) {
        throw invalid([
          { field: 'personId', message: 'field.unknownReference', params: { entity: 'Person' } },
        ]);
      }
      await projectInOrganisation(tx, organisationId, f.projectId);
      if (f.competencyId && !(await repo.countCompetencies(tx, organisationId, [f.competencyId]))) {
        throw invalid([
          { field: 'competencyId', message: 'field.unknownReference', params: { entity: 'Competency' } },
        ]);
      }
      const row = await repo.createAllocation(tx, f).catch((e: unknown) => {
        throw isUniqueViolation(e)
          ? conflict('error.conflict.duplicate', { entity: 'Allocation', field: 'quarter' })
          : e;
      });
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'CREATE',
        entityType: 'Allocation',
        entityId: row.id,
        after: row,
      });
      return row;
    });
  },

  async updateAllocation(ctx: Context, input: AllocationUpdateInput) {
    const { organisationId } = requireAllowed(ctx, canManageResources);
    assertId(input.id, 'Allocation');
    const f = validate(allocationUpdate, {
      competencyId: input.competencyId,
      hoursPerWeek: input.hoursPerWeek,
    });
    return inTransaction(ctx, async (tx) => {
      const before = await repo.allocation(tx, organisationId, input.id);
      if (!before) throw notFound('Allocation');
      if (f.competencyId && !(await repo.countCompetencies(tx, organisationId, [f.competencyId]))) {
        throw invalid([
          { field: 'competencyId', message: 'field.unknownReference', params: { entity: 'Competency' } },
        ]);
      }
      assertUpdated(await repo.updateAllocation(tx, input.id, input.version, f), 'Allocation');
      const after = (await repo.allocation(tx, organisationId, input.id))!;
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'UPDATE',
        entityType: 'Allocation',
        entityId: input.id,
        before,
        after,
      });
      return after;
    });
  },

  async deleteAllocation(ctx: Context, id: string, version: number) {
    const { organisationId } = requireAllowed(ctx, canManageResources);
    assertId(id, 'Allocation');
    return inTransaction(ctx, async (tx) => {
      const before = await repo.allocation(tx, organisationId, id);
      if (!before) throw notFound('Allocation');
      assertUpdated(await repo.deleteAllocation(tx, id, version), 'Allocation');
      await writeAudit(tx, ctx, {
        organisationId,
        action: 'DELETE',
        entityType: 'Allocation',
        entityId: id,
        before,
      });
      return true;
    });
  },

  async projectDemands(ctx: Context, projectId: string) {
    return repo.demands(ctx.prisma, projectId);
  },

  /** Sets (0 removes) what a project needs of one competency in one quarter. */
  async setDemand(ctx: Context, input: ResourceDemandInput) {
    assertId(input.projectId, 'Project');
    return inTransaction(ctx, async (tx) => {
      const project = await projectRepository.project(tx, memberOrganisationIds(ctx), input.projectId);
      if (!project) throw notFound('Project');
      requireAllowed(ctx, canManageResources, project.organisationId);
      const f = validate(demandFields, input);
      if (!(await repo.countCompetencies(tx, project.organisationId, [f.competencyId]))) {
        throw invalid([
          { field: 'competencyId', message: 'field.unknownReference', params: { entity: 'Competency' } },
        ]);
      }
      const before = await repo.demand(tx, f.projectId, f.competencyId, f.quarter);
      await repo.setDemand(tx, f.projectId, f.competencyId, f.quarter, f.hoursPerWeek);
      const after = await repo.demand(tx, f.projectId, f.competencyId, f.quarter);
      await writeAudit(tx, ctx, {
        organisationId: project.organisationId,
        action: after ? (before ? 'UPDATE' : 'CREATE') : 'DELETE',
        entityType: 'ResourceDemand',
        entityId: after?.id ?? before?.id ?? project.id,
        before,
        after,
      });
      return repo.demands(tx, f.projectId);
    });
  },

  /** Booked against available hours per competency and unit over the chosen quarters. */
  async heatmap(ctx: Context, requested: string[] | null) {
    const { organisationId } = requireOrganisation(ctx);
    const quarters = requested?.length ? validate(planningQuarterList, requested) : nextQuarters(ctx.today);
    const [people, allocations, units] = await Promise.all([
      repo.people(ctx.prisma, organisationId),
      repo.allocations(ctx.prisma, organisationId, { quarters }),
      repo.units(ctx.prisma, organisationId),
    ]);
    const NO_UNIT = 'NO_UNIT';
    const map = allocationHeatmap(
      people.map((p) => ({
        id: p.id,
        unitId: p.unitId ?? NO_UNIT,
        weeklyCapacityHours: p.weeklyCapacityHours,
        competencyIds: p.competencies.map((c) => c.competency.id),
      })),
      allocations,
      quarters,
    );
    const names = new Map<string, string>([
      ...people.flatMap((p) =>
        p.competencies.map((c) => [c.competency.id, c.competency.name] as [string, string]),
      ),
      ...units.map((u) => [u.id, u.name] as [string, string]),
    ]);
    const named = <T extends { groupId: string }>(cells: T[]) =>
      cells.map((c) => ({ ...c, groupName: names.get(c.groupId) ?? '' }));
    return { quarters, byCompetency: named(map.byCompetency), byUnit: named(map.byUnit) };
  },

  /** Pairs of open projects touching the same system usages or capabilities. */
  async synergies(ctx: Context) {
    const { organisationId } = requireOrganisation(ctx);
    const projects = await repo.projectSystems(ctx.prisma, organisationId);
    const byId = new Map(projects.map((p) => [p.id, p]));
    const usageName = new Map(
      projects.flatMap((p) =>
        p.systems.map((s) => [s.usageId, s.usage.localName ?? s.usage.system.name] as [string, string]),
      ),
    );
    return findProjectSynergies(
      projects.map((p) => ({
        id: p.id,
        name: p.name,
        usageIds: p.systems.map((s) => s.usageId),
        capabilities: [...new Set(p.systems.flatMap((s) => s.usage.capabilities))],
      })),
    ).map((s) => ({
      projects: s.projectIds.map((id) => toProjectNode(byId.get(id)!)),
      sharedSystems: s.sharedUsageIds.map((usageId) => ({ usageId, name: usageName.get(usageId) ?? '' })),
      sharedCapabilities: s.sharedCapabilities,
    }));
  },
};
