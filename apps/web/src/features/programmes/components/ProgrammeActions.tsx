import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack } from '@mantine/core';
import { canKeepProgrammes } from '@overblik/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../app/useActor';
import type { FragmentType } from '../../../gql';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { SetProgrammeArchivedDocument } from '../graphql/programme.documents';
import { ProgrammeFormModal, type ProgrammeForm_programme } from './ProgrammeForm';

interface Props {
  programme: FragmentType<typeof ProgrammeForm_programme> & {
    id: string;
    version: number;
    archived: boolean;
  };
}

/** Edit, archive and restore a programme, for those who keep programmes. */
export function ProgrammeActions({ programme }: Props) {
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const canKeep = useCan(canKeepProgrammes);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [setArchived, archiving] = useMutation(SetProgrammeArchivedDocument, {
    refetchQueries: ['Programmes'],
  });
  if (!canKeep) return null;
  const toggle = async () => {
    setError(null);
    try {
      await setArchived({
        variables: { id: programme.id, version: programme.version, archived: !programme.archived },
      });
    } catch (e) {
      setError(describeError(e));
    }
  };
  return (
    <Stack gap="xs" align="flex-end">
      <Group gap="xs">
        <Button variant="default" onClick={() => setEditing(true)}>
          {t('form.edit')}
        </Button>
        <Button variant="default" loading={archiving.loading} onClick={() => void toggle()}>
          {programme.archived ? t('programmes.restore') : t('programmes.archive')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {editing && <ProgrammeFormModal programme={programme} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
