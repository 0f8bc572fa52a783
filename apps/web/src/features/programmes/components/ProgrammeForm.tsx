import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { programmeRuleErrors } from '@overblik/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { apiFieldErrors } from '../../../ui/error-message';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { useRuleErrors } from '../../../ui/useRuleErrors';
import {
  CreateProgrammeDocument,
  ProgrammeFormOptionsDocument,
  UpdateProgrammeDocument,
} from '../graphql/programme.documents';

export const ProgrammeForm_programme = graphql(`
  fragment ProgrammeForm_programme on Programme {
    id
    version
    name
    description
    leadUserId
    strategies {
      id
    }
  }
`);

interface Props {
  /** Edit this programme; omitted to create a new one. */
  programme?: FragmentType<typeof ProgrammeForm_programme>;
  onClose: () => void;
  /** After a save, with the saved programme's id. */
  onSaved?: (programmeId: string) => void;
}

/**
 * A programme's name, description, leader and strategies, in a dialog. Checks the shared rules
 * before sending and shows the API's field errors after.
 */
export function ProgrammeFormModal({ programme: ref, onClose, onSaved }: Props) {
  const programme = ref ? getFragmentData(ProgrammeForm_programme, ref) : null;
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const rules = useRuleErrors();
  const options = useQuery(ProgrammeFormOptionsDocument);
  const [update, updating] = useMutation(UpdateProgrammeDocument);
  const [create, creating] = useMutation(CreateProgrammeDocument, { refetchQueries: ['Programmes'] });
  const [name, setName] = useState(programme?.name ?? '');
  const [description, setDescription] = useState(programme?.description ?? '');
  const [leadUserId, setLeadUserId] = useState<string | null>(programme?.leadUserId ?? null);
  const [strategyIds, setStrategyIds] = useState<string[]>(programme?.strategies.map((s) => s.id) ?? []);
  const [apiErrors, setApiErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setApiErrors({});
    setFormError(null);
    const input = { name: name.trim(), description, leadUserId, strategyIds };
    if (!rules.check(programmeRuleErrors(input))) return;
    try {
      if (programme) {
        await update({ variables: { input: { ...input, id: programme.id, version: programme.version } } });
        onSaved?.(programme.id);
      } else {
        const result = await create({ variables: { input } });
        if (result.data) onSaved?.(result.data.createProgramme.id);
      }
      onClose();
    } catch (error) {
      setApiErrors(apiFieldErrors(error));
      setFormError(describeError(error));
    }
  };

  const error = (field: string) => rules.message(field) ?? apiErrors[field];
  const people = (options.data?.members ?? []).map((m) => ({ value: m.user.id, label: m.user.name }));
  const strategies = (options.data?.strategies ?? []).map((s) => ({ value: s.id, label: s.name }));

  return (
    <Modal
      opened
      onClose={onClose}
      title={programme ? t('programmes.form.editTitle') : t('programmes.form.createTitle')}
      closeButtonProps={{ 'aria-label': t('form.close') }}
      size="lg"
    >
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('programmes.form.title')}>
        <Stack gap="sm">
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          <TextInput
            label={t('form.name')}
            required
            value={name}
            error={error('name')}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Textarea
            label={t('form.description')}
            autosize
            minRows={2}
            value={description}
            error={error('description')}
            onChange={(e) => setDescription(e.currentTarget.value)}
          />
          <Select
            label={t('programmes.lead')}
            data={people}
            value={leadUserId}
            clearable
            searchable
            error={error('leadUserId')}
            onChange={setLeadUserId}
          />
          <MultiSelect
            label={t('detail.strategies')}
            data={strategies}
            value={strategyIds}
            searchable
            error={error('strategyIds')}
            onChange={setStrategyIds}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={updating.loading || creating.loading}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
