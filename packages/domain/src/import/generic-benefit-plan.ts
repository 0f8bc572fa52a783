import { benefitRuleErrors } from '../benefit/benefit.schema';
import type { BENEFIT_DIRECTIONS, BENEFIT_TYPES } from '../shared/enums';
import { readEnum, readTemplateDate } from './generic-cells';
import { BENEFIT_DIRECTION_LABELS, BENEFIT_TYPE_LABELS } from './generic-columns';
import { readAmount, readBoolean, readText } from './kitos-cells';
import type { ColumnMapping } from './kitos-columns';
import { isBlankRow, type PlanLine, type SheetRow } from './import-plan.types';
import { firstRowOf, rowReader } from './kitos-row';

export interface BenefitFacts {
  title: string;
  type: (typeof BENEFIT_TYPES)[number];
  description: string;
  projectId: string | null;
  cashable: boolean;
  baseline: number | null;
  target: number | null;
  unitOfMeasure: string;
  direction: (typeof BENEFIT_DIRECTIONS)[number];
  startDate: string | null;
  dueDate: string | null;
}

export interface BenefitSnapshot {
  /** The organisation's benefits (a benefit is never shared). */
  benefits: (BenefitFacts & { id: string; version: number })[];
  /** The organisation's projects, for "Projekt". */
  projects: { id: string; name: string }[];
}

/** The fields a row sets; a column not in the file leaves its field as it is. */
export interface BenefitAction {
  benefitId: string | null;
  version: number | null;
  data: Partial<BenefitFacts> & { title: string };
}

const RULE_FIELD: Record<string, string> = { projectId: 'project' };

/**
 * Plans a benefit sheet: one line per non-blank row. A row matches one of the organisation's
 * benefits by its exact title; "Projekt" names one of its projects by exact name. The benefit
 * area's own rules (`benefitRuleErrors`: the form's check) run on the benefit as it would be stored.
 */
export function planBenefitImport(
  mapping: readonly ColumnMapping[],
  rows: readonly SheetRow[],
  snapshot: BenefitSnapshot,
): PlanLine<BenefitAction>[] {
  const projectByName = new Map<string, string | null>();
  for (const p of snapshot.projects) {
    // Two projects of one name cannot be told apart: naming them is refused, not guessed.
    projectByName.set(p.name, projectByName.has(p.name) ? null : p.id);
  }
  const seenTitle = firstRowOf();
  const lines: PlanLine<BenefitAction>[] = [];
  for (const { row, cells } of rows) {
    if (isBlankRow(cells)) continue;
    const r = rowReader(mapping, cells);
    const title = r.read('title', readText) ?? '';
    const type = r.read('type', readEnum(BENEFIT_TYPE_LABELS));
    const description = r.read('description', readText);
    const projectName = r.read('project', readText);
    const cashable = r.read('cashable', readBoolean);
    const baseline = r.read('baseline', readAmount);
    const target = r.read('target', readAmount);
    const unitOfMeasure = r.read('unitOfMeasure', readText);
    const direction = r.read('direction', readEnum(BENEFIT_DIRECTION_LABELS));
    const startDate = r.read('startDate', readTemplateDate);
    const dueDate = r.read('dueDate', readTemplateDate);
    if (title) seenTitle(r, title, row, 'title', 'import.error.duplicateName');
    const existing = title ? snapshot.benefits.find((b) => b.title === title) : undefined;

    let projectId: string | null | undefined;
    if (projectName !== undefined) {
      projectId = projectName ? (projectByName.get(projectName) ?? undefined) : null;
      if (projectId === undefined) {
        r.errors.push({
          column: r.titleOf('project'),
          message: 'import.error.unknownReference',
          params: { value: projectName ?? '' },
        });
      }
    }

    const data: BenefitAction['data'] = { title };
    if (type) data.type = type;
    if (description !== undefined) data.description = description;
    if (projectId !== undefined) data.projectId = projectId;
    if (cashable != null) data.cashable = cashable;
    if (baseline !== undefined) data.baseline = baseline;
    if (target !== undefined) data.target = target;
    if (unitOfMeasure) data.unitOfMeasure = unitOfMeasure;
    if (direction) data.direction = direction;
    if (startDate !== undefined) data.startDate = startDate;
    if (dueDate !== undefined) data.dueDate = dueDate;

    // The form's own rules, on the benefit as it would be stored.
    const {
      id: _id,
      version: _version,
      projectId: _project,
      ...stored
    } = existing ?? ({} as Partial<BenefitSnapshot['benefits'][number]>);
    const { projectId: _p, ...fields } = data;
    for (const e of benefitRuleErrors({ ...stored, ...fields })) {
      const field = RULE_FIELD[e.field] ?? e.field;
      const column = r.has(field) ? r.titleOf(field) : '';
      if (!r.errors.some((x) => x.column === column)) r.errors.push({ ...e, column });
    }

    const line: PlanLine<BenefitAction> = {
      row,
      name: title,
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
      line.action = { benefitId: null, version: null, data };
      continue;
    }
    const changes = (Object.keys(data) as (keyof BenefitFacts)[]).filter((k) => data[k] !== existing[k]);
    line.changes = changes;
    line.status = changes.length ? 'UPDATE' : 'UNCHANGED';
    if (changes.length) line.action = { benefitId: existing.id, version: existing.version, data };
  }
  return lines;
}
