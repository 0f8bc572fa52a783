import { useMutation, useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { BENEFIT_DIRECTIONS, BENEFIT_TYPES, canBeCashable } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BenefitType, VerificationKind } from '../../../gql/graphql';
import { apiErrorMessage, apiFieldErrors } from '../../../ui/error-message';
import { useRuleMessage } from '../../../ui/useRuleMessage';
import {
  BenefitFormOptionsDocument,
  CreateBenefitDocument,
  ProjectBenefitsDocument,
  UpdateBenefitDocument,
} from '../graphql/benefit-form.documents';
import {
  type BenefitFormErrors,
  type BenefitFormValues,
  defaultUnit,
  emptyBenefitForm,
  newProfileRow,
  toBenefitFields,
  validateBenefitForm,
} from './benefit-form';
import { VerificationFields } from './VerificationFields';
import { useFormatters } from '../../../ui/useFormatters';

interface Props {
  /** The benefit to edit; omitted to create one in `projectId`. */
  benefit?: { id: string; version: number; values: BenefitFormValues };
  projectId?: string | null;
  onSaved: (id: string) => void;
  onCancel: () => void;
}

const API_FIELD: Record<string, string> = {
  verificationUsageId: 'verificationTargetId',
  verificationContractId: 'verificationTargetId',
  verificationEdgeId: 'verificationTargetId',
};

/**
 * Creates or edits a benefit: every field of the register, the realisation profile as editable
 * planned points, and an optional tie to a landscape event that verifies it. The form checks what it
 * can before sending; the API's field errors show on the same fields.
 */
export function BenefitForm({ benefit, projectId, onSaved, onCancel }: Props) {
  const { numberInput } = useFormatters();
  const { t } = useTranslation('benefits');
  const [values, setValues] = useState<BenefitFormValues>(benefit?.values ?? emptyBenefitForm());
  const [errors, setErrors] = useState<BenefitFormErrors>({});
  const options = useQuery(BenefitFormOptionsDocument);
  // A new benefit joins the project's list, which is read again; an edit returns the benefit
  // views' fragments and updates them through the normalised cache.
  const [create, creating] = useMutation(CreateBenefitDocument, {
    refetchQueries: projectId ? [{ query: ProjectBenefitsDocument, variables: { projectId } }] : [],
    awaitRefetchQueries: true,
  });
  const [update, updating] = useMutation(UpdateBenefitDocument);
  const mutationError = creating.error ?? updating.error;
  const apiFields = Object.fromEntries(
    Object.entries(apiFieldErrors(mutationError)).map(([field, message]) => [
      API_FIELD[field] ?? field,
      message,
    ]),
  );
  const ruleMessage = useRuleMessage();
  const errorFor = (field: string) =>
    errors[field] ? ruleMessage(errors[field]) : (apiFields[field] ?? undefined);

  const set = <K extends keyof BenefitFormValues>(key: K, value: BenefitFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));

  const changeType = (type: BenefitType) =>
    setValues((v) => ({
      ...v,
      type,
      // Offer the usual unit when the user has not chosen one of their own.
      unitOfMeasure: v.unitOfMeasure === defaultUnit(v.type) ? defaultUnit(type) : v.unitOfMeasure,
      cashable: canBeCashable(type) && v.cashable,
    }));

  const setRow = (index: number, change: Partial<{ date: string; plannedValue: number | string }>) =>
    setValues((v) => ({
      ...v,
      profile: v.profile.map((row, i) => (i === index ? { ...row, ...change } : row)),
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateBenefitForm(values);
    setErrors(found);
    if (Object.keys(found).length) return;
    const fields = toBenefitFields(values);
    const result = benefit
      ? await update({ variables: { input: { ...fields, id: benefit.id, version: benefit.version } } })
          .then((r) => r.data?.updateBenefit.id)
          .catch(() => null)
      : await create({ variables: { input: { ...fields, projectId: projectId ?? null } } })
          .then((r) => r.data?.createBenefit.id)
          .catch(() => null);
    if (result) onSaved(result);
  };

  const users = (options.data?.members ?? []).map((m) => ({ value: m.user.id, label: m.user.name }));
  const units = (options.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }));
  const invalidCount = Object.keys(errors).length;

  return (
    <form
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={benefit ? t('editor.editTitle') : t('editor.createTitle')}
    >
      <Stack gap="md">
        {invalidCount > 0 && (
          <Alert color="red" role="alert">
            {t('editor.invalid', { count: invalidCount })}
          </Alert>
        )}
        {mutationError && (
          <Alert color="red" role="alert">
            {apiErrorMessage(mutationError) ?? t('editor.failed')}
          </Alert>
        )}
        <TextInput
          label={t('editor.title')}
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={errorFor('title')}
          maxLength={300}
          required
          data-autofocus
        />
        <Textarea
          label={t('editor.description')}
          value={values.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          error={errorFor('description')}
          autosize
          minRows={2}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('field.type')}
            data={BENEFIT_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) }))}
            value={values.type}
            allowDeselect={false}
            onChange={(v) => v && changeType(v)}
            error={errorFor('type')}
            required
          />
          <Checkbox
            mt={{ sm: 30 }}
            label={t('editor.cashable')}
            description={t('editor.cashableHelp')}
            checked={canBeCashable(values.type) && values.cashable}
            disabled={!canBeCashable(values.type)}
            onChange={(e) => set('cashable', e.currentTarget.checked)}
          />
          <Select
            label={t('field.responsible')}
            description={t('editor.responsibleHelp')}
            data={users}
            value={values.responsibleUserId}
            onChange={(v) => set('responsibleUserId', v)}
            error={errorFor('responsibleUserId')}
            searchable
            clearable
            nothingFoundMessage={t('editor.nothingFound')}
          />
          <Select
            label={t('field.accountable')}
            description={t('editor.accountableHelp')}
            data={users}
            value={values.accountableUserId}
            onChange={(v) => set('accountableUserId', v)}
            error={errorFor('accountableUserId')}
            searchable
            clearable
            nothingFoundMessage={t('editor.nothingFound')}
          />
          <Select
            label={t('field.harvestingUnit')}
            description={t('editor.harvestingUnitHelp')}
            data={units}
            value={values.harvestingUnitId}
            onChange={(v) => set('harvestingUnitId', v)}
            error={errorFor('harvestingUnitId')}
            searchable
            clearable
            nothingFoundMessage={t('editor.nothingFound')}
          />
          <TextInput
            label={t('editor.unitOfMeasure')}
            value={values.unitOfMeasure}
            onChange={(e) => set('unitOfMeasure', e.currentTarget.value)}
            error={errorFor('unitOfMeasure')}
            maxLength={50}
            required
          />
          <NumberInput
            label={t('editor.baseline', { unit: values.unitOfMeasure })}
            value={values.baseline}
            onChange={(v) => set('baseline', v)}
            error={errorFor('baseline')}
            {...numberInput}
          />
          <NumberInput
            label={t('editor.target', { unit: values.unitOfMeasure })}
            value={values.target}
            onChange={(v) => set('target', v)}
            error={errorFor('target')}
            {...numberInput}
          />
          <Select
            label={t('field.direction')}
            data={BENEFIT_DIRECTIONS.map((d) => ({ value: d, label: t(`direction.${d}`) }))}
            value={values.direction}
            allowDeselect={false}
            onChange={(v) => v && set('direction', v)}
            error={errorFor('direction')}
          />
          <div />
          <TextInput
            type="date"
            label={t('editor.startDate')}
            value={values.startDate}
            onChange={(e) => set('startDate', e.currentTarget.value)}
            error={errorFor('startDate')}
          />
          <TextInput
            type="date"
            label={t('field.dueDate')}
            value={values.dueDate}
            onChange={(e) => set('dueDate', e.currentTarget.value)}
            error={errorFor('dueDate')}
          />
        </SimpleGrid>

        <Fieldset legend={t('editor.profile')}>
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('editor.profileHelp', { unit: values.unitOfMeasure })}
            </Text>
            {values.profile.length === 0 && <Text size="sm">{t('editor.profileEmpty')}</Text>}
            {values.profile.map((row, i) => (
              <Group key={row.key} align="flex-start" gap="sm" wrap="nowrap">
                <TextInput
                  type="date"
                  label={t('editor.pointDate', { n: i + 1 })}
                  value={row.date}
                  onChange={(e) => setRow(i, { date: e.currentTarget.value })}
                  error={errorFor(`profile.${i}.date`)}
                  required
                />
                <NumberInput
                  label={t('editor.pointValue', { n: i + 1, unit: values.unitOfMeasure })}
                  value={row.plannedValue}
                  onChange={(v) => setRow(i, { plannedValue: v })}
                  error={errorFor(`profile.${i}.plannedValue`)}
                  {...numberInput}
                  required
                />
                <ActionIcon
                  mt={28}
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('editor.removePoint', { n: i + 1 })}
                  onClick={() => setValues((v) => ({ ...v, profile: v.profile.filter((_, j) => j !== i) }))}
                >
                  <span aria-hidden>×</span>
                </ActionIcon>
              </Group>
            ))}
            {(errorFor('profile') ?? null) && (
              <Text size="sm" c="red" role="alert">
                {errorFor('profile')}
              </Text>
            )}
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={() => setValues((v) => ({ ...v, profile: [...v.profile, newProfileRow()] }))}
              >
                {t('editor.addPoint')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>

        <VerificationFields
          kind={values.verificationKind}
          targetId={values.verificationTargetId}
          onKind={(kind: VerificationKind) =>
            setValues((v) => ({ ...v, verificationKind: kind, verificationTargetId: null }))
          }
          onTarget={(id) => set('verificationTargetId', id)}
          error={errorFor('verificationTargetId')}
        />

        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('editor.cancel')}
          </Button>
          <Button type="submit" loading={creating.loading || updating.loading}>
            {benefit ? t('editor.save') : t('editor.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
