import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Select } from '@mantine/core';
import { canAppointProjectLead } from '@overblik/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../../app/useActor';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { AppointProjectLeadDocument, ProjectFormOptionsDocument } from '../graphql/project-form.documents';
import { useProjectKeeper } from '../hooks/useProjectKeeper';
import { ProjectFormModal } from './ProjectFormModal';

export const ProjectActions_project = graphql(`
  fragment ProjectActions_project on Project {
    id
    version
    owner {
      id
    }
    lead {
      id
    }
    proposals {
      id
      status
    }
    ...ProjectForm_project
  }
`);

/**
 * The project page's actions: edit every field (coordinators, or the project's own owner or lead),
 * and appoint the lead of an approved proposal (the steering group or the coordinator).
 */
export function ProjectActions({ project: ref }: { project: FragmentType<typeof ProjectActions_project> }) {
  const project = getFragmentData(ProjectActions_project, ref);
  const { t } = useTranslation('portfolio');
  const { canEditRecords } = useProjectKeeper(project);
  const mayAppoint = useCan(canAppointProjectLead);
  const [editing, setEditing] = useState(false);
  const [appointing, setAppointing] = useState(false);
  // Proposals come oldest first; the lead is appointed once the latest one is approved.
  const approved = project.proposals.at(-1)?.status === 'APPROVED';
  return (
    <Group gap="xs">
      {canEditRecords && (
        <Button variant="default" onClick={() => setEditing(true)}>
          {t('form.edit')}
        </Button>
      )}
      {mayAppoint && approved && !appointing && (
        <Button variant="default" onClick={() => setAppointing(true)}>
          {t('form.appointLead')}
        </Button>
      )}
      {appointing && (
        <AppointLeadForm
          projectId={project.id}
          version={project.version}
          current={project.lead?.id ?? null}
          onDone={() => setAppointing(false)}
        />
      )}
      {editing && <ProjectFormModal project={project} onClose={() => setEditing(false)} />}
    </Group>
  );
}

function AppointLeadForm({
  projectId,
  version,
  current,
  onDone,
}: {
  projectId: string;
  version: number;
  current: string | null;
  onDone: () => void;
}) {
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const options = useQuery(ProjectFormOptionsDocument);
  const [leadUserId, setLeadUserId] = useState<string | null>(current);
  const [appoint, { loading, error }] = useMutation(AppointProjectLeadDocument);
  const people = (options.data?.members ?? []).map((m) => ({ value: m.user.id, label: m.user.name }));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!leadUserId) return;
        void appoint({ variables: { projectId, leadUserId, version } })
          .then(onDone)
          .catch(() => undefined);
      }}
    >
      <Group gap="xs" align="flex-end">
        <Select
          label={t('form.leadToAppoint')}
          data={people}
          value={leadUserId}
          searchable
          allowDeselect={false}
          onChange={setLeadUserId}
        />
        <Button type="submit" loading={loading} disabled={!leadUserId}>
          {t('form.appoint')}
        </Button>
        <Button variant="subtle" onClick={onDone}>
          {t('form.cancel')}
        </Button>
      </Group>
      {error && (
        <Alert color="red" role="alert" mt="xs">
          {describeError(error)}
        </Alert>
      )}
    </form>
  );
}
