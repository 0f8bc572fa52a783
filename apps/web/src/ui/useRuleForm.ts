import { checkRules } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { apiFieldErrors } from './error-message';
import { useErrorMessage } from './useErrorMessage';
import { useRuleErrors } from './useRuleErrors';

/**
 * A small form of text fields checked by one shared schema (ADR 0014): `field(key)` gives an input's
 * value, change handler and error (the rule's, else the API's); `submit` checks the rules, sends the
 * parsed values with `onSave`, and keeps the API's refusal in `formError`.
 */
type RuleSchema = Parameters<typeof checkRules>[0];
/** What a schema parses to: the data of a passing `checkRules`. */
type Parsed<S extends RuleSchema> = Extract<ReturnType<typeof checkRules<S>>, { ok: true }>['data'];

export function useRuleForm<V extends { [K in keyof V]: string }, S extends RuleSchema>(
  schema: S,
  initial: V,
  onSave: (values: Parsed<S>) => Promise<unknown>,
) {
  const describeError = useErrorMessage();
  const rules = useRuleErrors();
  const [values, setValues] = useState<V>(initial);
  const [apiErrors, setApiErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const field = (key: keyof V & string) => ({
    value: values[key],
    error: rules.message(key) ?? apiErrors[key],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [key]: value }));
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiErrors({});
    setFormError(null);
    const checked = checkRules(schema, values);
    if (!rules.passes(checked)) return;
    setSaving(true);
    try {
      await onSave(checked.data);
    } catch (error) {
      setApiErrors(apiFieldErrors(error));
      setFormError(describeError(error));
    } finally {
      setSaving(false);
    }
  };

  return { field, submit, formError, saving };
}
