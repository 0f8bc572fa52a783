import { z } from 'zod';
import { ruleFields } from '../shared/fields';
import { checkRules, type RuleError } from '../shared/rule-errors';

const { name, text } = ruleFields;

/**
 * A programme's own fields as both sides accept them; every one optional, as an update sends only
 * changes. Its projects are assigned separately (`setProgrammeProjects`, or a project's own form).
 */
export const programmeFields = z.object({
  name: name.optional(),
  description: text.optional(),
  /** The programme leader, a member of the programme's organisation. */
  leadUserId: z.uuid().nullish(),
  /** Replaces the strategies the programme serves. */
  strategyIds: z.array(z.uuid()).max(50).optional(),
});

export type ProgrammeFieldsInput = z.output<typeof programmeFields>;

/** A new programme needs a name on top. */
export const programmeCreate = programmeFields.extend({ name });

/** The projects a programme holds, replaced as a whole; a repeated id counts once. */
export const programmeProjectIds = z
  .array(z.uuid())
  .max(200)
  .transform((ids) => [...new Set(ids)]);

/** Every rule of a new programme, as message keys. */
export function programmeRuleErrors(input: Record<string, unknown>): RuleError[] {
  return checkRules(programmeCreate, input).errors;
}

/**
 * Whether a project may join the programme: only a programme that is not archived takes projects
 * (an archived one keeps those it had, as history). Null when it may.
 */
export function programmeAssignmentProblem(programme: { archived: boolean }): 'PROGRAMME_ARCHIVED' | null {
  return programme.archived ? 'PROGRAMME_ARCHIVED' : null;
}
