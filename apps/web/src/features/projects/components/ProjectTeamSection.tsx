import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, MultiSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { PROJECT_TEAM_ROLES, type ProjectTeamRole } from '@overblik/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import { useErrorMessage } from '../../../ui/useErrorMessage';
import { ProjectFormOptionsDocument } from '../graphql/project-form.documents';
import { SetProjectTeamDocument } from '../graphql/project-lifecycle.documents';
import { useProjectKeeper } from '../hooks/useProjectKeeper';

export const ProjectTeamSection_project = graphql(`
  fragment ProjectTeamSection_project on Project {
    id
    version
    owner {
      id
    }
    lead {
      id
    }
    team {
      role
      user {
        id
        name
      }
    }
  }
`);

type Team = Record<ProjectTeamRole, string[]>;

/** The project's team beside owner and lead: custodian, super users and steering group. */
export function ProjectTeamSection({
  project: ref,
}: {
  project: FragmentType<typeof ProjectTeamSection_project>;
}) {
  const project = getFragmentData(ProjectTeamSection_project, ref);
  const { t } = useTranslation('portfolio');
  const { canEditRecords } = useProjectKeeper(project);
  const [editing, setEditing] = useState(false);
  const byRole = (role: ProjectTeamRole) => project.team.filter((m) => m.role === role).map((m) => m.user);
  return (
    <Card withBorder component="section" aria-labelledby="team-title">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h3" id="team-title">
          {t('team.title')}
        </Title>
        {canEditRecords && !editing && (
          <Button variant="default" size="xs" onClick={() => setEditing(true)}>
            {t('team.edit')}
          </Button>
        )}
      </Group>
      {editing ? (
        <TeamForm
          projectId={project.id}
          version={project.version}
          initial={Object.fromEntries(PROJECT_TEAM_ROLES.map((r) => [r, byRole(r).map((u) => u.id)])) as Team}
          onDone={() => setEditing(false)}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {PROJECT_TEAM_ROLES.map((role) => (
            <div key={role}>
              <Text size="xs" c="dimmed">
                {t(`team.role.${role}`)}
              </Text>
              <Text>
                {byRole(role)
                  .map((u) => u.name)
                  .join(', ') || t('team.empty')}
              </Text>
            </div>
          ))}
        </SimpleGrid>
      )}
    </Card>
  );
}

function TeamForm({
  projectId,
  version,
  initial,
  onDone,
}: {
  projectId: string;
  version: number;
  initial: Team;
  onDone: () => void;
}) {
  const { t } = useTranslation('portfolio');
  const describeError = useErrorMessage();
  const options = useQuery(ProjectFormOptionsDocument);
  const [team, setTeam] = useState<Team>(initial);
  const [save, { loading, error }] = useMutation(SetProjectTeamDocument);
  const people = (options.data?.members ?? []).map((m) => ({ value: m.user.id, label: m.user.name }));
  const members = PROJECT_TEAM_ROLES.flatMap((role) => team[role].map((userId) => ({ userId, role })));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save({ variables: { projectId, version, members } })
          .then(onDone)
          .catch(() => undefined);
      }}
    >
      <Stack gap="sm">
        {error && (
          <Alert color="red" role="alert">
            {describeError(error)}
          </Alert>
        )}
        {PROJECT_TEAM_ROLES.map((role) => (
          <MultiSelect
            key={role}
            label={t(`team.role.${role}`)}
            data={people}
            value={team[role]}
            searchable
            onChange={(v) => setTeam((old) => ({ ...old, [role]: v }))}
          />
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('team.cancel')}
          </Button>
          <Button type="submit" loading={loading}>
            {t('team.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
