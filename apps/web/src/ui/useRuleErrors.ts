import type { RuleCheck, RuleError } from '@overblik/domain';
import { useCallback, useState } from 'react';
import { ruleErrorsByField, useRuleMessage } from './useRuleMessage';

/**
 * A form's broken shared rules (ADR 0014). Before sending, the form runs the domain's rule function
 * (`…RuleErrors`) or `checkRules(schema, input)` and hands the result to `check` or `passes`, which
 * keep the errors and answer whether the input may be sent; `message` gives a field's localised
 * error for the input's `error` prop.
 */
export function useRuleErrors() {
  const ruleMessage = useRuleMessage();
  const [errors, setErrors] = useState<Record<string, RuleError>>({});
  const check = useCallback((found: readonly RuleError[]) => {
    const byField = ruleErrorsByField(found);
    setErrors(byField);
    return Object.keys(byField).length === 0;
  }, []);
  /** Like `check`, and narrows a `checkRules` result to its parsed data. */
  const passes = <T>(result: RuleCheck<T>): result is Extract<RuleCheck<T>, { ok: true }> =>
    check(result.errors) && result.ok;
  const message = (field: string): string | undefined =>
    errors[field] ? ruleMessage(errors[field]) : undefined;
  const clear = useCallback(() => setErrors({}), []);
  return { check, passes, message, clear };
}
