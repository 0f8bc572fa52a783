import { findProjectSynergies, groupProjectOverlaps, type SynergyProject } from '@overblik/domain';
import type { Context } from '../../context';
import { requireOrganisation } from '../../shared/access';
import { toProjectNode } from '../project/project.service';
import { synergyRepository } from './synergy.repository';

type Loaded = Awaited<ReturnType<typeof synergyRepository.projectsWithSystems>>[number];

const toSynergyProject = (p: Loaded): SynergyProject => ({
  id: p.id,
  name: p.name,
  status: p.status,
  usageIds: p.systems.map((s) => s.usageId),
  capabilities: [...new Set(p.systems.flatMap((s) => s.usage.capabilities))],
});

const usageNames = (projects: Loaded[]) =>
  new Map(
    projects.flatMap((p) =>
      p.systems.map((s) => [s.usageId, s.usage.localName ?? s.usage.system.name] as [string, string]),
    ),
  );

export const synergyService = {
  /** Systems and capabilities touched by two or more open projects of the active organisation. */
  async overlaps(ctx: Context) {
    const { organisationId } = requireOrganisation(ctx);
    const projects = await synergyRepository.projectsWithSystems(ctx.prisma, organisationId);
    const byId = new Map(projects.map((p) => [p.id, p]));
    const names = usageNames(projects);
    return groupProjectOverlaps(projects.map(toSynergyProject)).map((g) => ({
      kind: g.kind,
      key: g.key,
      name: g.kind === 'SYSTEM' ? (names.get(g.key) ?? '') : g.key,
      projects: g.projectIds.map((id) => toProjectNode(byId.get(id)!)),
    }));
  },

  /**
   * Other open projects of the project's own organisation that touch the same systems or
   * capabilities, most shared first. The root project was already access-checked when loaded.
   */
  async related(ctx: Context, project: { id: string; organisationId: string }) {
    const projects = await synergyRepository.projectsWithSystems(ctx.prisma, project.organisationId);
    const byId = new Map(projects.map((p) => [p.id, p]));
    const names = usageNames(projects);
    return findProjectSynergies(projects.map(toSynergyProject))
      .filter((s) => s.projectIds.includes(project.id))
      .map((s) => {
        const otherId = s.projectIds[0] === project.id ? s.projectIds[1] : s.projectIds[0];
        return {
          project: toProjectNode(byId.get(otherId)!),
          sharedSystems: s.sharedUsageIds.map((usageId) => ({ usageId, name: names.get(usageId) ?? '' })),
          sharedCapabilities: s.sharedCapabilities,
        };
      });
  },
};
