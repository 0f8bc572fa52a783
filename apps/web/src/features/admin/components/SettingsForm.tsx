import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
  Title,
} from '@mantine/core';
import {
  ALERT_RECIPIENTS,
  checkRules,
  LOCALES,
  organisationSettingsSchema,
  PURCHASE_FORMS,
  type PurchaseForm,
} from '@overblik/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, type FragmentType } from '../../../gql';
import type { AlertRecipient } from '../../../gql/graphql';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import { SettingsFormFragment, UpdateOrganisationSettingsDocument } from '../graphql/settings.documents';

type Months = number | string;
interface Values {
  name: string;
  cvr: string;
  alertHorizonMonths: Months;
  migrationMonths: Months;
  lead: Record<PurchaseForm, Months>;
  alertRecipients: AlertRecipient[];
  defaultLocale: string;
  systemOwnersEditUnitUsages: boolean;
}

/** An emptied number field is missing (the rule says "required"), not zero. */
const num = (value: Months) => (value === '' ? undefined : Number(value));

export interface SettingsFormProps {
  settings: FragmentType<typeof SettingsFormFragment>;
}

/**
 * The organisation's name, CVR and the settings the contract rules and alerts use. The shared
 * schema checks the input before it is sent (the API checks it again), so a bad value names its
 * field and nothing is saved.
 */
export function SettingsForm(props: SettingsFormProps) {
  const { t } = useTranslation(['admin', 'contracts']);
  const describeError = useErrorMessage();
  const titleId = useId();
  const settings = getFragmentData(SettingsFormFragment, props.settings);
  const [values, setValues] = useState<Values>(() => ({
    name: settings.name,
    cvr: settings.cvr ?? '',
    alertHorizonMonths: settings.alertHorizonMonths,
    migrationMonths: settings.migrationMonths,
    lead: Object.fromEntries(settings.procurementLeadMonths.map((l) => [l.purchaseForm, l.months])) as Record<
      PurchaseForm,
      Months
    >,
    alertRecipients: settings.alertRecipients,
    defaultLocale: settings.defaultLocale,
    systemOwnersEditUnitUsages: settings.systemOwnersEditUnitUsages,
  }));
  const [saved, setSaved] = useState(false);
  const rules = useRuleErrors();
  const [update, { loading, error }] = useMutation(UpdateOrganisationSettingsDocument);
  const apiErrors = apiFieldErrors(error);
  const fieldError = (field: string) => rules.message(field) ?? apiErrors[field];
  const set = (changes: Partial<Values>) => {
    setSaved(false);
    setValues({ ...values, ...changes });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const input = {
      name: values.name,
      cvr: values.cvr.trim() || null,
      alertHorizonMonths: num(values.alertHorizonMonths),
      migrationMonths: num(values.migrationMonths),
      procurementLeadMonths: Object.fromEntries(PURCHASE_FORMS.map((f) => [f, num(values.lead[f])])),
      alertRecipients: values.alertRecipients,
      defaultLocale: values.defaultLocale,
      systemOwnersEditUnitUsages: values.systemOwnersEditUnitUsages,
    };
    const checked = checkRules(organisationSettingsSchema, input);
    if (!rules.passes(checked)) return;
    const { procurementLeadMonths, ...rest } = checked.data;
    const result = await update({
      variables: {
        version: settings.version,
        input: {
          ...rest,
          procurementLeadMonths: PURCHASE_FORMS.map((purchaseForm) => ({
            purchaseForm,
            months: procurementLeadMonths[purchaseForm],
          })),
        },
      },
    }).catch(() => null);
    if (result?.data) setSaved(true);
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId}>
        {t('settings.title')}
      </Title>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
        <Stack gap="md" maw={760}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('settings.name')}
              required
              value={values.name}
              error={fieldError('name')}
              onChange={(e) => set({ name: e.currentTarget.value })}
            />
            <TextInput
              label={t('settings.cvr')}
              description={t('settings.cvrHelp')}
              inputMode="numeric"
              value={values.cvr}
              error={fieldError('cvr')}
              onChange={(e) => set({ cvr: e.currentTarget.value })}
            />
            <NumberInput
              label={t('settings.alertHorizonMonths')}
              description={t('settings.alertHorizonMonthsHelp')}
              allowDecimal={false}
              value={values.alertHorizonMonths}
              error={fieldError('alertHorizonMonths')}
              onChange={(value) => set({ alertHorizonMonths: value })}
            />
            <NumberInput
              label={t('settings.migrationMonths')}
              description={t('settings.migrationMonthsHelp')}
              allowDecimal={false}
              value={values.migrationMonths}
              error={fieldError('migrationMonths')}
              onChange={(value) => set({ migrationMonths: value })}
            />
          </SimpleGrid>
          <fieldset>
            <legend>{t('settings.leadTimes')}</legend>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              {PURCHASE_FORMS.map((form) => (
                <NumberInput
                  key={form}
                  label={t(`contracts:purchaseForm.${form}`)}
                  allowDecimal={false}
                  value={values.lead[form]}
                  error={fieldError(`procurementLeadMonths.${form}`)}
                  onChange={(value) => set({ lead: { ...values.lead, [form]: value } })}
                />
              ))}
            </SimpleGrid>
          </fieldset>
          <Checkbox.Group
            label={t('settings.alertRecipients')}
            value={values.alertRecipients}
            error={fieldError('alertRecipients')}
            onChange={(value) => set({ alertRecipients: value })}
          >
            <Stack gap={6} mt={6}>
              {ALERT_RECIPIENTS.map((r) => (
                <Checkbox key={r} value={r} label={t(`settings.recipient.${r}`)} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Select
            label={t('settings.defaultLocale')}
            data={LOCALES.map((l) => ({ value: l, label: t(`settings.locale.${l}`) }))}
            value={values.defaultLocale}
            allowDeselect={false}
            error={fieldError('defaultLocale')}
            onChange={(value) => value && set({ defaultLocale: value })}
            maw={240}
          />
          <Switch
            label={t('settings.systemOwnersEditUnitUsages')}
            description={t('settings.systemOwnersEditUnitUsagesHelp')}
            checked={values.systemOwnersEditUnitUsages}
            onChange={(e) => set({ systemOwnersEditUnitUsages: e.currentTarget.checked })}
          />
          <Group>
            <Button type="submit" loading={loading}>
              {t('settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      {error && !Object.keys(apiErrors).length && (
        <Alert color="red" role="alert">
          {describeError(error)}
        </Alert>
      )}
      {saved && (
        <Alert color="green" role="status">
          {t('settings.saved')}
        </Alert>
      )}
    </Stack>
  );
}
