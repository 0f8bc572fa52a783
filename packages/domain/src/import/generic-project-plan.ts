import { projectRuleErrors } from '../portfolio/project.schema';
import { programmeAssignmentProblem } from '../portfolio/programme.schema';
import { readTemplateDate } from './generic-cells';
import { readAmount, readList, readText } from './kitos-cells';
import { normaliseTitle, type ColumnMapping } from './kitos-columns';
import { isBlankRow, type PlanLine, type PlanProblem, type SheetRow } from './import-plan.types';
import { firstRowOf, memberFinder, rowReader, type RowReader } from './kitos-row';

export interface ProjectFacts {
  name: string;
  description: string;
  ownerUserId: string | null;
  leadUserId: string | null;
  startDate: string | null;
  endDate: string | null;
  budget: number;
  programmeId: string | null;
  /** Sorted, so two sets compare as lists. */
  strategyIds: string[];
  usageIds: string[];
}

export interface ProjectSnapshot {
  /** The organisation's projects (a project is never shared). */
  projects: (ProjectFacts & { id: string; version: number; phase: string })[];
  /** The organisation's project model in order, each phase with the words a file may name it by. */
  phases: { key: string; names: string[] }[];
  members: { userId: string; email: string; name: string }[];
  programmes: { id: string; name: string; archived: boolean }[];
  strategies: { id: string; name: string }[];
  /** The organisation's usages with the names a file may call them by (catalogue name, local name). */
  usages: { id: string; names: string[] }[];
}

/** The fields a row sets; a column not in the file leaves its field as it is. */
export interface ProjectAction {
  projectId: string | null;
  version: number | null;
  /** The phase a new project starts in (null: the model's first); an existing one's phase is never set. */
  phase: string | null;
  data: Partial<ProjectFacts> & { name: string };
}

/** Project-form fields whose errors (and changes) belong to another template column. */
const RULE_FIELD: Record<string, string> = {
  ownerUserId: 'projectOwnerEmail',
  leadUserId: 'projectLeadEmail',
  programmeId: 'programme',
  strategyIds: 'strategies',
  usageIds: 'projectSystems',
};

const LIST_FIELDS = ['strategyIds', 'usageIds'] as const;

/** Names → ids among `byName`; a name it does not hold is an error on the field's column. */
function resolveNames(
  r: RowReader,
  field: string,
  names: string[] | undefined,
  byName: Map<string, string>,
): string[] | undefined {
  if (names === undefined) return undefined;
  const ids = new Set<string>();
  for (const n of names) {
    const id = byName.get(n);
    if (id) ids.add(id);
    else
      r.errors.push({
        column: r.titleOf(field),
        message: 'import.error.unknownReference',
        params: { value: n },
      });
  }
  return [...ids].sort();
}

/**
 * Plans Overblik's project template: one line per non-blank row. A row matches one of the
 * organisation's projects by exact name. "Fase" names a phase of the organisation's project model by
 * key or name; it places a new project only: an existing project moves between phases through its
 * gate on the board (with its history and decision), so a different phase on it is refused. Owner
 * and lead are members by e-mail (someone who is none is a warning, as in the KITOS import);
 * programme, strategies and systems are the organisation's, by exact name, and replace the project's
 * own when the column is in the file. The project form's rules (`projectRuleErrors`) run on the
 * project as it would be stored.
 */
export function planProjectImport(
  mapping: readonly ColumnMapping[],
  rows: readonly SheetRow[],
  snapshot: ProjectSnapshot,
): PlanLine<ProjectAction>[] {
  const findMember = memberFinder(snapshot.members);
  const phaseByWord = new Map<string, string>();
  for (const p of snapshot.phases)
    for (const w of [p.key, ...p.names]) phaseByWord.set(normaliseTitle(w), p.key);
  const allowedPhases = snapshot.phases.map((p) => p.names[0] ?? p.key).join(', ');
  const programmeByName = new Map(snapshot.programmes.map((p) => [p.name, p]));
  const strategyByName = new Map(snapshot.strategies.map((s) => [s.name, s.id]));
  const usageByName = new Map<string, string>();
  for (const u of snapshot.usages) for (const n of u.names) usageByName.set(n, u.id);
  const seenName = firstRowOf();
  const lines: PlanLine<ProjectAction>[] = [];

  for (const { row, cells } of rows) {
    if (isBlankRow(cells)) continue;
    const r = rowReader(mapping, cells);
    const name = r.read('name', readText) ?? '';
    const phaseText = r.read('phase', readText) ?? '';
    const description = r.read('description', readText);
    const ownerUserId = findMember(r, 'projectOwner', 'projectOwnerEmail');
    const leadUserId = findMember(r, 'projectLead', 'projectLeadEmail');
    const startDate = r.read('startDate', readTemplateDate);
    const endDate = r.read('endDate', readTemplateDate);
    const budget = r.read('budget', readAmount);
    const programmeName = r.read('programme', readText);
    const strategyIds = resolveNames(r, 'strategies', r.read('strategies', readList), strategyByName);
    const usageIds = resolveNames(r, 'projectSystems', r.read('projectSystems', readList), usageByName);
    if (name) seenName(r, name, row, 'name', 'import.error.duplicateName');
    const existing = name ? snapshot.projects.find((p) => p.name === name) : undefined;

    let phase: string | null = null;
    if (phaseText) {
      phase = phaseByWord.get(normaliseTitle(phaseText)) ?? null;
      const problem: PlanProblem | null = !phase
        ? {
            column: r.titleOf('phase'),
            message: 'import.error.enumValue',
            params: { value: phaseText, allowed: allowedPhases },
          }
        : existing && existing.phase !== phase
          ? { column: r.titleOf('phase'), message: 'import.error.phaseChange' }
          : null;
      if (problem) r.errors.push(problem);
    }

    let programmeId: string | null | undefined;
    if (programmeName !== undefined) {
      const programme = programmeName ? programmeByName.get(programmeName) : null;
      if (programme === undefined) {
        r.errors.push({
          column: r.titleOf('programme'),
          message: 'import.error.unknownReference',
          params: { value: programmeName },
        });
      } else if (
        programme &&
        programme.id !== existing?.programmeId &&
        programmeAssignmentProblem(programme)
      ) {
        // An archived programme keeps the projects it had and takes no new ones.
        r.errors.push({ column: r.titleOf('programme'), message: 'import.error.programmeArchived' });
      } else programmeId = programme?.id ?? null;
    }

    const data: ProjectAction['data'] = { name };
    if (description !== undefined) data.description = description;
    if (ownerUserId) data.ownerUserId = ownerUserId;
    if (leadUserId) data.leadUserId = leadUserId;
    if (startDate !== undefined) data.startDate = startDate;
    if (endDate !== undefined) data.endDate = endDate;
    if (budget != null) data.budget = budget;
    if (programmeId !== undefined) data.programmeId = programmeId;
    if (strategyIds) data.strategyIds = strategyIds;
    if (usageIds) data.usageIds = usageIds;

    // The form's own rules, on the project as it would be stored.
    const {
      id: _id,
      version: _version,
      phase: _phase,
      ...stored
    } = existing ?? ({} as Partial<ProjectSnapshot['projects'][number]>);
    for (const e of projectRuleErrors({ ...stored, ...data })) {
      const field = RULE_FIELD[e.field.split('.')[0]] ?? e.field;
      const column = r.has(field) ? r.titleOf(field) : '';
      if (!r.errors.some((x) => x.column === column)) r.errors.push({ ...e, column });
    }

    const line: PlanLine<ProjectAction> = {
      row,
      name,
      status: 'ERROR',
      errors: r.errors,
      warnings: r.warnings,
      changes: [],
      action: null,
    };
    lines.push(line);
    if (r.errors.length) continue;
    if (!existing) {
      line.status = 'CREATE';
      line.action = { projectId: null, version: null, phase, data };
      continue;
    }
    const differs = (k: keyof ProjectFacts) =>
      (LIST_FIELDS as readonly string[]).includes(k)
        ? (data[k] as string[]).join() !== (existing[k] as string[]).join()
        : data[k] !== existing[k];
    const changes = (Object.keys(data) as (keyof ProjectFacts)[]).filter(differs);
    line.changes = changes.map((k) => RULE_FIELD[k] ?? k);
    line.status = changes.length ? 'UPDATE' : 'UNCHANGED';
    if (changes.length)
      line.action = { projectId: existing.id, version: existing.version, phase: null, data };
  }
  return lines;
}
