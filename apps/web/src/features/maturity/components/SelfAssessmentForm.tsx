import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { apiErrorMessage } from '../../../ui/error-message';
import { MaturityDocument, RecordMaturityAssessmentDocument } from '../graphql/maturity.documents';

export const SelfAssessmentForm_maturity = graphql(`
  fragment SelfAssessmentForm_maturity on Maturity {
    steps {
      ordinal
      criteria {
        key
        name
      }
    }
    selfAssessment {
      key
      yes
      comment
    }
  }
`);

/** Answers the self-assessed criteria and records the assessment computed from the data now. */
export function SelfAssessmentForm({
  maturity: ref,
}: {
  maturity: FragmentType<typeof SelfAssessmentForm_maturity>;
}) {
  const maturity = getFragmentData(SelfAssessmentForm_maturity, ref);
  const { t } = useTranslation('maturity');
  const headingId = useId();
  const names = new Map(maturity.steps.flatMap((s) => s.criteria.map((c) => [c.key, c.name] as const)));
  const [answers, setAnswers] = useState(() =>
    Object.fromEntries(maturity.selfAssessment.map((a) => [a.key, { yes: a.yes, comment: a.comment }])),
  );
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  // The maturity read model has no id to normalise on, and the history list grows: read it again.
  const [record, { loading, error }] = useMutation(RecordMaturityAssessmentDocument, {
    refetchQueries: [MaturityDocument],
    awaitRefetchQueries: true,
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const input = {
      answers: Object.entries(answers).map(([key, a]) => ({ key, yes: a.yes, comment: a.comment })),
      note,
    };
    const result = await record({ variables: { input } }).catch(() => null);
    if (result?.data) {
      setNote('');
      setSaved(true);
    }
  }

  const update = (key: string, change: Partial<{ yes: boolean; comment: string }>) =>
    setAnswers((current) => ({ ...current, [key]: { ...current[key], ...change } }));

  return (
    <Stack component="form" gap="sm" onSubmit={(e) => void submit(e)} aria-labelledby={headingId} maw={640}>
      <Title order={2} size="h3" id={headingId}>
        {t('form.title')}
      </Title>
      {Object.entries(answers).map(([key, answer]) => (
        <Stack key={key} gap={4}>
          <Checkbox
            label={names.get(key) ?? key}
            checked={answer.yes}
            onChange={(e) => update(key, { yes: e.currentTarget.checked })}
          />
          <TextInput
            label={t('form.comment', { name: names.get(key) ?? key })}
            value={answer.comment}
            onChange={(e) => update(key, { comment: e.currentTarget.value })}
            maxLength={2000}
          />
        </Stack>
      ))}
      <Textarea
        label={t('form.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={5000}
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
      <div>
        <Button type="submit" loading={loading}>
          {t('form.submit')}
        </Button>
      </div>
    </Stack>
  );
}
