import type { RuleError } from '@overblik/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Localises a broken shared rule (ADR 0014): its message key is looked up in the `rules`
 * namespace, with the rule's limits (`min`, `max`) filled in.
 */
export function useRuleMessage(): (error: RuleError) => string {
  const { t } = useTranslation('rules');
  return useCallback((error: RuleError) => t(error.message, error.params ?? {}), [t]);
}

/** The first broken rule per field, with API field names renamed to the form's where they differ. */
export function ruleErrorsByField(
  errors: readonly RuleError[],
  rename: Readonly<Record<string, string>> = {},
): Record<string, RuleError> {
  const byField: Record<string, RuleError> = {};
  for (const error of errors) byField[rename[error.field] ?? error.field] ??= error;
  return byField;
}

/** Broken shared rules as the texts a form shows at its fields: the first per field, renamed to the form's. */
export function useRuleErrorTexts(): (
  errors: readonly RuleError[],
  rename?: Readonly<Record<string, string>>,
) => Record<string, string> {
  const ruleMessage = useRuleMessage();
  return useCallback(
    (errors, rename) =>
      Object.fromEntries(
        Object.entries(ruleErrorsByField(errors, rename)).map(([field, e]) => [field, ruleMessage(e)]),
      ),
    [ruleMessage],
  );
}
