import { z } from 'zod';
import { ruleFields } from '../shared/fields';
import { checkRules, rule, type RuleError } from '../shared/rule-errors';

const { isoDate: date, money, name, text } = ruleFields;

/**
 * A project's own fields as both sides accept them; every one optional, as an update sends only
 * changes. Its status is not among them: the approval path, the gates and the board's lifecycle
 * decisions (`decideProjectLifecycle`) move it.
 */
export const projectFields = z.object({
  name: name.optional(),
  description: text.optional(),
  ownerUserId: z.uuid().nullish(),
  leadUserId: z.uuid().nullish(),
  unitId: z.uuid().nullish(),
  startDate: date.nullish(),
  endDate: date.nullish(),
  budget: money.optional(),
  strategyIds: z.array(z.uuid()).max(50).optional(),
  usageIds: z.array(z.uuid()).max(200).optional(),
  /** Replaces the projects this one depends on (no loops: `projectDependencyErrors`). */
  dependsOnIds: z.array(z.uuid()).max(50).optional(),
  /** The programme the project belongs to (at most one); null takes it out. */
  programmeId: z.uuid().nullish(),
});

export type ProjectFieldsInput = z.output<typeof projectFields>;

/** A new project needs a name on top. */
export const projectCreate = projectFields.extend({ name });

// Loose on purpose: the field schema reports a malformed date; the period rule compares only dates
// that parsed, so one bad field does not hide the other's error.
const looseDate = date.nullable().catch(null);

/**
 * The project's period, checked on the project as it would be stored (the API merges an update
 * into the stored row first), so moving only the start cannot put it after the end.
 */
export const projectPeriod = z
  .object({ startDate: looseDate, endDate: looseDate })
  .refine((v) => !v.startDate || !v.endDate || v.startDate <= v.endDate, rule('field.dateOrder', 'endDate'));

/** Every rule of a new project, field by field and across fields, as message keys. */
export function projectRuleErrors(input: Record<string, unknown>): RuleError[] {
  const own = checkRules(projectCreate, input).errors;
  const taken = new Set(own.map((e) => e.field));
  const across = checkRules(projectPeriod, {
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
  }).errors;
  return [...own, ...across.filter((e) => !taken.has(e.field))];
}
