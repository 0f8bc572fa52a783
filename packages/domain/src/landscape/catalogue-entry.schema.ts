import { z } from 'zod';
import { BUSINESS_TYPES, VISIBILITIES } from '../shared/enums';
import { ruleFields } from '../shared/fields';
import { checkRules, type RuleError } from '../shared/rule-errors';

/**
 * A catalogue entry's facts (KITOS IT-System: name, former name, description, rights holder,
 * business type, parent system) as both sides accept them, for a new entry and an edit alike.
 */
export const catalogueEntryFields = z.object({
  name: ruleFields.name,
  /** KITOS "Tidligere systemnavn". */
  formerName: z.string().trim().max(200).nullish(),
  description: z.string().trim().max(5_000).optional(),
  /** The rights holder (KITOS "Rettighedshaver"): a supplier the organisation can see. */
  supplierId: z.uuid().nullish(),
  businessType: z.enum(BUSINESS_TYPES).nullish(),
  /** KITOS "Overordnet IT System": the main system this entry is a module of. */
  parentSystemId: z.uuid().nullish(),
});

export type CatalogueEntryFieldsData = z.output<typeof catalogueEntryFields>;

/** A new entry also says who sees it: every organisation (SHARED) or the registering one alone (LOCAL). */
export const catalogueEntryCreate = catalogueEntryFields.extend({
  category: z.string().trim().max(100).nullish(),
  visibility: z.enum(VISIBILITIES).default('SHARED'),
});

/** Every field rule of a new or edited entry as message keys: the form's check before it sends. */
export const catalogueEntryRuleErrors = (input: Record<string, unknown>): RuleError[] =>
  checkRules(catalogueEntryFields, input).errors;
