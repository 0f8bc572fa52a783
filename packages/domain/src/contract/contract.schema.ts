import { z } from 'zod';
import { CRITICALITIES, ECONOMY_KINDS, NOTICE_RULES, PURCHASE_FORMS } from '../shared/enums';
import { ruleFields } from '../shared/fields';
import { checkRules, rule, type RuleError } from '../shared/rule-errors';

const { isoDate: date, money } = ruleFields;
const text = (max: number) => z.string().max(max);

const contractShape = z.object({
  name: z.string().trim().min(1).max(200),
  reference: z.string().trim().max(100).nullish(),
  supplierId: z.uuid().nullish(),
  parentId: z.uuid().nullish(),
  successorId: z.uuid().nullish(),
  contractType: text(200).optional(),
  template: text(200).optional(),
  purchaseForm: z.enum(PURCHASE_FORMS).optional(),
  criticality: z.enum(CRITICALITIES).optional(),
  startDate: date,
  endDate: date.nullish(),
  durationMonths: z.number().int().min(1).max(600).nullish(),
  ongoing: z.boolean().optional(),
  irrevocableUntil: date.nullish(),
  noticePeriodMonths: z.number().int().min(0).max(120).nullish(),
  noticeRule: z.enum(NOTICE_RULES).optional(),
  terminatedOn: date.nullish(),
  retenderPlan: text(20_000).optional(),
  uptimePercent: z.number().min(0).max(100).nullish(),
  availability: text(5_000).optional(),
  changeHandling: text(5_000).optional(),
  documentationDuties: text(5_000).optional(),
  ownerUserId: z.uuid().nullish(),
  managerUserId: z.uuid().nullish(),
  invoiceRecipient: text(500).optional(),
  indexationPercent: z.number().min(-50).max(100).optional(),
  options: z
    .array(
      z.object({
        ordinal: z.number().int().min(1).max(50),
        months: z.number().int().min(1).max(240),
        exercisedOn: date.nullish(),
      }),
    )
    .max(50)
    .refine((list) => new Set(list.map((o) => o.ordinal)).size === list.length, rule('field.invalid'))
    .optional(),
  economyLines: z
    .array(
      z.object({
        unitId: z.uuid().nullish(),
        kind: z.enum(ECONOMY_KINDS),
        amount: money,
        note: text(1_000).optional(),
      }),
    )
    .max(200)
    .optional(),
  coveredUsageIds: z.array(z.uuid()).max(500).optional(),
});

type DateField = 'endDate' | 'irrevocableUntil' | 'terminatedOn';

/**
 * `later` lies on or after the start. The rule runs whenever both dates parse, even when other
 * fields are wrong, so the form shows every error at once.
 */
const onOrAfterStart = (later: DateField) => {
  const bothParse = z.object({ startDate: date, [later]: date.nullish() });
  return [
    (v: z.output<typeof contractShape>) => !v[later] || v[later] >= v.startDate,
    {
      ...rule('field.dateOrder', later),
      when: (payload: { value: unknown }) => bothParse.safeParse(payload.value).success,
    },
  ] as const;
};

/**
 * A contract's whole term model as both sides accept it. Date-order rules report on the later
 * field, which is where the user has to correct it.
 */
export const contractFields = contractShape
  .refine(...onOrAfterStart('endDate'))
  .refine(...onOrAfterStart('irrevocableUntil'))
  .refine(...onOrAfterStart('terminatedOn'));

export type ContractFieldsData = z.output<typeof contractFields>;

/** Every field rule of a contract as message keys (the form's check before it sends). */
export const contractRuleErrors = (input: unknown): RuleError[] => checkRules(contractFields, input).errors;
