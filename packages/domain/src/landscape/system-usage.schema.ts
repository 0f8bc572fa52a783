import { z } from 'zod';
import { HOSTINGS, LIFECYCLES } from '../shared/enums';
import { ruleFields } from '../shared/fields';
import { checkRules, rule, type RuleError } from '../shared/rule-errors';

const tags = z.array(z.string().trim().min(1).max(100)).max(50);
const date = ruleFields.isoDate;

/** A system usage's local facts as both sides accept them; every field optional, as an update sends changes. */
export const systemUsageFields = z
  .object({
    localName: z.string().trim().max(200).nullish(),
    ownerUserId: z.uuid().nullish(),
    custodianUserId: z.uuid().nullish(),
    responsibleUnitId: z.uuid().nullish(),
    lifecycle: z.enum(LIFECYCLES).optional(),
    inUseFrom: date.nullish(),
    inUseUntil: date.nullish(),
    taskAreas: z
      .array(z.string().regex(/^\d{2}(\.\d{2}){0,2}$/))
      .max(50)
      .optional(),
    /** Links to the organisation's capability taxonomy (ADR 0013); the API checks they are its own, active ones. */
    capabilityIds: z.array(z.uuid()).max(50).optional(),
    /** The infrastructure it runs on (catalogue components the organisation can see); replaces the list. */
    infrastructureIds: z.array(z.uuid()).max(50).optional(),
    hosting: z.enum(HOSTINGS).optional(),
    userCount: z.number().int().min(0).max(10_000_000).nullish(),
    usesServicePlatform: z.boolean().optional(),
    usesSupportSystems: z.boolean().optional(),
    standardsMet: tags.optional(),
    architectureFitNote: z.string().max(5_000).optional(),
    asIs: z.string().max(20_000).optional(),
    toBe: z.string().max(20_000).optional(),
    workflows: z.string().max(50_000).optional(),
    /** How long moving off the system takes; the contract schedule counts back from it. */
    migrationMonths: z.number().int().min(0).max(60).nullish(),
    /** One-off cost of leaving the system; overlap savings are shown net of it. */
    switchingCost: z.number().min(0).max(1e12).optional(),
  })
  .refine((v) => !v.inUseFrom || !v.inUseUntil || v.inUseFrom <= v.inUseUntil, {
    ...rule('field.dateOrder', 'inUseUntil'),
    // Checked whenever both dates parse, so the form shows it next to other fields' errors.
    when: (payload) => z.object({ inUseFrom: date, inUseUntil: date }).safeParse(payload.value).success,
  });

export type SystemUsageFieldsData = z.output<typeof systemUsageFields>;

/** Every rule of a usage's local facts as message keys (the form's check before it sends). */
export const systemUsageRuleErrors = (input: unknown): RuleError[] =>
  checkRules(systemUsageFields, input).errors;
