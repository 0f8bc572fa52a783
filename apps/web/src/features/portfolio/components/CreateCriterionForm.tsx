import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Title } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { CreateCriterionDocument } from '../graphql/prioritisation.documents';
import { CriterionDraftFields, type Draft, EMPTY_DRAFT, toInput } from './CriterionDraftFields';

/** Adds a criterion to the active prioritisation model. */
export function CreateCriterionForm({ onCreated }: { onCreated: (name: string) => void }) {
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const titleId = useId();
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [create, { loading, error }] = useMutation(CreateCriterionDocument);
  const errors = apiFieldErrors(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const result = await create({ variables: { input: toInput(draft) } }).catch(() => null);
    if (!result?.data) return;
    setDraft(EMPTY_DRAFT);
    onCreated(result.data.createCriterion.name);
  };
  return (
    <Stack gap="xs" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" id={titleId}>
        {t('prioritisation.newCriterion')}
      </Title>
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby={titleId}>
        <Stack gap="xs">
          <CriterionDraftFields draft={draft} onChange={setDraft} errors={errors} />
          {error && !Object.keys(errors).length && (
            <Alert color="red" role="alert">
              {describeError(error)}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={loading}>
              {t('prioritisation.createCriterion')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
