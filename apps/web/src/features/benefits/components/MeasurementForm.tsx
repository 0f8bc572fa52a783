import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, NumberInput, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { checkRules, measurementOn, measurementSchema } from '@overblik/domain';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useToday } from '../../../app/useToday';
import { apiErrorMessage, apiFieldErrors } from '../../../ui/error-message';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import { RecordMeasurementDocument } from '../graphql/benefits.documents';
import { useFormatters } from '../../../ui/useFormatters';

/** Records a dated measurement; runs the API's rules here first, and shows the API's field errors too. */
export function MeasurementForm({ benefitId, unitOfMeasure }: { benefitId: string; unitOfMeasure: string }) {
  const { numberInput } = useFormatters();
  const { t } = useTranslation('benefits');
  const headingId = useId();
  const today = useToday();
  // Until the user picks a day, the measurement is dated the API's today.
  const [picked, setPicked] = useState<string | null>(null);
  const measuredOn = picked ?? today ?? '';
  const [value, setValue] = useState<string | number>('');
  const [comment, setComment] = useState('');
  const rules = useRuleErrors();
  const [saved, setSaved] = useState(false);
  const [record, { loading, error }] = useMutation(RecordMeasurementDocument);
  const apiFields = apiFieldErrors(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input = { benefitId, measuredOn, value: value === '' ? undefined : Number(value), comment };
    // Until the API's today has loaded, the day's own rule waits for the API.
    if (!rules.check(checkRules(today ? measurementOn(today) : measurementSchema, input).errors)) return;
    const result = await record({
      variables: { input: { benefitId, measuredOn, value: Number(value), comment } },
    }).catch(() => null);
    if (result?.data) {
      setValue('');
      setComment('');
      setSaved(true);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={headingId} noValidate>
      <Stack gap="sm" maw={520}>
        <Title order={2} size="h3" id={headingId}>
          {t('form.title')}
        </Title>
        <TextInput
          type="date"
          label={t('form.measuredOn')}
          value={measuredOn}
          onChange={(e) => setPicked(e.currentTarget.value)}
          error={rules.message('measuredOn') ?? apiFields.measuredOn}
          required
        />
        <NumberInput
          label={t('form.value', { unit: unitOfMeasure })}
          value={value}
          onChange={setValue}
          error={rules.message('value') ?? apiFields.value}
          {...numberInput}
          required
        />
        <Textarea
          label={t('form.comment')}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
          maxLength={2000}
          autosize
          minRows={2}
        />
        {error && (
          <Alert color="red" role="alert">
            {apiErrorMessage(error) ?? t('form.failed')}
          </Alert>
        )}
        {saved && (
          <Alert color="green" role="status">
            {t('form.saved')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={loading}>
            {t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
