import type { BuiltProject } from './demo-projects';
import type { MunicipalityIds } from './demo-organisations';
import type { PortfolioModelIds } from './demo-portfolio-model';
import { quarters } from './seed-dates';
import type { SeedContext } from './seed-writer';

/**
 * The people the portfolio draws on, with competencies and capacity, what they are allocated to,
 * and what each project asks for per quarter. Demand for project leads deliberately exceeds
 * capacity in 2027, so the board's capacity view has something to show (the document: "are the
 * resources present in the organisation?").
 */

// prettier-ignore
const PEOPLE: readonly [name: string, competencies: string[], hours: number, unit: string][] = [
  ['Karen Østergaard', ['Projektledelse'], 37, 'digi'],
  ['Frederik Holst', ['Projektledelse', 'Udbudsjura'], 37, 'digi'],
  ['Signe Kirkegaard', ['Forretningskonsulent'], 37, 'digi'],
  ['Mikkel Bertelsen', ['Arkitektur'], 37, 'it'],
  ['Julie Damgaard', ['Dataanalyse'], 30, 'oko'],
  ['Christian Vad', ['Udbudsjura'], 37, 'oko'],
  ['Ida Mortensen', ['Forretningskonsulent', 'Dataanalyse'], 37, 'sos'],
  ['Henrik Bisgaard', ['Arkitektur', 'Projektledelse'], 18.5, 'it'],
  ['Emma Lindberg', ['Forretningskonsulent'], 30, 'bu'],
];

export function buildResources(
  ctx: SeedContext,
  m: MunicipalityIds,
  model: PortfolioModelIds,
  projects: BuiltProject[],
) {
  const { rows, rng } = ctx;
  const comp = (name: string) => model.competencies.get(name)!;
  const people: { id: string; userId: string | null; competencies: string[] }[] = [];
  const addPerson = (
    name: string,
    userId: string | null,
    competencies: string[],
    hours: number,
    unitKey: string,
  ) => {
    const id = ctx.id();
    rows.person.push({
      id,
      organisationId: m.orgId,
      userId,
      name,
      unitId: m.units[unitKey],
      weeklyCapacityHours: hours,
    });
    for (const c of competencies) rows.personCompetency.push({ personId: id, competencyId: comp(c) });
    people.push({ id, userId, competencies });
  };
  // Users who lead projects are people in the plan too, so their allocations link to their login.
  addPerson(m.def.names.projektleder, m.users.projektleder, ['Projektledelse'], 37, 'digi');
  addPerson(
    m.def.names.koordinator,
    m.users.koordinator,
    ['Projektledelse', 'Forretningskonsulent'],
    18.5,
    'digi',
  );
  [1, 3, 5, 7].forEach((i) =>
    addPerson(m.def.colleagues[i], m.colleagues[i], ['Projektledelse'], i === 7 ? 30 : 37, 'digi'),
  );
  PEOPLE.forEach(([name, comps, hours, unit]) => addPerson(name, null, comps, hours, unit));

  const next = quarters(0, 6); // 2026-Q4 … 2028-Q1
  const byCompetency = (c: string) => people.filter((p) => p.competencies.includes(c));
  for (const project of projects) {
    const running = project.status === 'ACTIVE' || project.status === 'ON_HOLD';
    const pending = project.status === 'PROPOSED' && project.phase !== 'idea';
    if (!running && !pending) continue;
    const needs = [
      'Projektledelse',
      ...rng.sample(['Forretningskonsulent', 'Arkitektur', 'Udbudsjura', 'Dataanalyse'], rng.int(1, 2)),
    ];
    // A pending proposal asks for resources from the quarter after approval would come.
    const span = running ? next.slice(0, rng.int(3, 6)) : next.slice(1, 1 + rng.int(3, 5));
    for (const c of needs) {
      for (const quarter of span) {
        const hours = c === 'Projektledelse' ? rng.int(12, 22) : rng.int(4, 14);
        rows.resourceDemand.push({
          id: ctx.id(),
          projectId: project.id,
          competencyId: comp(c),
          quarter,
          hoursPerWeek: hours,
        });
      }
    }
    if (!running || project.status === 'ON_HOLD') continue;
    // Allocate the lead (when a planned person) and one more person per extra competency.
    const assigned = new Set<string>();
    const lead =
      people.find((p) => p.userId === project.leadUserId) ?? rng.pick(byCompetency('Projektledelse'));
    const team: [string, string][] = [[lead.id, 'Projektledelse']];
    assigned.add(lead.id);
    for (const c of needs.slice(1)) {
      const candidate = rng.pick(byCompetency(c).filter((p) => !assigned.has(p.id)));
      if (!candidate) continue;
      assigned.add(candidate.id);
      team.push([candidate.id, c]);
    }
    for (const [personId, c] of team) {
      for (const quarter of next.slice(0, 4)) {
        rows.allocation.push({
          id: ctx.id(),
          personId,
          projectId: project.id,
          competencyId: comp(c),
          quarter,
          hoursPerWeek: c === 'Projektledelse' ? rng.int(10, 18) : rng.int(4, 10),
        });
      }
    }
  }
}
